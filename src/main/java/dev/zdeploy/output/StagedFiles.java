package dev.zdeploy.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * New texts for files of an existing directory, each first written to a scratch file beside its final
 * name and only then renamed over it: a failure while staging leaves every final file as it was, and
 * the renames, within one directory, are the least that can fail once everything is written.
 */
final class StagedFiles {

    private final FileWriteHook hook;
    /** Scratch file to the final file it replaces, in staging order. */
    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private int published;

    StagedFiles(FileWriteHook hook) {
        this.hook = hook;
    }

    void stage(Path finalPath, byte[] bytes) throws IOException {
        Path scratch = ScratchFiles.siblingOf(finalPath);
        staged.put(scratch, finalPath);
        FreshDirectoryWrite.writeNew(scratch, bytes, hook);
    }

    /** Renames every staged file over its final name, in staging order. */
    void publish() throws IOException {
        for (Map.Entry<Path, Path> move : staged.entrySet()) {
            ScratchFiles.publishFile(move.getKey(), move.getValue());
            published++;
        }
    }

    /** How many staged files {@link #publish()} has put in place. */
    int published() {
        return published;
    }

    /**
     * What to report when {@code cause} stopped the write: once some staged files are in place, also
     * how many, and how to finish ({@code rerun}).
     *
     * @param files what the staged files are, counted ("changed files", "templates")
     */
    IOException failure(WriteFailures failures, Path directory, IOException cause, String files, String rerun) {
        if (published == 0) {
            return failures.cannotWrite(directory, cause);
        }
        return failures.cannotWrite(directory, cause, "the directory is partially updated: " + published + " of "
                + staged.size() + " " + files + " were already in place; " + rerun);
    }

    /** In a finally block: removes the scratch files not published; a failure to is added to {@code failure}. */
    void discard(Throwable failure) {
        for (Path scratch : staged.keySet()) {
            ScratchFiles.deleteQuietly(scratch, failure);
        }
    }
}
