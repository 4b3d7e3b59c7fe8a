package dev.zdeploy.render;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a template run writes its member: the text kept in pieces of a megabyte and joined once at the
 * end into a string of exactly its length. A {@code StringWriter} doubles its buffer as it fills and
 * copies it again into the string, so a member of 300 MB (the verify job of a million data sets) held up
 * to three times its size at once; this holds at most twice. Not thread-safe: one per run.
 */
final class ChunkedText extends Writer {

    private static final int PIECE = 1 << 20;

    private final List<String> pieces = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    @Override
    public void write(char[] buffer, int offset, int length) {
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
