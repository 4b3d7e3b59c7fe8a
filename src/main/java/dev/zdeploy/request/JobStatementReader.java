package dev.zdeploy.request;

import dev.zdeploy.jcl.LintFinding;
import dev.zdeploy.jcl.Linter;
import dev.zdeploy.jcl.NameRules;
import dev.zdeploy.json.JsonCursor;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and checks {@code jobstatement}, the JOB statement cards put verbatim at the top of every
 * job. The documented rules (POST /zosmf/swmgmt/dep): each card at most 72 characters, columns
 * 1-2 {@code //} or {@code /*}, a job name of 1-8 characters. Trailing blanks are dropped: they
 * mean nothing to JCL and zdeploy writes none.
 */
final class JobStatementReader {

    static final int MAX_CARD_LENGTH = 72;

    private JobStatementReader() {}

    static List<String> read(JsonCursor list) {
        List<String> cards = new ArrayList<>();
        List<JsonCursor> elements = list.elements();
        boolean allValid = true;
        for (int i = 0; i < elements.size(); i++) {
            JsonCursor element = elements.get(i);
            String card = element.isPresent() ? element.text() : null;
            if (!element.isPresent()) {
                element.error("must be a string", "null");
            }
            if (card == null) {
                allValid = false;
                continue;
            }
            card = card.stripTrailing();
            boolean valid = checkCard(element, card);
            if (valid && i == 0) {
                valid = checkJobCard(element, card);
            }
            allValid &= valid;
            cards.add(card);
        }
        if (allValid && !cards.isEmpty()) {
            lint(elements, cards);
        }
        return cards;
    }

    /**
     * The cards are copied verbatim into every job, and every job must pass the lint gate: what the
     * linter would refuse there (unbalanced parentheses, text in column 72, a broken continuation)
     * is a problem of the request, said here, not an internal error at render time.
     */
    private static void lint(List<JsonCursor> elements, List<String> cards) {
        String member = String.join("\n", cards) + "\n";
        for (LintFinding finding : new Linter(Linter.Mode.POLICY).lint("JOBCARDS", member)) {
            int index = Math.min(Math.max(finding.line(), 1), cards.size()) - 1;
            elements.get(index).error("a job statement card is JCL that every generated job starts with: "
                    + finding.message() + " (column " + finding.column() + ", rule " + finding.rule() + ")",
                    cards.get(index));
        }
    }

    private static boolean checkCard(JsonCursor element, String card) {
        boolean valid = true;
        if (card.length() > MAX_CARD_LENGTH) {
            element.error("a job statement card is at most 72 characters; this one is " + card.length(), card);
            valid = false;
        }
        if (!card.startsWith("//") && !card.startsWith("/*")) {
            element.error("a job statement card has // or /* in columns 1-2", card);
            valid = false;
        }
        if (card.chars().anyMatch(c -> c < ' ' || c > '~')) {
            element.error("a job statement card holds only printable characters (no tabs)", card);
            valid = false;
        }
        return valid;
    }

    private static boolean checkJobCard(JsonCursor element, String card) {
        if (!card.startsWith("//") || card.startsWith("//*")) {
            element.error("the first job statement card is the JOB statement (//jobname JOB ...)", card);
            return false;
        }
        String[] fields = card.substring(2).split(" +", 3);
        if (card.length() == 2 || card.charAt(2) == ' ') {
            element.error("the first job statement card names the job in column 3", card);
            return false;
        }
        if (!element.check(fields[0], NameRules::jobName)) {
            return false;
        }
        if (fields.length < 2 || !fields[1].equals("JOB")) {
            element.error("the first job statement card is the JOB statement (//jobname JOB ...)", card);
            return false;
        }
        return true;
    }
}
