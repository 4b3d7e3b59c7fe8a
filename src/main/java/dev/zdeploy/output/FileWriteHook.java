package dev.zdeploy.output;

import java.io.IOException;
import java.nio.file.Path;

/** Called before each file the writer creates; tests use it to inject a failure mid-write. */
@FunctionalInterface
interface FileWriteHook {

    FileWriteHook NONE = file -> {};

    void beforeWrite(Path file) throws IOException;
}
