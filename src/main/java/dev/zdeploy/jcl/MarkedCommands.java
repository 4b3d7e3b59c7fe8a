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
     * The problems {@link #access} or {@link #tso} would find, record by record, without keeping the
     * commands or their text: what the linter needs, in memory of one record however many records a
     * command or the step holds.
     */
    static final class ProblemReader {
        private final Reader reader;

        ProblemReader(String what, boolean access, java.util.function.Consumer<SyntaxProblem> problems) {
            reader = new Reader(what, access, false, problems);
        }

        void record(DataRecord record) {
            reader.record(record);
        }

        void end() {
            reader.end();
        }
    }

    private static Result read(String what, List<DataRecord> data, boolean access, boolean keepCommands) {
        List<SyntaxProblem> problems = new ArrayList<>();
        Reader reader = new Reader(what, access, keepCommands, problems::add);
        for (DataRecord record : data) {
            reader.record(record);
        }
        reader.end();
        return new Result(reader.commands, problems);
    }

    /**
     * The reader, one record at a time. Keeping the commands, it joins each command's text; not keeping
     * them, it keeps of a command only what {@link #unbalanced} needs of its text (parenthesis depth,
     * an apostrophe open, whether there is any text), so a command without end costs no memory.
     */
    private static final class Reader {
        private final String what;
        private final boolean access;
        private final boolean keepCommands;
        private final java.util.function.Consumer<SyntaxProblem> problems;
        private final List<Command> commands = new ArrayList<>();
        private final StringBuilder command = new StringBuilder();
        /** The command's length, whether it has any text, its depth and open apostrophe (not keeping it). */
        private long length;
        private boolean text;
        private final Balance balance = new Balance();
        private int commandLine;
        private boolean comment;
        private boolean joinDirectly;
        private DataRecord last;

        Reader(String what, boolean access, boolean keepCommands, java.util.function.Consumer<SyntaxProblem> problems) {
            this.what = what;
            this.access = access;
            this.keepCommands = keepCommands;
            this.problems = problems;
        }

        void record(DataRecord record) {
            String text = record.text();
            if (access && !text.isEmpty() && text.charAt(0) != ' ') {
                problems.accept(new SyntaxProblem(record.line(), 1, LintRule.SYSIN_MARGIN, what
                        + " reads columns 2-72: column 1 is ignored"));
            }
            String columns = text.length() > LAST_COLUMN ? text.substring(0, LAST_COLUMN) : text;
            String read = columns.stripTrailing();
            // Most records hold no slash at all: one vectorised search then spares both comment searches.
            boolean slash = read.indexOf('/') >= 0;
            if (!read.isEmpty()) {
                last = record;
                int open = slash ? read.lastIndexOf("/*") : -1;
                boolean marked = read.endsWith("-") || read.endsWith("+");
                if (access && open >= 0 && read.indexOf("*/", open) < 0 && !marked) {
                    problems.accept(new SyntaxProblem(record.line(), open + 1, LintRule.SYSIN_CONTINUATION, what
                            + ": a comment that goes on to the next record needs a continuation mark"));
                }
            }
            // The text the utility reads: from column 2 (1 for TSO/E), comments removed.
            String body = access ? (read.isEmpty() ? "" : read.substring(1)) : read;
            String kept;
            if (!comment && (!slash || body.indexOf("/*") < 0)) {
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
            boolean blank = isBlank(piece);
            if (length == 0 && blank) {
                joinDirectly = false;
                if (!continued) {
                    return;
                }
            }
            if (length == 0 && !blank) {
                commandLine = record.line();
            }
            if (!joinDirectly && length > 0) {
                append(" ", true);
            }
            append(piece, blank);
            joinDirectly = continued && mark == '+';
            if (!continued) {
                if (keepCommands) {
                    String whole = command.toString();
                    if (!whole.isBlank()) {
                        commands.add(new Command(commandLine, whole.strip()));
                        unbalanced(what, record.line(), whole, problems);
                    }
                } else if (this.text && balance.open()) {
                    problems.accept(unbalancedProblem(what, record.line()));
                }
                command.setLength(0);
                length = 0;
                this.text = false;
                balance.reset();
            }
        }

        private void append(String piece, boolean blank) {
            length += piece.length();
            if (keepCommands) {
                command.append(piece);
                return;
            }
            text |= !blank;
            balance.scan(piece);
        }

        void end() {
            if (keepCommands && !command.toString().isBlank()) {
                commands.add(new Command(commandLine, command.toString().strip()));
            }
            if (last != null) {
                String columns = last.text().length() > LAST_COLUMN ? last.text().substring(0, LAST_COLUMN) : last.text();
                String read = columns.stripTrailing();
                if (read.endsWith("-") || read.endsWith("+")) {
                    problems.accept(new SyntaxProblem(last.line(), read.length(), LintRule.SYSIN_CONTINUATION, what
                            + ": the last command is continued, but no record follows"));
                }
            }
        }
    }

    /**
     * A command whose parentheses do not balance where its last record ends: the utility ends the
     * command there (a continuation mark left out), and the rest of it is read as another command.
     */
    private static void unbalanced(String what, int line, String command,
                                   java.util.function.Consumer<SyntaxProblem> problems) {
        Balance balance = new Balance();
        balance.scan(command);
        if (balance.open()) {
            problems.accept(unbalancedProblem(what, line));
        }
    }

    /** The parentheses of a command's text read so far, outside apostrophes. */
    private static final class Balance {
        private int depth;
        private boolean quote;

        void scan(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\'') {
                    quote = !quote;
                } else if (!quote && c == '(') {
                    depth++;
                } else if (!quote && c == ')') {
                    depth--;
                }
            }
        }

        /** Back to no text scanned: the next command's. */
        void reset() {
            depth = 0;
            quote = false;
        }

        /** A parenthesis still open where the text ends (not inside apostrophes). */
        boolean open() {
            return depth > 0 && !quote;
        }
    }

    /**
     * {@code text.isBlank()}, blanks first: the pieces of control statements begin with the blanks of their
     * indentation, and isBlank asks Character.isWhitespace of each.
     */
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static SyntaxProblem unbalancedProblem(String what, int line) {
        return new SyntaxProblem(line, 1, LintRule.PARENTHESES, what + ": a parenthesis is still open where the"
                + " command ends: a continuation mark is missing");
    }
}
