package dev.zdeploy.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Turns a low-level I/O failure into one line a user can act on, naming the directory being written:
 * the output directory of a render, or the directory templates are exported to.
 */
final class WriteFailures {

    static final WriteFailures OUTPUT = new WriteFailures("output directory");
    static final WriteFailures TEMPLATES = new WriteFailures("template directory");

    private final String what;

    private WriteFailures(String what) {
        this.what = what;
    }

    IOException cannotWrite(Path directory, IOException cause) {
        return new IOException("cannot write " + what + " " + directory + ": " + reason(cause), cause);
    }

    IOException cannotWrite(Path directory, IOException cause, String consequence) {
        return new IOException("cannot write " + what + " " + directory + ": " + reason(cause) + "; " + consequence,
                cause);
    }

    IOException cannotWrite(Path directory, String reason) {
        return new IOException("cannot write " + what + " " + directory + ": " + reason);
    }

    private static String reason(IOException cause) {
        if (cause instanceof AccessDeniedException denied) {
            Path file = Path.of(denied.getFile());
            return "no permission to write in " + (file.getParent() == null ? file : file.getParent());
        }
        if (cause instanceof NotDirectoryException notDirectory) {
            return notDirectory.getFile() + " is not a directory";
        }
        if (cause instanceof NoSuchFileException missing) {
            return missing.getFile() + " does not exist";
        }
        if (cause instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " already exists";
        }
        if (cause instanceof FileSystemException fileSystem) {
            String why = fileSystem.getReason() == null ? cause.getClass().getSimpleName() : fileSystem.getReason();
            return fileSystem.getFile() + ": " + why;
        }
        return String.valueOf(cause.getMessage());
    }
}
