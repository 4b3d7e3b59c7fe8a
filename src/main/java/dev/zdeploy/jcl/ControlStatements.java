package dev.zdeploy.jcl;

import java.util.Map;

/**
 * Checks the in-stream control statements of the utilities whose syntax zdeploy writes, read from
 * the step's control DD (through {@code DDNAME=} and concatenations):
 * <ul>
 * <li>IDCAMS (SYSIN): columns 2-72, a command continued with {@code -} or {@code +} needs a next
 *     record (DFSMS Access Method Services Commands, "How to continue commands and parameters");
 *     a comment running on to the next record needs a mark.</li>
 * <li>ADRDSSU, ICKDSF (SYSIN): the same (DFSMSdss Storage Administration, "Syntax rules"; ICKDSF User's
 *     Guide, "Continuing lines").</li>
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

    /** Where findings go. */
    @FunctionalInterface
    interface Reporter {
        void report(int line, int column, LintRule rule, String message);
    }

    private static final Map<String, String> CONTROL_DD = Map.of(
            "IDCAMS", "SYSIN", "ADRDSSU", "SYSIN", "GIMSMP", "SMPCNTL", "GIMUNZIP", "SYSIN",
            "IKJEFT01", "SYSTSIN", "IKJEFT1A", "SYSTSIN", "IKJEFT1B", "SYSTSIN",
            "BPXBATCH", "STDPARM", "BPXBATSL", "STDPARM", "ICKDSF", "SYSIN");
    private static final int LAST_COLUMN = 72;

    private ControlStatements() {}

    /** The DD that holds the program's control statements, or null for a program not checked. */
    static String controlDd(String program) {
        return CONTROL_DD.get(program);
    }

    /**
     * A reader of one control DD's records, fed as the member is read: the step's control statements are
     * checked in memory of one record (plus the command being read), never held whole.
     */
    interface Reader {
        void record(DataRecord record);

        void end();
    }

    /** The reader for {@code program}'s control statements (a {@link #controlDd} program), reporting to {@code reporter}. */
    static Reader reader(String program, Linter.Mode mode, Reporter reporter) {
        java.util.function.Consumer<SyntaxProblem> problems = problem -> reporter.report(problem.line(),
                problem.column(), problem.rule(), problem.message());
        return switch (program) {
            case "IDCAMS", "ADRDSSU", "ICKDSF" -> marked(program, mode, reporter, problems, true);
            // TSO/E ends a comment at the end of the line when */ is left out, and reads column 1.
            case "IKJEFT01", "IKJEFT1A", "IKJEFT1B" -> marked("TSO/E", mode, reporter, problems, false);
            case "GIMSMP" -> {
                SmpeStatements.ProblemReader smpe = new SmpeStatements.ProblemReader(problems);
                yield reader(record -> {
                    pastColumn72("SMP/E", record, mode, reporter);
                    smpe.record(record);
                }, smpe::end);
            }
            case "GIMUNZIP" -> {
                GimunzipTags.ProblemReader tags = new GimunzipTags.ProblemReader(problems);
                yield reader(record -> {
                    pastColumn72("GIMUNZIP", record, mode, reporter);
                    tags.record(record);
                }, () -> { });
            }
            case "BPXBATCH", "BPXBATSL" -> reader(new StdparmText.ProblemReader(problems)::record, () -> { });
            default -> reader(record -> { }, () -> { });
        };
    }

    private static Reader marked(String what, Linter.Mode mode, Reporter reporter,
                                 java.util.function.Consumer<SyntaxProblem> problems, boolean access) {
        MarkedCommands.ProblemReader commands = new MarkedCommands.ProblemReader(what, access, problems);
        return reader(record -> {
            pastColumn72(what, record, mode, reporter);
            commands.record(record);
        }, commands::end);
    }

    private static Reader reader(java.util.function.Consumer<DataRecord> each, Runnable end) {
        return new Reader() {
            @Override
            public void record(DataRecord record) {
                each.accept(record);
            }

            @Override
            public void end() {
                end.run();
            }
        };
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
}
