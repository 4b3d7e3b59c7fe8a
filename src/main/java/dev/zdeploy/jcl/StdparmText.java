package dev.zdeploy.jcl;

import java.util.ArrayList;
import java.util.List;

/**
 * The reader of BPXBATCH's STDPARM: the one parser of it, used by the linter and the simulator.
 * UNIX System Services Command Reference, "BPXBATCH" (docs/manual-syntax.md 5.4): the records are
 * one parameter string; sequence numbers are not removed. The records are joined as they stand,
 * trailing blanks removed: how BPXBATCH joins records is not stated in what we retrieved
 * (manual-syntax 9), so the reading that makes the least of a record end is taken, and a quoted
 * string split over records is reported.
 */
public final class StdparmText {

    /** The parameter string and what is wrong with the records. */
    public record Result(String text, int line, List<SyntaxProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private static final int LAST_COLUMN = 72;

    private StdparmText() {}

    public static Result read(List<DataRecord> data) {
        List<SyntaxProblem> problems = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        ProblemReader reader = new ProblemReader(problems::add);
        for (DataRecord record : data) {
            reader.record(record);
            joined.append(record.text().stripTrailing());
        }
        return new Result(joined.toString(), data.isEmpty() ? 0 : data.get(0).line(), problems);
    }

    /** The problems {@link #read} finds, record by record: what the linter needs, in memory of one record. */
    static final class ProblemReader {
        private final java.util.function.Consumer<SyntaxProblem> problems;
        private char open;

        ProblemReader(java.util.function.Consumer<SyntaxProblem> problems) {
            this.problems = problems;
        }

        void record(DataRecord record) {
            String text = record.text();
            if (text.length() > LAST_COLUMN && text.substring(LAST_COLUMN).strip().matches("\\d+")) {
                problems.accept(new SyntaxProblem(record.line(), LAST_COLUMN + 1, LintRule.SYSIN_MARGIN, "STDPARM takes"
                        + " no sequence numbers: BPXBATCH would pass columns 73-80 to the shell"));
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
                problems.accept(new SyntaxProblem(record.line(), text.stripTrailing().length(),
                        LintRule.SYSIN_CONTINUATION, "STDPARM: a quoted string goes on to the next record; BPXBATCH"
                                + " would split it into two arguments"));
            }
        }
    }
}
