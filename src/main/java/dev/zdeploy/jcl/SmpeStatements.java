package dev.zdeploy.jcl;

import java.util.ArrayList;
import java.util.List;

/**
 * The reader of SMP/E commands (SMPCNTL): the one parser of the language, used by the linter
 * (its problems) and the simulator (its statements). SMP/E Commands, "Syntax rules"
 * (docs/manual-syntax.md 3.0): commands anywhere up to column 72, continued until a period outside
 * apostrophes and parentheses (a data set name in an operand holds periods); a value in apostrophes that goes on runs through column 72 and resumes in column 1
 * (blanks included); comments {@code /* *}{@code /} anywhere within or after a command.
 */
public final class SmpeStatements {

    /** One command: its text without the ending period and without comments. */
    public record Statement(int line, String text) {}

    /** What the reader found. */
    public record Result(List<Statement> statements, List<SyntaxProblem> problems, boolean lastUnended) {
        public Result {
            statements = List.copyOf(statements);
            problems = List.copyOf(problems);
        }
    }

    private static final int LAST_COLUMN = 72;

    private SmpeStatements() {}

    public static Result read(List<DataRecord> data) {
        List<SyntaxProblem> problems = new ArrayList<>();
        Reader reader = new Reader(true, problems::add);
        for (DataRecord record : data) {
            reader.record(record);
        }
        boolean unended = reader.end();
        return new Result(reader.statements, problems, unended);
    }

    /**
     * The problems {@link #read} would find, record by record, without keeping the statements or their
     * text: what the linter needs, in memory of one record however long the step's SMPCNTL is.
     */
    static final class ProblemReader {
        private final Reader reader;

        ProblemReader(java.util.function.Consumer<SyntaxProblem> problems) {
            reader = new Reader(false, problems);
        }

        void record(DataRecord record) {
            reader.record(record);
        }

        void end() {
            reader.end();
        }
    }

    /** The reader, one record at a time; not keeping the statements, it keeps only whether one has text. */
    private static final class Reader {
        private final boolean keep;
        private final java.util.function.Consumer<SyntaxProblem> problems;
        private final List<Statement> statements = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        /** Whether the statement read so far has text other than blanks (what {@code current.isBlank()} says). */
        private boolean text;
        private int currentLine;
        private boolean quote;
        private boolean comment;
        private int depth;
        private DataRecord statementEnd;
        private DataRecord lastText;
        private DataRecord lastRecord;

        Reader(boolean keep, java.util.function.Consumer<SyntaxProblem> problems) {
            this.keep = keep;
            this.problems = problems;
        }

        void record(DataRecord record) {
            lastRecord = record;
            String read = record.text().length() > LAST_COLUMN ? record.text().substring(0, LAST_COLUMN)
                    : record.text();
            if (!quote && (text || current.length() > 0)) {
                append(' ');
            }
            for (int i = 0; i < read.length(); i++) {
                char c = read.charAt(i);
                if (comment) {
                    if (read.startsWith("*/", i)) {
                        comment = false;
                        i++;
                    }
                } else if (quote) {
                    quote = c != '\'';
                    append(c);
                } else if (c == '\'') {
                    quote = true;
                    lastText = record;
                    append(c);
                } else if (read.startsWith("/*", i)) {
                    comment = true;
                    i++;
                } else if (c == '.' && depth <= 0) {
                    depth = 0;
                    statementEnd = record;
                    lastText = null;
                    if (keep && text) {
                        statements.add(new Statement(currentLine, current.toString().strip()));
                    }
                    current.setLength(0);
                    text = false;
                } else {
                    if (c == '(') {
                        depth++;
                    } else if (c == ')') {
                        depth--;
                    }
                    if (c != ' ') {
                        if (!text) {
                            currentLine = record.line();
                        }
                        lastText = record;
                    }
                    append(c);
                }
            }
            if (quote && read.length() < LAST_COLUMN) {
                problems.accept(new SyntaxProblem(record.line(), read.length() + 1, LintRule.SYSIN_CONTINUATION,
                        "SMP/E: a value in apostrophes that goes on to the next record runs through column 72"));
            }
        }

        private void append(char c) {
            text |= !Character.isWhitespace(c);
            if (keep) {
                current.append(c);
            }
        }

        /** Whether the last statement is not ended by a period (reported). */
        boolean end() {
            boolean unended = lastText != null && lastText != statementEnd || quote;
            if (unended) {
                DataRecord at = lastText != null ? lastText : lastRecord;
                problems.accept(new SyntaxProblem(at.line(), 1, LintRule.SYSIN_CONTINUATION, "SMP/E: the last"
                        + " statement is not ended by a period"));
            }
            return unended;
        }
    }
}
