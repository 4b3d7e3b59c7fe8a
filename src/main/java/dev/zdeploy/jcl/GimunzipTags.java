package dev.zdeploy.jcl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reader of GIMUNZIP's package control tags (SYSIN): the one parser of the language, used by
 * the linter and the simulator. SMP/E Reference, "GIMUNZIP service routine", SYSIN (docs/manual-
 * syntax.md 4.3): {@code <GIMUNZIP>}, {@code <ARCHDEF attr="value" .../>}, {@code </GIMUNZIP>},
 * comments {@code <!-- -->}; columns 1-72; no attribute value goes on to the next record.
 */
public final class GimunzipTags {

    /** One tag: its name ({@code /GIMUNZIP} for an end tag) and its attributes in order. */
    public record Tag(int line, String name, Map<String, String> attributes) {
        public Tag {
            attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }
    }

    /** What the reader found; {@code error} is a tag it could not read, else null. */
    public record Result(List<Tag> tags, List<SyntaxProblem> problems, String error) {
        public Result {
            tags = List.copyOf(tags);
            problems = List.copyOf(problems);
        }
    }

    private static final int LAST_COLUMN = 72;

    private GimunzipTags() {}

    public static Result read(List<DataRecord> data) {
        List<SyntaxProblem> problems = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        List<int[]> lineAt = new ArrayList<>();
        ProblemReader values = new ProblemReader(problems::add);
        for (DataRecord record : data) {
            String read = values.record(record);
            lineAt.add(new int[] {all.length(), record.line()});
            all.append(read).append(' ');
        }
        List<Tag> tags = new ArrayList<>();
        String text = all.toString();
        int i = 0;
        String error = null;
        while (i < text.length() && error == null) {
            int open = text.indexOf('<', i);
            if (open < 0) {
                if (!text.substring(i).isBlank()) {
                    error = "text outside a tag: " + text.substring(i).strip();
                }
                break;
            }
            if (!text.substring(i, open).isBlank()) {
                error = "text outside a tag: " + text.substring(i, open).strip();
                break;
            }
            if (text.startsWith("<!--", open)) {
                int end = text.indexOf("-->", open);
                if (end < 0) {
                    error = "a comment is not closed";
                    break;
                }
                i = end + 3;
                continue;
            }
            int close = closing(text, open);
            if (close < 0) {
                error = "a tag is not closed: " + text.substring(open).strip();
                break;
            }
            String inside = text.substring(open + 1, close).strip();
            if (inside.endsWith("/")) {
                inside = inside.substring(0, inside.length() - 1).strip();
            }
            int nameEnd = 0;
            while (nameEnd < inside.length() && !Character.isWhitespace(inside.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = inside.substring(0, nameEnd);
            Map<String, String> attributes = new LinkedHashMap<>();
            String rest = inside.substring(nameEnd).strip();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Za-z]+)\\s*=\\s*\"([^\"]*)\"\\s*")
                    .matcher(rest);
            int pos = 0;
            while (pos < rest.length()) {
                if (!m.find(pos) || m.start() != pos) {
                    error = "an attribute cannot be read in: <" + inside + ">";
                    break;
                }
                attributes.put(m.group(1), m.group(2));
                pos = m.end();
            }
            tags.add(new Tag(lineOf(lineAt, open), name, attributes));
            i = close + 1;
        }
        return new Result(tags, problems, error);
    }

    /**
     * The problems {@link #read} finds, record by record: an attribute value going on to the next record.
     * What the linter needs, in memory of one record.
     */
    static final class ProblemReader {
        private final java.util.function.Consumer<SyntaxProblem> problems;
        private boolean value;

        ProblemReader(java.util.function.Consumer<SyntaxProblem> problems) {
            this.problems = problems;
        }

        /** Reads one record; returns the columns GIMUNZIP reads of it. */
        String record(DataRecord record) {
            String read = record.text().length() > LAST_COLUMN ? record.text().substring(0, LAST_COLUMN)
                    : record.text();
            for (int i = 0; i < read.length(); i++) {
                if (read.charAt(i) == '"') {
                    value = !value;
                }
            }
            if (value) {
                problems.accept(new SyntaxProblem(record.line(), read.length(), LintRule.SYSIN_CONTINUATION, "GIMUNZIP:"
                        + " an attribute value goes on to the next record (GIMUNZIP reads columns 1-72; split the"
                        + " element, not the value)"));
            }
            return read;
        }
    }

    private static int closing(String text, int open) {
        boolean quote = false;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quote = !quote;
            } else if (c == '>' && !quote) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(List<int[]> lineAt, int offset) {
        int line = lineAt.isEmpty() ? 1 : lineAt.get(0)[1];
        for (int[] at : lineAt) {
            if (at[0] <= offset) {
                line = at[1];
            }
        }
        return line;
    }
}
