package dev.zdeploy.jcl;

import java.util.List;
import java.util.Map;

/**
 * Checks the in-stream control statements of the utilities whose syntax zdeploy writes, read from
 * the step's control DD (through {@code DDNAME=} and concatenations):
 * <ul>
 * <li>IDCAMS (SYSIN): columns 2-72, a command continued with {@code -} or {@code +} needs a next
 *     record (DFSMS Access Method Services Commands, "How to continue commands and parameters");
 *     a comment running on to the next record needs a mark.</li>
 * <li>ADRDSSU (SYSIN): the same (DFSMSdss Storage Administration, "Syntax rules").</li>
 * <li>IKJEFT01/1A/1B (SYSTSIN): a continued command needs a next record (TSO/E, "Continuation
 *     lines").</li>
 * <li>GIMSMP (SMPCNTL): the last statement ends with a period; a value in apostrophes that goes on
 *     runs through column 72 (SMP/E Commands, "Syntax notes").</li>
 * <li>GIMUNZIP (SYSIN): no attribute value goes on to the next record (SMP/E Reference, GIMUNZIP).</li>
 * <li>BPXBATCH, BPXBATSL (STDPARM): no sequence numbers, no quoted string split over records
 *     (UNIX System Services Command Reference, "BPXBATCH").</li>
 * </ul>
 * In ZOS mode, text in columns 73-80 that is not a sequence number is reported for the utilities
 * that ignore those columns.
 */
final class ControlStatements {

    /** One in-stream data record. */
    record DataRecord(int line, String text) {}

    /** Where findings go. */
    @FunctionalInterface
    interface Reporter {
        void report(int line, int column, LintRule rule, String message);
    }

    private static final Map<String, String> CONTROL_DD = Map.of(
            "IDCAMS", "SYSIN", "ADRDSSU", "SYSIN", "GIMSMP", "SMPCNTL", "GIMUNZIP", "SYSIN",
            "IKJEFT01", "SYSTSIN", "IKJEFT1A", "SYSTSIN", "IKJEFT1B", "SYSTSIN",
            "BPXBATCH", "STDPARM", "BPXBATSL", "STDPARM");
    private static final int LAST_COLUMN = 72;

    private ControlStatements() {}

    /** The DD that holds the program's control statements, or null for a program not checked. */
    static String controlDd(String program) {
        return CONTROL_DD.get(program);
    }

    static void check(String program, List<DataRecord> data, Linter.Mode mode, Reporter reporter) {
        switch (program) {
            case "IDCAMS", "ADRDSSU" -> marked(program, data, mode, reporter, true);
            // TSO/E ends a comment at the end of the line when */ is left out, and reads column 1.
            case "IKJEFT01", "IKJEFT1A", "IKJEFT1B" -> marked("TSO/E", data, mode, reporter, false);
            case "GIMSMP" -> smpe(data, mode, reporter);
            case "GIMUNZIP" -> gimunzip(data, mode, reporter);
            case "BPXBATCH", "BPXBATSL" -> stdparm(data, reporter);
            default -> { }
        }
    }

    private static void marked(String what, List<DataRecord> data, Linter.Mode mode, Reporter reporter,
                               boolean access) {
        DataRecord last = null;
        for (DataRecord record : data) {
            String text = record.text();
            if (access && !text.isEmpty() && text.charAt(0) != ' ') {
                reporter.report(record.line(), 1, LintRule.SYSIN_MARGIN, what + " reads columns 2-72: column 1 is"
                        + " ignored");
            }
            pastColumn72(what, record, mode, reporter);
            String read = columns(text).stripTrailing();
            if (read.isEmpty()) {
                continue;
            }
            last = record;
            int open = read.lastIndexOf("/*");
            boolean marked = read.endsWith("-") || read.endsWith("+");
            if (access && open >= 0 && read.indexOf("*/", open) < 0 && !marked) {
                reporter.report(record.line(), open + 1, LintRule.SYSIN_CONTINUATION, what + ": a comment that"
                        + " goes on to the next record needs a continuation mark");
            }
        }
        if (last != null) {
            String read = columns(last.text()).stripTrailing();
            if (read.endsWith("-") || read.endsWith("+")) {
                reporter.report(last.line(), read.length(), LintRule.SYSIN_CONTINUATION, what + ": the last command"
                        + " is continued, but no record follows");
            }
        }
    }

