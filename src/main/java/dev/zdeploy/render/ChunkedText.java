package dev.zdeploy.render;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a template run writes its member: the text kept in pieces of 16 MB and joined once at the end
 * into a string of exactly its length. A {@code StringWriter} doubles its buffer as it fills and copies
 * it again into the string, so a member of 300 MB (the verify job of a million data sets) held up to
 * three times its size at once; this holds at most twice. Not thread-safe: one per run. The manifest of
 * {@code ZDeploy.render} is written here too.
 *
 * <p>Why 16 MB: a piece lives until the text is joined, through many young collections, and G1 copies
 * every young object that is still alive at each one. An array of at least half a region is "humongous":
 * it is allocated in old regions and never copied, and regions are at most 32 MB. With pieces of a
 * megabyte, or the manifest's 8 KB blocks kept as pieces of their own, the 1.5 GB manifest of a million
 * data sets was copied from region to region; at 100,000 data sets the collector's CPU time fell from
 * 2.73 to 1.61 s over 20 plan+render runs and its pauses from 3.74 to 1.80 s ({@code -Xlog:gc,gc+cpu},
 * {@code bench.PlanRenderCpu 100000 10}).
 */
public final class ChunkedText extends Writer {

    private static final int PIECE = 16 << 20;

    private final List<String> pieces = new ArrayList<>();
    /** A write of at least this many characters is made a string first (see {@link #write(char[], int, int)}). */
    private static final int WHOLE = 1024;

    /**
     * The most characters a Java string holds: an array is at most {@code Integer.MAX_VALUE - 8} long on
     * HotSpot (a JVM refuses a larger one with "Requested array size exceeds VM limit"), and a string of
     * Latin-1 characters keeps one byte per character.
     */
    public static final long MAX_CHARS = Integer.MAX_VALUE - 8;

    private final StringBuilder current = new StringBuilder();
    private final long maxChars;
    private final String what;
    private final String instead;
    /** Characters written so far, pieces and current together. */
    private long written;

    /** An empty text of at most {@link #MAX_CHARS} characters. */
    public ChunkedText() {
        this(MAX_CHARS, "the text", "");
    }

    /**
     * An empty text of at most {@link #MAX_CHARS} characters: {@code what} names it and {@code instead}
     * (appended as it is) says what to do instead, in the message of a write past that
     * ({@link TextTooLargeException}).
     */
    public ChunkedText(String what, String instead) {
        this(MAX_CHARS, what, instead);
    }

    ChunkedText(long maxChars, String what, String instead) {
        this.maxChars = maxChars;
        this.what = what;
        this.instead = instead;
    }

    /** Counts {@code more} characters in, refusing them when the text would pass what one string holds. */
    private void grow(long more) {
        if (written + more > maxChars) {
            throw new TextTooLargeException(String.format(java.util.Locale.ROOT,
                    "%s would be longer than %,d characters, the most one Java string holds%s", what, maxChars,
                    instead));
        }
        written += more;
    }

    /**
     * A writer's buffer (the manifest comes 8,192 characters at a time) becomes a string first: a string is
     * made from characters with the JDK's vectorised compression, while {@code StringBuilder.append(char[])}
     * (and {@code StringWriter}, over a StringBuffer) checks and copies them one at a time, which was a
     * third of writing the manifest. That string dies at once; appending it copies bytes.
     */
    @Override
    public void write(char[] buffer, int offset, int length) {
        grow(length);
        if (length >= WHOLE) {
            current.append(new String(buffer, offset, length));
        } else {
            current.append(buffer, offset, length);
        }
        cut();
    }

    @Override
    public void write(String text, int offset, int length) {
        grow(length);
        current.append(text, offset, offset + length);
        cut();
    }

    /**
     * Appends {@code text} as it is: the records of a {@code jcl.write.*} directive come as their
     * StringBuilder ({@code Records}), whose bytes a StringBuilder takes over in one copy, where
     * {@code Writer.append} would first copy them into a string of their own.
     */
    @Override
    public ChunkedText append(CharSequence text) {
        CharSequence appended = text == null ? "null" : text;
        grow(appended.length());
        current.append(appended);
        cut();
        return this;
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
