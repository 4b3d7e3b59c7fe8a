package dev.zdeploy.json;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * Writes a JSON document as a stream in the layout zdeploy prints the plan JSON and the manifest in
 * (or, made by {@link #compact}, jackson-core's compact layout, for {@code serve}'s status): two-space indent, LF line ends, every object entry and array element on a line of its
 * own, {@code "name": value}, empty containers as {@code {}} and {@code []} — byte for byte what
 * jackson-core's generator writes with that pretty printer (PrettyJsonWriterTest compares the two on
 * random documents), at a fraction of its cost: the manifest of a million data sets is about 1.5 GB of
 * text, and Jackson checked each character of each value and name one at a time and wrote each
 * indentation through three calls. Strings are escaped as Jackson escapes them by default (RFC 8259):
 * {@code "} and {@code \}, the control characters below U+0020 ({@code \b \t \n \f \r} short, the others
 * as {@code \}{@code u00XX}); everything else, non-ASCII included, is written as it is.
 *
 * <p>The caller keeps the structure well formed (every start ended, a name before each object value);
 * this writer does not check it. Text goes to {@code out} in blocks of 8,192 characters; {@link #flush()}
 * writes what is buffered and {@code out} is never closed here.
 */
public final class PrettyJsonWriter {

    private static final int BLOCK = 8192;
    /** Nesting deeper than this is not written by zdeploy; indentation beyond it is made on the fly. */
    private static final String SPACES = " ".repeat(64);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** For each character below 128: 0 written as is, -1 as {@code \}{@code u00XX}, else the letter after {@code \}. */
    private static final int[] ESCAPES = new int[128];

    static {
        Arrays.fill(ESCAPES, 0, 32, -1);
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
    }

    private final Writer out;
    /** No line ends, no indentation, {@code "name":value}: what jackson-core writes without a pretty printer. */
    private final boolean compact;
    private final char[] buffer = new char[BLOCK];
    private int used;
    private int depth;
    /** Whether the container at each depth has an entry yet: a comma and a line before the next. */
    private boolean[] hasEntries = new boolean[16];
    /** A name was just written: the value goes on its line, after ": ". */
    private boolean afterName;

    public PrettyJsonWriter(Writer out) {
        this(out, false);
    }

    private PrettyJsonWriter(Writer out, boolean compact) {
        this.out = out;
        this.compact = compact;
    }

    /**
     * A writer of the same documents in jackson-core's compact layout (no line ends or indentation,
     * {@code "name":value}), byte for byte as an {@code ObjectMapper} prints them: for the service's
     * responses, which hold the plan's data sets as the plan JSON has them.
     */
    public static PrettyJsonWriter compact(Writer out) {
        return new PrettyJsonWriter(out, true);
    }

    public void startObject() throws IOException {
        beforeValue();
        open('{');
    }

    public void endObject() throws IOException {
        close('}');
    }

    public void startArray() throws IOException {
        beforeValue();
        open('[');
    }

    public void endArray() throws IOException {
        close(']');
    }

    /** The name of the next entry of the object being written. */
    public void name(String name) throws IOException {
        entry();
        quoted(name);
        text(compact ? ":" : ": ");
        afterName = true;
    }

    /** A string value, or null. */
    public void string(String value) throws IOException {
        beforeValue();
        if (value == null) {
            text("null");
        } else {
            quoted(value);
        }
    }

    public void number(long value) throws IOException {
        beforeValue();
        text(Long.toString(value));
    }

    public void bool(boolean value) throws IOException {
        beforeValue();
        text(value ? "true" : "false");
    }

    public void nullValue() throws IOException {
        beforeValue();
        text("null");
    }

    public void stringField(String name, String value) throws IOException {
        name(name);
        string(value);
    }

    public void numberField(String name, long value) throws IOException {
        name(name);
        number(value);
    }

    public void boolField(String name, boolean value) throws IOException {
        name(name);
        bool(value);
    }

    public void nullField(String name) throws IOException {
        name(name);
        nullValue();
    }

    public void objectField(String name) throws IOException {
        name(name);
        startObject();
    }

    public void arrayField(String name) throws IOException {
        name(name);
        startArray();
    }

    /** Writes what is buffered to the writer (which is flushed too). */
    public void flush() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
        out.flush();
    }

    /** Writes {@code raw} as it is, outside any value: the document's final line end. */
    public void raw(String raw) throws IOException {
        text(raw);
    }

    private void open(char bracket) throws IOException {
        put(bracket);
        depth++;
        if (depth == hasEntries.length) {
            hasEntries = Arrays.copyOf(hasEntries, depth * 2);
        }
        hasEntries[depth] = false;
    }

    private void close(char bracket) throws IOException {
        boolean any = hasEntries[depth];
        depth--;
        if (any) {
            lineAndIndent();
        }
        put(bracket);
    }

    /** An array element or an object's name: a comma after the entry before, then its own line. */
    private void entry() throws IOException {
        if (hasEntries[depth]) {
            put(',');
        }
        hasEntries[depth] = true;
        lineAndIndent();
    }

    private void beforeValue() throws IOException {
        if (afterName) {
            afterName = false;
        } else if (depth > 0) {
            entry();
        }
    }

    private void lineAndIndent() throws IOException {
        if (compact) {
            return;
        }
        put('\n');
        int spaces = depth * 2;
        while (spaces > 0) {
            int n = Math.min(spaces, SPACES.length());
            text(SPACES, n);
            spaces -= n;
        }
    }

    private void quoted(String value) throws IOException {
        put('"');
        int length = value.length();
        int from = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 128 && ESCAPES[c] != 0) {
                text(value, from, i);
                escape(c);
                from = i + 1;
            }
        }
        text(value, from, length);
        put('"');
    }

    private void escape(char c) throws IOException {
        int escape = ESCAPES[c];
        put('\\');
        if (escape > 0) {
            put((char) escape);
        } else {
            put('u');
            put('0');
            put('0');
            put(HEX[c >> 4]);
            put(HEX[c & 0xF]);
        }
    }

    private void text(String text) throws IOException {
        text(text, 0, text.length());
    }

    private void text(String text, int length) throws IOException {
        text(text, 0, length);
    }

    /** Characters {@code from} to {@code to} (exclusive) of {@code text}. */
    private void text(String text, int from, int to) throws IOException {
        while (from < to) {
            if (used == BLOCK) {
                drain();
            }
            int n = Math.min(to - from, BLOCK - used);
            text.getChars(from, from + n, buffer, used);
            used += n;
            from += n;
        }
    }

    private void put(char c) throws IOException {
        if (used == BLOCK) {
            drain();
        }
        buffer[used++] = c;
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }
}