    private static void smpe(List<DataRecord> data, Linter.Mode mode, Reporter reporter) {
        boolean quote = false;
        boolean comment = false;
        DataRecord statementEnd = null;
        DataRecord lastText = null;
        for (DataRecord record : data) {
            pastColumn72("SMP/E", record, mode, reporter);
            String read = columns(record.text());
            for (int i = 0; i < read.length(); i++) {
                char c = read.charAt(i);
                if (comment) {
                    if (read.startsWith("*/", i)) {
                        comment = false;
                        i++;
                    }
                } else if (quote) {
                    quote = c != '\'';
                } else if (c == '\'') {
                    quote = true;
                    lastText = record;
                } else if (read.startsWith("/*", i)) {
                    comment = true;
                    i++;
                } else if (c == '.') {
                    statementEnd = record;
                    lastText = null;
                } else if (c != ' ') {
                    lastText = record;
                }
            }
            if (quote && read.length() < LAST_COLUMN) {
                reporter.report(record.line(), read.length() + 1, LintRule.SYSIN_CONTINUATION, "SMP/E: a value in"
                        + " apostrophes that goes on to the next record runs through column 72");
            }
        }
        if (lastText != null && lastText != statementEnd || quote) {
            DataRecord at = lastText != null ? lastText : data.get(data.size() - 1);
            reporter.report(at.line(), 1, LintRule.SYSIN_CONTINUATION, "SMP/E: the last statement is not ended by"
                    + " a period");
        }
    }

    private static void gimunzip(List<DataRecord> data, Linter.Mode mode, Reporter reporter) {
        boolean value = false;
        for (DataRecord record : data) {
            pastColumn72("GIMUNZIP", record, mode, reporter);
            String read = columns(record.text());
            for (int i = 0; i < read.length(); i++) {
                if (read.charAt(i) == '"') {
                    value = !value;
                }
            }
            if (value) {
                reporter.report(record.line(), read.length(), LintRule.SYSIN_CONTINUATION, "GIMUNZIP: an attribute"
                        + " value goes on to the next record (GIMUNZIP reads columns 1-72; split the element, not"
                        + " the value)");
            }
        }
    }

    private static void stdparm(List<DataRecord> data, Reporter reporter) {
        char open = 0;
        for (DataRecord record : data) {
            String text = record.text();
            if (text.length() > LAST_COLUMN && text.substring(LAST_COLUMN).strip().matches("\\d+")) {
                reporter.report(record.line(), LAST_COLUMN + 1, LintRule.SYSIN_MARGIN, "STDPARM takes no sequence"
                        + " numbers: BPXBATCH would pass columns 73-80 to the shell");
            }
            boolean openBefore = open != 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (open == 0 && (c == '\'' || c == '"')) {
                    open = c;
                } else if (c == open) {
                    open = 0;
                }
            }
            if (open != 0 && !openBefore) {
                reporter.report(record.line(), text.stripTrailing().length(), LintRule.SYSIN_CONTINUATION,
                        "STDPARM: a quoted string goes on to the next record; BPXBATCH would split it into two"
                                + " arguments");
            }
        }
    }

    /** ZOS mode: text past column 72 that is not a sequence number is silently ignored by the utility. */
    private static void pastColumn72(String what, DataRecord record, Linter.Mode mode, Reporter reporter) {
        String text = record.text();
        if (mode != Linter.Mode.ZOS || text.length() <= LAST_COLUMN) {
            return;
        }
        String tail = text.substring(LAST_COLUMN, Math.min(text.length(), 80)).strip();
        if (!tail.isEmpty() && !tail.matches("\\d+")) {
            reporter.report(record.line(), LAST_COLUMN + 1, LintRule.SYSIN_MARGIN, what + " ignores columns 73-80,"
                    + " but text runs into them");
        }
    }

    private static String columns(String text) {
        return text.length() > LAST_COLUMN ? text.substring(0, LAST_COLUMN) : text;
    }
}
