package dev.zdeploy.request;

import dev.zdeploy.jcl.JclStatementHead;
import dev.zdeploy.jcl.LintFinding;
import dev.zdeploy.jcl.Linter;
import dev.zdeploy.jcl.NameRules;
import dev.zdeploy.json.JsonCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
            allValid = heading(elements, cards);
        }
        if (allValid && !cards.isEmpty()) {
            lint(elements, cards);
        }
        return cards;
    }

    /**
     * The cards are copied into every job before its first step, so they may hold only what belongs
     * to a job's heading. MVS JCL Reference: JCLLIB "must appear after the JOB statement and before
     * the first EXEC statement" ("JCLLIB statement", Location in the JCL); a job-level OUTPUT JCL
     * statement "appears after the JOB statement and before the first EXEC statement" ("OUTPUT JCL
     * statement", Location in the JCL); SET statements may stand anywhere after the JOB statement;
     * JES2 /*JOBPARM, /*ROUTE, /*OUTPUT, /*NOTIFY, /*MESSAGE, /*SETUP, /*NETACCT, /*XEQ and JES3
     * //*MAIN, //*FORMAT, //*NET, //*NETACCT, //*OPERATOR apply to the job. Everything else would
     * change what the job does: a null statement ends the job before its first step, EXEC and DD
     * start a step of their own, IF, INCLUDE, COMMAND, PROC, CNTL, JOBLIB-style DDs, /*XMIT (which
     * sends the following records elsewhere), /*$ operator commands, the /* delimiter, JES3
     * //*PROCESS, //*DATASET and //*ROUTE (which take the records after them as their data).
     */
    private static boolean heading(List<JsonCursor> elements, List<String> cards) {
        List<JclStatementHead> heads = new Linter(Linter.Mode.POLICY).statementHeads(String.join("\n", cards) + "\n");
        boolean valid = true;
        for (JclStatementHead head : heads) {
            int index = head.line() - 1;
            if (index == 0 || index >= cards.size()) {
                continue;
            }
            String refused = refused(head);
            if (refused != null) {
                elements.get(index).error("a job statement card after the JOB statement continues it or is a //*"
                        + " comment, a job-level JES2 or JES3 control statement (/*JOBPARM, /*ROUTE, /*OUTPUT,"
                        + " //*MAIN, ...) or a JCLLIB, OUTPUT or SET statement; this one is " + refused, cards.get(index));
                valid = false;
            }
        }
        return valid;
    }

    private static final Set<String> STATEMENTS = Set.of("JCLLIB", "OUTPUT", "SET");
    private static final Set<String> JES2 = Set.of("JOBPARM", "ROUTE", "OUTPUT", "NOTIFY", "MESSAGE", "SETUP",
            "NETACCT", "XEQ");
    private static final Set<String> JES3_REFUSED = Set.of("PROCESS", "ENDPROCESS", "DATASET", "ENDDATASET", "ROUTE",
            "PAUSE");

    /** What the record is when it does not belong to a job's heading, else null. */
    private static String refused(JclStatementHead head) {
        return switch (head.kind()) {
            case CONTINUATION -> null;
            case STATEMENT -> STATEMENTS.contains(head.operation()) ? null
                    : ("AEIOU".indexOf(head.operation().charAt(0)) >= 0 ? "an " : "a ") + head.operation() + " statement";
            case COMMENT -> JES3_REFUSED.contains(verb(head.operation()))
                    ? "the JES3 //*" + verb(head.operation()) + " statement" : null;
            case JES -> head.operation().isEmpty() ? "the /* delimiter"
                    : JES2.contains(head.operation()) ? null
                    : "the JES2 statement /*" + verb(head.operation());
            case NULL -> "a null statement, which ends the job before its first step";
            case DATA -> "in-stream data";
        };
    }

    private static String verb(String word) {
        int comma = word.indexOf(',');
        return comma < 0 ? word : word.substring(0, comma);
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
