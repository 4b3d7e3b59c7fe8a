package dev.zdeploy.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The records a {@code jcl.write.*} directive writes, gathered and passed to the member being rendered
 * about {@value #FLUSH_AT} characters at a time; without a sink they are kept whole for the string
 * function of the same name ({@code jcl.dddefUcl(...)} for {@code <@jcl.write.dddefUcl .../>}), so that
 * both write through the same code. The records of a large deployment are a member of hundreds of
 * megabytes (VF's checks at 1,000,000 data sets: 310 MB); gathered whole in one StringBuilder they cost
 * up to three times that at once (the doubling array and its copy into a String), and every doubling
 * copies output far beyond the processor cache again, which made the cost per data set grow with the
 * deployment.
 */
final class Records {

    /** How many characters are gathered before they go to the sink. */
    static final int FLUSH_AT = 64 * 1024;

    private final StringBuilder out = new StringBuilder(256);

    /** Where the records go as they are written; null: they are kept for {@link #text()}. */
    private final Writer sink;

    /** Records kept whole, for {@link #text()}. */
    Records() {
        this(null);
    }

    /** Records passed to {@code sink} in pieces of about {@value #FLUSH_AT} characters; end with {@link #flush()}. */
    Records(Writer sink) {
        this.sink = sink;
    }

    /** Where a statement writer appends its records, each ended by a newline; call {@link #written()} after each statement. */
    StringBuilder out() {
        return out;
    }

    /** Passes the records gathered on to the sink once they reach {@value #FLUSH_AT} characters. */
    void written() {
        if (sink != null && out.length() >= FLUSH_AT) {
            flush();
        }
    }

    /** Passes the records written so far to the sink. */
    void flush() {
        if (sink != null && !out.isEmpty()) {
            try {
                sink.append(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.setLength(0);
        }
    }

    /** The records written (kept whole: no sink), each ending with a newline. */
    String text() {
        return out.toString();
    }
}
