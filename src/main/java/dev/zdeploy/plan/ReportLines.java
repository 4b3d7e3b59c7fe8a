package dev.zdeploy.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of a report for a person, at most {@link #WIDTH} columns: a longer line is broken at the last
 * "; " or blank that fits, and continues indented. A word longer than a whole line (a long path)
 * is never split; its line is the only one that may be longer.
 */
public final class ReportLines {

    /** Wide enough for a data set name with its tracks and type, narrow enough for any terminal. */
    public static final int WIDTH = 100;

    private ReportLines() {}

    /** {@code text} as lines of at most {@link #WIDTH} columns, continuation lines starting at column {@code indent + 1}. */
    public static List<String> wrap(String text, int indent) {
        List<String> lines = new ArrayList<>();
        String rest = stripTrailing(text);
        String margin = " ".repeat(indent);
        while (rest.length() > WIDTH) {
            int at = breakPoint(rest, leadingBlanks(rest));
            if (at < 0) {
                break;
            }
            lines.add(stripTrailing(rest.substring(0, at)));
            rest = margin + rest.substring(at).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    /** Where to break, after the line's own indent: the last "; " that fits, else the last blank; -1 for none. */
    private static int breakPoint(String line, int indent) {
        int semicolon = line.lastIndexOf("; ", WIDTH - 1);
        if (semicolon > indent) {
            return semicolon + 1;
        }
        int blank = line.lastIndexOf(' ', WIDTH);
        return blank > indent ? blank : -1;
    }

    private static int leadingBlanks(String line) {
        int blanks = 0;
        while (blanks < line.length() && line.charAt(blanks) == ' ') {
            blanks++;
        }
        return blanks;
    }

    private static String stripTrailing(String text) {
        return text.stripTrailing();
    }
}
