package dev.zdeploy.output;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Checks shared by the output stage. Member text travels to z/OS as EBCDIC, so only printable ASCII
 * (blank to tilde) and the LF line end are allowed: anything else would be mistranslated in transfer.
 */
final class OutputText {

    private OutputText() {}

    /** The first offending character as a readable description, or null when the text is clean. */
    static String firstUnprintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && (c < 0x20 || c > 0x7E)) {
                return String.format(Locale.ROOT, "U+%04X at offset %d", (int) c, i);
            }
        }
        return null;
    }

    /** The lines of a text that ends with a line feed, without their line ends. */
    static List<String> lines(String text) {
        return Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
    }

    /**
     * A name from the file system or a file as it may appear in a message: as is when it is plain
     * printable ASCII, otherwise in double quotes with every other character escaped (backslash, u, four hex digits),
     * so that a hostile file name cannot move the cursor or rewrite the user's terminal.
     */
    static String shown(String name) {
        boolean plain = !name.isEmpty();
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            plain = c > 0x20 && c < 0x7F && c != '"' && c != '\\';
        }
        if (plain) {
            return name;
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.append('"').toString();
    }
}
