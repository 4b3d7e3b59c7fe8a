package dev.zdeploy.output;

import java.io.IOException;
import java.nio.file.Path;

/** The directory already holds zdeploy's files and the caller did not ask to update it (no --force). */
public final class OutputDirectoryNotEmptyException extends IOException {

    private final transient Path directory;

    public OutputDirectoryNotEmptyException(Path directory) {
        this(WriteFailures.OUTPUT, directory);
    }

    OutputDirectoryNotEmptyException(WriteFailures what, Path directory) {
        super(what.what() + " " + directory + " is not empty; use --force to update the " + what.contents()
                + " in it (changed " + what.contents() + " are rewritten, " + what.contents()
                + " that no longer belong are removed)");
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
