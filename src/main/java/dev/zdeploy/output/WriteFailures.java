package dev.zdeploy.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Turns a low-level I/O failure into one line a user can act on, naming the directory being written:
 * the output directory of a render, or the directory templates are exported to. Files zdeploy uses
 * only internally (its staging directory beside the target) are named as the user's path they stand
 * for, never by their own names.
 */
final class WriteFailures {

    static final WriteFailures OUTPUT = new WriteFailures("output directory", "members");
    static final WriteFailures TEMPLATES = new WriteFailures("template directory", "templates");

    private final String what;
    private final String contents;

    private WriteFailures(String what, String contents) {
        this.what = what;
        this.contents = contents;
    }

    /** What the directory is called in messages: "output directory" or "template directory". */
    String what() {
        return what;
    }

    /** What zdeploy writes into it, in the plural: "members" or "templates". */
    String contents() {
        return contents;
    }

    IOException cannotWrite(Path directory, IOException cause) {
        return cannotWrite(directory, cause, UnaryOperator.identity());
    }

    /** As {@link #cannotWrite(Path, IOException)}, naming each file the failure names as {@code view} shows it. */
    IOException cannotWrite(Path directory, IOException cause, UnaryOperator<Path> view) {
        return new Complete("cannot write " + what + " " + directory + ": " + reason(cause, view), cause);
    }

    IOException cannotWrite(Path directory, String reason) {
        return new Complete("cannot write " + what + " " + directory + ": " + reason, null);
    }

    /** Whether {@code e} already says all the user needs (what, which directory, why). */
    static boolean isComplete(IOException e) {
        return e instanceof Complete || e instanceof ForeignContentException
                || e instanceof OutputDirectoryNotEmptyException || e instanceof DirectoryLockedException;
    }

    /** A failure already described for the user. */
    private static final class Complete extends IOException {
        private static final long serialVersionUID = 1L;

        Complete(String message, IOException cause) {
            super(message, cause);
        }
    }

    private static String reason(IOException cause, UnaryOperator<Path> view) {
        if (cause instanceof AccessDeniedException denied) {
            Path file = view.apply(Path.of(denied.getFile()));
            return "no permission to write in " + (file.getParent() == null ? file : file.getParent());
        }
        if (cause instanceof FileSystemException fileSystem && fileSystem.getFile() != null) {
            String file = view.apply(Path.of(fileSystem.getFile())).toString();
            if (cause instanceof NotDirectoryException) {
                return file + " is not a directory";
            }
            if (cause instanceof NoSuchFileException) {
                return file + " does not exist";
            }
            if (cause instanceof FileAlreadyExistsException) {
                return file + " already exists";
            }
            String why = fileSystem.getReason() == null ? cause.getClass().getSimpleName() : fileSystem.getReason();
            return file + ": " + why;
        }
        return String.valueOf(cause.getMessage());
    }
}
