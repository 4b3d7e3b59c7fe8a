package dev.zdeploy.jcl;

import java.util.ArrayList;
import java.util.List;

/**
 * The reader of the languages whose commands go on with a continuation mark at the end of a
 * record: IDCAMS, DFSMSdss and TSO/E. The one parser of these languages: the linter reports its
 * problems, the simulator runs its commands.
 *
 * <ul>
 * <li>IDCAMS: columns 2-72; "Except for the last line, each record or line must have a hyphen or a
 *     plus sign as the last nonblank character before, or at, the right margin. A hyphen continues
 *     the command. A plus sign continues both the command and a value within the command";
 *     "Records ending with partial comments must always end with a continuation mark" (DFSMS
 *     Access Method Services Commands, "How to continue commands and parameters";
 *     docs/manual-syntax.md 1.0).</li>
 * <li>DFSMSdss: columns 2-72, the same marks, comments {@code /* *}{@code /} (DFSMSdss Storage
 *     Administration, "Syntax rules"; manual-syntax 2.0). The manual shows only the hyphen; the
 *     plus sign is read as IDCAMS reads it.</li>
 * <li>TSO/E: columns 1-72, {@code -} and {@code +} at the end of a line continue the command (TSO/E
 *     Command Reference, "Continuation lines"); a comment left open ends at the end of the line.</li>
 * </ul>
 * A record that ends with a complete comment and no mark ends the command (IDCAMS reads a null
 * command there: the stricter reading).
 */
public final class MarkedCommands {

    /** One command, its records joined, comments and continuation marks removed. */
    public record Command(int line, String text) {}

    /** What the reader found. */
    public record Result(List<Command> commands, List<SyntaxProblem> problems) {
        public Result {
            commands = List.copyOf(commands);
            problems = List.copyOf(problems);
        }
    }

    private static final int LAST_COLUMN = 72;

    private MarkedCommands() {}

    /** IDCAMS and DFSMSdss: columns 2-72, comments may go on over records. */
    public static Result access(String what, List<DataRecord> data) {
        return read(what, data, true, true);
    }

    /** TSO/E: columns 1-72; a comment left open ends with its line. */
    public static Result tso(List<DataRecord> data) {
        return read("TSO/E", data, false, true);
    }

    /**
     * The problems {@link #access} or {@link #tso} would find, without keeping the commands: what the
     * linter needs, in memory bounded by one command however many the records hold.
     */
    static List<SyntaxProblem> problems(String what, List<DataRecord> data, boolean access) {
        return read(what, data, access, false).problems();
    }

    /**
     * A command whose parentheses do not balance where its last record ends: the utility ends the
     * command there (a continuation mark left out), and the rest of it is read as another command.
     */
    private static void unbalanced(String what, int line, String command, List<SyntaxProblem> problems) {
        int depth = 0;
        boolean quote = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'') {
                quote = !quote;
            } else if (!quote && c == '(') {
                depth++;
            } else if (!quote && c == ')') {
                depth--;
            }
        }
        if (depth > 0 && !quote) {
            problems.add(new SyntaxProblem(line, 1, LintRule.PARENTHESES, what + ": a parenthesis is still open where"
                    + " the command ends: a continuation mark is missing"));
        }
    }

    private static Result read(String what, List<DataRecord> data, boolean access, boolean keepCommands) {
        List<SyntaxProblem> problems = new ArrayList<>();
        List<Command> commands = new ArrayList<>();
        StringBuilder command = new StringBuilder();
        int commandLine = 0;
        boolean comment = false;
        boolean joinDirectly = false;
        DataRecord last = null;
        for (DataRecord record : data) {
            String text = record.text();
            if (access && !text.isEmpty() && text.charAt(0) != ' ') {
                problems.add(new SyntaxProblem(record.line(), 1, LintRule.SYSIN_MARGIN, what
                        + " reads columns 2-72: column 1 is ignored"));
            }
            String columns = text.length() > LAST_COLUMN ? text.substring(0, LAST_COLUMN) : text;
            String read = columns.stripTrailing();
            if (!read.isEmpty()) {
                last = record;
                int open = read.lastIndexOf("/*");
                boolean marked = read.endsWith("-") || read.endsWith("+");
                if (access && open >= 0 && read.indexOf("*/", open) < 0 && !marked) {
                    problems.add(new SyntaxProblem(record.line(), open + 1, LintRule.SYSIN_CONTINUATION, what
                            + ": a comment that goes on to the next record needs a continuation mark"));
                }
            }
            // The text the utility reads: from column 2 (1 for TSO/E), comments removed.
            String body = access ? (read.isEmpty() ? "" : read.substring(1)) : read;
            String kept;
            if (!comment && body.indexOf("/*") < 0) {
                // Most records hold no comment: the body is what is read (already without trailing blanks).
                kept = body;
            } else {
                StringBuilder content = new StringBuilder(body.length());
                for (int i = 0; i < body.length(); i++) {
                    if (comment) {
                        if (body.startsWith("*/", i)) {
                            comment = false;
                            i++;
                        }
                    } else if (body.startsWith("/*", i)) {
                        comment = true;
                        i++;
                    } else {
                        content.append(body.charAt(i));
                    }
                }
                kept = content.toString().stripTrailing();
            }
            if (!access) {
                comment = false;
            }
            char mark = read.isEmpty() ? 0 : read.charAt(read.length() - 1);
            boolean continued = (mark == '-' || mark == '+')
                    && (comment || (!kept.isEmpty() && kept.charAt(kept.length() - 1) == mark));
            if (continued && !comment) {
                kept = kept.substring(0, kept.length() - 1);
            }
            String piece = joinDirectly ? kept.stripLeading() : kept;
            if (command.length() == 0 && piece.isBlank()) {
                joinDirectly = false;
                if (!continued) {
                    continue;
                }
            }
            if (command.length() == 0 && !piece.isBlank()) {
                commandLine = record.line();
            }
            if (!joinDirectly && command.length() > 0) {
                command.append(' ');
            }
            command.append(piece);
            joinDirectly = continued && mark == '+';
            if (!continued) {
                String whole = command.toString();
                if (!whole.isBlank()) {
                    if (keepCommands) {
                        commands.add(new Command(commandLine, whole.strip()));
                    }
                    unbalanced(what, record.line(), whole, problems);
                }
                command.setLength(0);
            }
        }
        if (keepCommands && !command.toString().isBlank()) {
            commands.add(new Command(commandLine, command.toString().strip()));
        }
        if (last != null) {
            String columns = last.text().length() > LAST_COLUMN ? last.text().substring(0, LAST_COLUMN) : last.text();
            String read = columns.stripTrailing();
            if (read.endsWith("-") || read.endsWith("+")) {
                problems.add(new SyntaxProblem(last.line(), read.length(), LintRule.SYSIN_CONTINUATION, what
                        + ": the last command is continued, but no record follows"));
            }
        }
        return new Result(commands, problems);
    }
}
