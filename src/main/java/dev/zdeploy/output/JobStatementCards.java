package dev.zdeploy.output;

import dev.zdeploy.jcl.JclSyntaxException;
import dev.zdeploy.jcl.NameRules;
import java.util.List;

/**
 * Checks job statement cards that are copied verbatim into generated JCL: each card is at most 72
 * columns of printable ASCII without trailing blanks (zdeploy's output policy; trimming is not safe,
 * a quoted value continued to column 71 may end in blanks), starts with {@code //} or {@code /*}, and
 * the first card is a JOB statement with a valid job name (MVS JCL Reference, "JOB statement").
 */
final class JobStatementCards {

    static final int MAX_COLUMNS = 72;

    private JobStatementCards() {}

    static void check(List<String> cards) {
        for (int i = 0; i < cards.size(); i++) {
            String card = cards.get(i);
            String where = "job statement card " + (i + 1);
            if (card.length() > MAX_COLUMNS) {
                throw new JclSyntaxException(where + " is at most 72 columns (got " + card.length() + ")");
            }
            if (!card.startsWith("//") && !card.startsWith("/*")) {
                throw new JclSyntaxException(where + " starts with // or /* (got \"" + card + "\")");
            }
            if (card.indexOf('\n') >= 0 || OutputText.firstUnprintable(card) != null) {
                throw new JclSyntaxException(where + " holds only printable ASCII (got \"" + card + "\")");
            }
            if (card.endsWith(" ")) {
                throw new JclSyntaxException(where + " has no trailing blanks (got \"" + card + "\")");
            }
        }
        if (!cards.isEmpty()) {
            checkJobStatement(cards.get(0));
        }
    }

    private static void checkJobStatement(String card) {
        String[] fields = card.substring(2).split(" +", 3);
        if (fields.length < 2 || !fields[1].equals("JOB")) {
            throw new JclSyntaxException("job statement card 1 is a JOB statement, //jobname JOB ... (got \""
                    + card + "\")");
        }
        NameRules.jobName(fields[0]).ifPresent(rule -> {
            throw new JclSyntaxException("job statement card 1: " + rule + " (got \"" + fields[0] + "\")");
        });
    }
}
