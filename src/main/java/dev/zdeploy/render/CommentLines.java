package dev.zdeploy.render;

import dev.zdeploy.jcl.JclWriter;
import dev.zdeploy.jcl.WordWrap;

/**
 * Comment statements ({@code //*}) written as their text comes, in fragments: the records
 * {@code jcl.comment(text)} returns for the whole text, each fragment sanitised as it does (see
 * {@link JclHelpers#sanitize}) and a newline starting a new comment statement. A comment box paragraph
 * that lists a value for every data set ({@link Paragraph}) is so written without being held whole, and
 * its records go to the member 64 KB at a time ({@link Records}).
 */
final class CommentLines {

    /** A fragment longer than this is wrapped a piece at a time, so that its records are passed on as they fill. */
    private static final int PIECE = 8 * 1024;

    private final Records records;
    private final WordWrap wrap;

    CommentLines(Records records) {
        this.records = records;
        this.wrap = new WordWrap("//*", "", JclWriter.LAST_COLUMN, records.out());
    }

    /** Goes on with {@code fragment} (null: nothing). */
    CommentLines add(CharSequence fragment) {
        if (fragment == null) {
            return this;
        }
        if (fragment.length() <= PIECE && plain(fragment)) {
            wrap.add(fragment);
            records.written();
            return this;
        }
        // Sanitised, every character is printable ASCII or a newline: a cut anywhere splits no character.
        String text = JclHelpers.clean(fragment.toString());
        for (int at = 0; at < text.length(); ) {
            int newline = text.indexOf('\n', at);
            int end = Math.min(newline < 0 ? text.length() : newline, at + PIECE);
            wrap.add(text.subSequence(at, end));
            if (end == newline) {
                wrap.end();
                end++;
            }
            records.written();
            at = end;
        }
        return this;
    }

    /** Whether {@code text} is all printable ASCII: what {@link JclHelpers#sanitize} keeps as it is, no newline. */
    private static boolean plain(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** Ends the comment: its last record is written. */
    void end() {
        wrap.end();
        records.written();
    }
}
