package dev.zdeploy.output;

import java.io.IOException;
import java.io.Writer;

/** Text written straight into its file (the manifest), never held whole as a string. */
@FunctionalInterface
public interface TextContent {
    /** Writes the whole text to {@code out}; the caller flushes and closes it. */
    void writeTo(Writer out) throws IOException;
}
