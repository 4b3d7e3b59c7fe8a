package dev.zdeploy.output;

import dev.zdeploy.jcl.JclSyntaxException;
import dev.zdeploy.jcl.NameRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        JobStatementCards.check(jobStatementCards);
        NameRules.dataSetName(jcldataset).ifPresent(rule -> {
            throw new JclSyntaxException("the JCL data set: " + rule + " (got \"" + jcldataset + "\")");
        });
        checkMembers(members);
        String delimiter = delimiterFor(members);
        List<String> records = new ArrayList<>(jobStatement(jobStatementCards, jobName));
        records.add("//* zdeploy: load " + members.size() + " member" + (members.size() == 1 ? "" : "s")
                + " into the PDS on SYSUT2 with IEBUPDTE.");
        records.add("//* PARM=NEW replaces members of the same name, so a rerun is safe.");
        records.add("//LOAD     EXEC PGM=IEBUPDTE,PARM=NEW");
        records.add("//SYSPRINT DD SYSOUT=*");
        records.add("//SYSUT2   DD DSN=" + jcldataset + ",DISP=OLD");
        records.add("//SYSIN    DD DATA,DLM=" + coded(delimiter));
        for (Member member : members) {
            records.add("./ ADD NAME=" + member.name() + ",LIST=ALL");
            records.addAll(member.lines());
        }
        records.add("./ ENDUP");
        records.add(delimiter);
        return String.join("\n", records) + "\n";
    }

    private static List<String> jobStatement(List<String> cards, String jobName) {
        if (!cards.isEmpty()) {
            return cards;
        }
        String name = jobName == null ? DEFAULT_JOB_NAME : jobName;
        JclSyntaxException.requireValid(NameRules.jobName(name), name);
        return List.of("//" + name + " JOB (ACCOUNT),'NAME'");
    }

    private static void checkMembers(List<Member> members) {
        if (members.isEmpty()) {
            throw new JclSyntaxException("an IEBUPDTE deck loads at least one member");
        }
        Set<String> names = new HashSet<>();
        for (Member member : members) {
            if (!names.add(member.name())) {
                throw new JclSyntaxException("member " + member.name() + " appears twice in the deck");
            }
            List<String> lines = member.lines();
            for (int i = 0; i < lines.size(); i++) {
                checkRecord(member.name(), i + 1, lines.get(i));
            }
        }
    }

    private static void checkRecord(String member, int number, String record) {
        String where = "member " + member + " line " + number;
        if (record.startsWith("./")) {
            throw new JclSyntaxException(where + " starts with ./, which IEBUPDTE reads as a control statement;"
                    + " such a member cannot be carried in an IEBUPDTE deck (got \"" + record + "\")");
        }
        if (record.length() > JobStatementCards.MAX_COLUMNS) {
            throw new JclSyntaxException(where + " is at most 72 columns (got " + record.length() + ")");
        }
        if (record.endsWith(" ")) {
            throw new JclSyntaxException(where + " has no trailing blanks (got \"" + record + "\")");
        }
    }

    static String delimiterFor(List<Member> members) {
        for (String candidate : DELIMITERS) {
            if (members.stream().flatMap(member -> member.lines().stream()).noneMatch(line -> line.startsWith(candidate))) {
                return candidate;
            }
        }
        throw new JclSyntaxException("every in-stream delimiter zdeploy can use (" + String.join(" ", DELIMITERS)
                + ") begins a record of some member, so the members cannot be carried in one SYSIN DD DATA");
    }

    private static String coded(String delimiter) {
        return delimiter.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "$#@".indexOf(c) >= 0)
                ? delimiter
                : "'" + delimiter + "'";
    }
}
