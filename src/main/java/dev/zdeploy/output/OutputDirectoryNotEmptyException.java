package dev.zdeploy.output;

import java.io.IOException;
import java.nio.file.Path;

/** The output directory already holds files and the caller did not ask to update it (no --force). */
public final class OutputDirectoryNotEmptyException extends IOException {

    private final transient Path directory;

    public OutputDirectoryNotEmptyException(Path directory) {
        super("output directory " + directory + " is not empty; use --force to update the members in it"
                + " (changed members are rewritten, members that no longer belong are removed)");
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
