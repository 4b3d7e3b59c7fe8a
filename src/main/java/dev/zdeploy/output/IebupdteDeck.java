package dev.zdeploy.output;

import dev.zdeploy.jcl.JclSyntaxException;
import java.util.List;

/**
 * One job that loads the rendered members into a PDS with IEBUPDTE, for shops that carry a single
 * deck to z/OS instead of a directory:
 *
 * <pre>
 * //IZUDLOAD JOB (ACCOUNT),'NAME'               (or the caller's job statement cards, verbatim)
 * //* zdeploy: load 7 members into the PDS on SYSUT2 with IEBUPDTE.
 * //* PARM=NEW replaces members of the same name, so a rerun is safe.
 * //LOAD     EXEC PGM=IEBUPDTE,PARM=NEW
 * //SYSPRINT DD SYSOUT=*
 * //SYSUT2   DD DSN=jcldataset,DISP=OLD
 * //SYSIN    DD DATA,DLM=$$
 * ./ ADD NAME=IZUD01RA,LIST=ALL
 * ...the member's records...
 * ./ ENDUP
 * $$
 * </pre>
 *
 * <p>Why this shape (z/OS DFSMSdfp Utilities, chapter "IEBUPDTE (Update Data Set) Program"):
 * <ul>
 *   <li>"SYSUT1 and SYSUT2 DD Statements": if an ADD operation is specified with PARM=NEW, the SYSUT1 DD
 *       statement need not be coded, so with PARM=NEW the input is SYSIN alone and SYSUT2 is the PDS that
 *       is loaded. It must exist with the DCB of the data set (RECFM=FB, LRECL=80 for JCL); DISP=OLD
 *       holds it exclusively while members are written.</li>
 *   <li>"Function Statement": ADD of a member that already exists ends processing, unless PARM=NEW is
 *       specified, in which case the member is replaced. So the deck can be rerun.</li>
 *   <li>Utility control statements have {@code ./} in columns 1-2; a member record beginning
 *       {@code ./} would be read as one, so such a member is refused. {@code LIST=ALL} prints each
 *       member in SYSPRINT for review. LEVEL and SOURCE only set ISPF-style statistics and are omitted.
 *       {@code ./ ENDUP} ends the control statements.</li>
 * </ul>
 *
 * <p>The members are JCL, with {@code //} and {@code /*} in columns 1-2, so SYSIN is {@code DD DATA}
 * with a {@code DLM} pair that no member record begins with; with DD DATA only that pair ends the data
 * (MVS JCL Reference, "DLM parameter"). A pair with characters other than A-Z, 0-9 or national
 * ({@code $ # @}) is coded in apostrophes, as that section requires.
 *
 * <p>The deck obeys the output policy: every record at most 72 columns, no trailing blanks, LF line ends.
 *
 * <p>{@link #build} holds the whole deck; {@link IebupdteDeckWriter} writes the same bytes to a file with
 * one member in memory at a time ({@link DeckAssembly} is what both use).
 */
public final class IebupdteDeck {

    /** Job name of the default job statement, used when no cards and no job name are given. */
    public static final String DEFAULT_JOB_NAME = "IZUDLOAD";

    /** Delimiter pairs in order of preference; the first no member record begins with is used. */
    static final List<String> DELIMITERS =
            List.of("$$", "@@", "##", "%%", "$#", "$@", "#$", "#@", "@$", "@#", "??", "!!", "><");

    private IebupdteDeck() {}

    /** A deck whose job statement is the caller's cards, or {@code //IZUDLOAD JOB (ACCOUNT),'NAME'}. */
    public static String build(List<String> jobStatementCards, String jcldataset, List<Member> members) {
        return build(jobStatementCards, null, jcldataset, members);
    }

    /**
     * A deck loading {@code members} into {@code jcldataset}.
     *
     * @param jobStatementCards the job statement cards, copied verbatim; when empty the default
     *                          {@code //<jobName> JOB (ACCOUNT),'NAME'} is used
     * @param jobName           job name for the default job statement; null means {@value #DEFAULT_JOB_NAME}
     * @param jcldataset        the PDS to load (must exist)
     * @param members           the members, in the order they are loaded
     * @throws JclSyntaxException a name, card or member that the deck cannot carry, with the rule broken
     */
    public static String build(List<String> jobStatementCards, String jobName, String jcldataset, List<Member> members) {
        DeckAssembly deck = new DeckAssembly(jobStatementCards, jobName, jcldataset);
        StringBuilder body = new StringBuilder();
        for (Member member : members) {
            if (deck.add(member)) {
                body.append(DeckAssembly.addStatement(member)).append(member.text());
            }
        }
        deck.check();
        return deck.header() + body + deck.trailer();
    }
}
