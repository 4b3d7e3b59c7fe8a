package dev.zdeploy.output;

import dev.zdeploy.jcl.JclSyntaxException;
import dev.zdeploy.jcl.NameRules;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An {@link IebupdteDeck} put together one member at a time, so that a deck of a large deployment is
 * never held whole: each member is checked as it comes and its records written by the caller, and
 * what only the last member decides (the delimiter, the member count) is in the {@link #header} and
 * {@link #trailer}, asked for after the last member. The deck is {@code header() + body + trailer()}.
 *
 * <p>A problem is not thrown when it is found but by {@link #check}, after the last member, in the order
 * a deck built from all members at once finds them (job statement cards, the JCL data set, the members in
 * order, the delimiter, the job name): a caller that renders the members first reports a template or lint
 * failure of a later member before it, as when the deck was built from a whole deployment.
 */
final class DeckAssembly {

    /** The first characters of the delimiters, to look at the others only for a record that begins with one. */
    private static final String DELIMITER_STARTS = firstCharacters(IebupdteDeck.DELIMITERS);

    private final List<String> cards;
    private final String jobName;
    private final String jcldataset;
    private final Set<String> names = new HashSet<>();
    /** Which delimiters, by index into {@link IebupdteDeck#DELIMITERS}, begin a record of some member. */
    private final boolean[] begun = new boolean[IebupdteDeck.DELIMITERS.size()];
    private int members;
    private JclSyntaxException memberProblem;

    /**
     * @param cards      the job statement cards, copied verbatim; when empty {@code //<jobName> JOB (ACCOUNT),'NAME'}
     * @param jobName    job name for the default job statement; null means {@value IebupdteDeck#DEFAULT_JOB_NAME}
     * @param jcldataset the PDS to load
     */
    DeckAssembly(List<String> cards, String jobName, String jcldataset) {
        this.cards = List.copyOf(cards);
        this.jobName = jobName;
        this.jcldataset = jcldataset;
    }

    /**
     * Checks {@code member}: true when it goes into the body, as {@link #addStatement} and then its text.
     * After a member with a problem none does (the deck will not be written), but members are still counted.
     */
    boolean add(Member member) {
        members++;
        if (memberProblem == null) {
            memberProblem = problem(member);
            return memberProblem == null;
        }
        return false;
    }

    /** The control statement, ended by a line feed, before a member's records. */
    static String addStatement(Member member) {
        return "./ ADD NAME=" + member.name() + ",LIST=ALL\n";
    }

    /** The member's first problem, or null; marks the delimiters its records begin with. */
    private JclSyntaxException problem(Member member) {
        if (!names.add(member.name())) {
            return new JclSyntaxException("member " + member.name() + " appears twice in the deck");
        }
        String text = member.text();
        int number = 1;
        // A member's text ends with a line feed (Member), so every record ends with one.
        for (int start = 0; start < text.length(); number++) {
            int end = text.indexOf('\n', start);
            JclSyntaxException problem = recordProblem(member.name(), number, text, start, end);
            if (problem != null) {
                return problem;
            }
            if (end - start >= 2 && DELIMITER_STARTS.indexOf(text.charAt(start)) >= 0) {
                for (int i = 0; i < begun.length; i++) {
                    begun[i] |= text.startsWith(IebupdteDeck.DELIMITERS.get(i), start);
                }
            }
            start = end + 1;
        }
        return null;
    }

    private static JclSyntaxException recordProblem(String member, int number, String text, int start, int end) {
        String where = "member " + member + " line " + number;
        if (text.startsWith("./", start)) {
            return new JclSyntaxException(where + " starts with ./, which IEBUPDTE reads as a control statement;"
                    + " such a member cannot be carried in an IEBUPDTE deck (got \"" + text.substring(start, end) + "\")");
        }
        if (end - start > JobStatementCards.MAX_COLUMNS) {
            return new JclSyntaxException(where + " is at most 72 columns (got " + (end - start) + ")");
        }
        if (end > start && text.charAt(end - 1) == ' ') {
            return new JclSyntaxException(where + " has no trailing blanks (got \"" + text.substring(start, end) + "\")");
        }
        return null;
    }

    /**
     * Throws the deck's first problem, if it has one, after the last member.
     *
     * @throws JclSyntaxException a name, card or member that the deck cannot carry, with the rule broken
     */
    void check() {
        JobStatementCards.check(cards);
        NameRules.dataSetName(jcldataset).ifPresent(rule -> {
            throw new JclSyntaxException("the JCL data set: " + rule + " (got \"" + jcldataset + "\")");
        });
        if (members == 0) {
            throw new JclSyntaxException("an IEBUPDTE deck loads at least one member");
        }
        if (memberProblem != null) {
            throw memberProblem;
        }
        delimiter();
        jobStatement();
    }

    /** The records before the members, ending with the SYSIN DD statement; after {@link #check}. */
    String header() {
        StringBuilder header = new StringBuilder();
        for (String card : jobStatement()) {
            header.append(card).append('\n');
        }
        return header.append("//* zdeploy: load ").append(members).append(" member").append(members == 1 ? "" : "s")
                .append(" into the PDS on SYSUT2 with IEBUPDTE.\n")
                .append("//* PARM=NEW replaces members of the same name, so a rerun is safe.\n")
                .append("//LOAD     EXEC PGM=IEBUPDTE,PARM=NEW\n")
                .append("//SYSPRINT DD SYSOUT=*\n")
                .append("//SYSUT2   DD DSN=").append(jcldataset).append(",DISP=OLD\n")
                .append("//SYSIN    DD DATA,DLM=").append(coded(delimiter())).append('\n')
                .toString();
    }

    /** The records after the members; after {@link #check}. */
    String trailer() {
        return "./ ENDUP\n" + delimiter() + "\n";
    }

    /** The first delimiter pair no member record begins with. */
    private String delimiter() {
        for (int i = 0; i < begun.length; i++) {
            if (!begun[i]) {
                return IebupdteDeck.DELIMITERS.get(i);
            }
        }
        throw new JclSyntaxException("every in-stream delimiter zdeploy can use ("
                + String.join(" ", IebupdteDeck.DELIMITERS)
                + ") begins a record of some member, so the members cannot be carried in one SYSIN DD DATA");
    }

    private List<String> jobStatement() {
        if (!cards.isEmpty()) {
            return cards;
        }
        String name = jobName == null ? IebupdteDeck.DEFAULT_JOB_NAME : jobName;
        JclSyntaxException.requireValid(NameRules.jobName(name), name);
        return List.of("//" + name + " JOB (ACCOUNT),'NAME'");
    }

    /** A pair with characters other than A-Z, 0-9 or national is coded in apostrophes (JCL Reference, "DLM parameter"). */
    private static String coded(String delimiter) {
        return delimiter.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "$#@".indexOf(c) >= 0)
                ? delimiter
                : "'" + delimiter + "'";
    }

    private static String firstCharacters(List<String> delimiters) {
        StringBuilder first = new StringBuilder();
        for (String delimiter : delimiters) {
            if (first.indexOf(delimiter.substring(0, 1)) < 0) {
                first.append(delimiter.charAt(0));
            }
        }
        return first.toString();
    }
}
