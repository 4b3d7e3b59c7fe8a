package dev.zdeploy.problem;

/**
 * Text as a message may show it on a terminal: every control character (C0, DEL, C1) written as an
 * escape ({@code \n}, {@code \t}, {@code \r}, else {@code \u001b}-style), so that a value read from an
 * input can neither move the cursor, ring the bell nor send a terminal escape sequence.
 */
public final class Printable {

    private Printable() {}

    /** {@code text} with its control characters escaped; a backslash stays as it is. */
    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(Printable::isControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /** Like {@link #escape} but keeps line feeds: for messages made of several lines. */
    public static String escapeKeepingLines(String text) {
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 ? "" : "\n").append(escape(lines[i]));
        }
        return out.toString();
    }

    /** True for a C0 control character, DEL or a C1 control character. */
    public static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** True when {@code text} holds a control character. */
    public static boolean hasControl(String text) {
        return text != null && text.chars().anyMatch(Printable::isControl);
    }
}
