package dev.zdeploy.render;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a template run writes its member: the text kept in pieces of a megabyte and joined once at the
 * end into a string of exactly its length. A {@code StringWriter} doubles its buffer as it fills and
 * copies it again into the string, so a member of 300 MB (the verify job of a million data sets) held up
 * to three times its size at once; this holds at most twice. Not thread-safe: one per run. The
 * manifest of {@code ZDeploy.render} is written here too.
 */
public final class ChunkedText extends Writer {

    private static final int PIECE = 1 << 20;

    private final List<String> pieces = new ArrayList<>();
    /** A write of at least this many characters is kept as a piece of its own, not copied into current. */
    private static final int WHOLE = 1024;

    private final StringBuilder current = new StringBuilder();

    /** An empty text. */
    public ChunkedText() {
        // nothing written yet
    }

    /**
     * A generator's buffer (Jackson writes the manifest 8,000 characters at a time) becomes a string at
     * once: a string is made from characters with the JDK's vectorised compression, while
     * {@code StringBuilder.append(char[])} (and {@code StringWriter}, over a StringBuffer) checks and copies
     * them one at a time, which was a third of writing the manifest.
     */
    @Override
    public void write(char[] buffer, int offset, int length) {
        if (length >= WHOLE) {
            if (current.length() > 0) {
                pieces.add(current.toString());
                current.setLength(0);
            }
            pieces.add(new String(buffer, offset, length));
            return;
        }
        current.append(buffer, offset, length);
        cut();
    }

    @Override
    public void write(String text, int offset, int length) {
        current.append(text, offset, offset + length);
        cut();
    }

    private void cut() {
        if (current.length() >= PIECE) {
            pieces.add(current.toString());
            current.setLength(0);
        }
    }

    @Override
    public void flush() {
        // nothing buffered elsewhere
    }

    @Override
    public void close() {
        // nothing to release
    }

    /** The whole text, made once (the pieces are joined into a string of exactly their length). */
    @Override
    public String toString() {
        if (pieces.isEmpty()) {
            return current.toString();
        }
        List<String> all = new ArrayList<>(pieces);
        all.add(current.toString());
        return String.join("", all);
    }
}
