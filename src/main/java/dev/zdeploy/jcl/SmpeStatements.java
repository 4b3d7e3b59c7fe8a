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
        List<Statement> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentLine = 0;
        boolean quote = false;
        boolean comment = false;
        int depth = 0;
        DataRecord statementEnd = null;
        DataRecord lastText = null;
        for (DataRecord record : data) {
            String read = record.text().length() > LAST_COLUMN ? record.text().substring(0, LAST_COLUMN)
                    : record.text();
            if (!quote && current.length() > 0) {
                current.append(' ');
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
                    current.append(c);
                } else if (c == '\'') {
                    quote = true;
                    lastText = record;
                    current.append(c);
                } else if (read.startsWith("/*", i)) {
                    comment = true;
                    i++;
                } else if (c == '.' && depth <= 0) {
                    depth = 0;
                    statementEnd = record;
                    lastText = null;
                    if (!current.toString().isBlank()) {
                        statements.add(new Statement(currentLine, current.toString().strip()));
                    }
                    current.setLength(0);
                } else {
                    if (c == '(') {
                        depth++;
                    } else if (c == ')') {
                        depth--;
                    }
                    if (c != ' ') {
                        if (current.toString().isBlank()) {
                            currentLine = record.line();
                        }
                        lastText = record;
                    }
                    current.append(c);
                }
            }
            if (quote && read.length() < LAST_COLUMN) {
                problems.add(new SyntaxProblem(record.line(), read.length() + 1, LintRule.SYSIN_CONTINUATION,
                        "SMP/E: a value in apostrophes that goes on to the next record runs through column 72"));
            }
        }
        boolean unended = lastText != null && lastText != statementEnd || quote;
        if (unended) {
            DataRecord at = lastText != null ? lastText : data.get(data.size() - 1);
            problems.add(new SyntaxProblem(at.line(), 1, LintRule.SYSIN_CONTINUATION, "SMP/E: the last statement is"
                    + " not ended by a period"));
        }
        return new Result(statements, problems, unended);
    }
}
