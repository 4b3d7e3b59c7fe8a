package dev.zdeploy.jcl;

/**
 * Comment records made as their words come: a prefix, a blank and as many words as fit by the last
 * column, then the suffix; a word too long for one record is cut. The text may come in fragments, a
 * word running on from one fragment to the next: a comment box paragraph that lists a value for every
 * data set (VF's DDDEF values: tens of megabytes at 1,000,000 data sets) is written as its values are
 * made, never held whole. Words are the runs between blanks ({@code ' '}); {@link Words#wrap} makes the
 * records of a whole text with this, so both lay comments out alike.
 */
public final class WordWrap {

    private final String prefix;
    private final String suffix;
    private final int room;
    private final StringBuilder out;
    /** The words of the record being made, then the word being read (from {@link #wordStart} on). */
    private final StringBuilder line = new StringBuilder();
    /** Where in {@link #line} the word being read begins; -1: none is. */
    private int wordStart = -1;
    private boolean wrote;

    /** Records appended to {@code out}, each ended by a newline; end the text with {@link #end()}. */
    public WordWrap(String prefix, String suffix, int lastColumn, StringBuilder out) {
        this.prefix = prefix;
        this.suffix = suffix;
        this.room = lastColumn - prefix.length() - 1 - suffix.length();
        this.out = out;
    }

    /** Goes on with {@code text}: the records its words complete are appended. */
    public WordWrap add(CharSequence text) {
        int length = text.length();
        for (int at = 0; at < length; ) {
            if (text.charAt(at) == ' ') {
                endWord();
                at++;
                continue;
            }
            int end = at + 1;
            while (end < length && text.charAt(end) != ' ') {
                end++;
            }
            if (wordStart < 0) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                wordStart = line.length();
            }
            line.append(text, at, end);
            at = end;
        }
        return this;
    }

    /** Ends the text: its last record is appended (the bare prefix when the text had no word). */
    public void end() {
        endWord();
        if (line.length() > 0 || !wrote) {
            record(line.length());
        }
        line.setLength(0);
        wrote = false;
    }

    /**
     * The word read is complete: when it does not fit behind the words before it, they make a record and
     * it begins the next; a word longer than a record is cut.
     */
    private void endWord() {
        if (wordStart < 0) {
            return;
        }
        if (wordStart > 0 && line.length() > room) {
            record(wordStart - 1);
            line.delete(0, wordStart);
        }
        while (line.length() > room) {
            record(room);
            line.delete(0, room);
        }
        wordStart = -1;
    }

    /** A record of the first {@code length} characters of {@link #line}. */
    private void record(int length) {
        if (length == 0) {
            out.append(prefix.stripTrailing());
        } else if (length == line.length()) {
            out.append(prefix).append(' ').append(line).append(suffix);
        } else {
            out.append(prefix).append(' ').append(line, 0, length).append(suffix);
        }
        out.append('\n');
        wrote = true;
    }
}
