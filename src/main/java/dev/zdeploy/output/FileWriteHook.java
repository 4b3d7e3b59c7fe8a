package dev.zdeploy.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Called before each file the writer creates, and before each step of an update that a crash could
 * interrupt; tests use it to inject a failure, or a crash ({@link Halt}), at exactly that point.
 */
@FunctionalInterface
interface FileWriteHook {

    FileWriteHook NONE = file -> {};

    /** The steps of {@link DirectoryUpdate} after which a crash leaves something for the next run to recover. */
    enum Step {
        /** The journal is about to be written (or rewritten for the exchange). */
        WRITE_JOURNAL,
        /** The complete new directory is about to be renamed into place (a new target). */
        PUBLISH,
        /** The existing directory is about to be renamed aside. */
        MOVE_ASIDE,
        /** The new directory is about to be renamed into place (an update). */
        MOVE_IN,
        /** The previous directory, now aside, is about to be deleted. */
        DELETE_PREVIOUS,
        /** The journal is about to be deleted: the update is complete. */
        DELETE_JOURNAL
    }

    void beforeWrite(Path file) throws IOException;

    /** Before {@code step}, which acts on {@code path}. */
    default void beforeStep(Step step, Path path) throws IOException {}

    /**
     * Thrown by a test hook to stop a run where it is, as {@code kill -9} would: nothing is cleaned up
     * and nothing is undone; only the lock is given up, as the operating system releases a killed
     * process's locks.
     */
    final class Halt extends Error {
        private static final long serialVersionUID = 1L;

        Halt(String where) {
            super("halted before " + where);
        }
    }
}
