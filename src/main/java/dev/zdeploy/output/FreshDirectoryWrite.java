package dev.zdeploy.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a new directory all or nothing: everything is built in a scratch directory beside the
 * target and renamed into place in one step. Whatever fails, the scratch directory, and any parent
 * directory created for the target, are gone afterwards.
 */
final class FreshDirectoryWrite {

    private FreshDirectoryWrite() {}

    /** Writes {@code files} into the directory {@code target}, which does not exist yet. */
    static void write(Path target, List<OutputFile> files, FileWriteHook hook, WriteFailures failures)
            throws IOException {
        List<Path> createdParents;
        try {
            createdParents = createMissingParents(target);
        } catch (IOException e) {
            throw failures.cannotWrite(target, e);
        }
        Path scratch = ScratchFiles.siblingOf(target);
        boolean published = false;
        Throwable failure = null;
        try {
            Files.createDirectory(scratch);
            for (OutputFile file : files) {
                Path path = scratch.resolve(file.path());
                Files.createDirectories(path.getParent());
                writeNew(path, file.bytes(), hook);
            }
            ScratchFiles.publishDirectory(scratch, target);
            published = true;
        } catch (IOException e) {
            failure = failures.cannotWrite(target, e);
            throw (IOException) failure;
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            if (!published) {
                ScratchFiles.deleteQuietly(scratch, failure);
                removeEmpty(createdParents, failure);
            }
        }
    }

    static void writeNew(Path file, byte[] bytes, FileWriteHook hook) throws IOException {
        hook.beforeWrite(file);
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /**
     * Creates the missing ancestors of {@code path}, returning them nearest the root first; on a
     * failure those created are removed again.
     */
    static List<Path> createMissingParents(Path path) throws IOException {
        List<Path> missing = new ArrayList<>();
        Path existing = path.getParent();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            missing.add(0, existing);
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new NotDirectoryException(existing.toString());
        }
        List<Path> created = new ArrayList<>();
        try {
            for (Path directory : missing) {
                Files.createDirectory(directory);
                created.add(directory);
            }
        } catch (IOException e) {
            removeEmpty(created, e);
            throw e;
        }
        return created;
    }

    /** Removes directories {@link #createMissingParents} created, deepest first, while they are empty. */
    static void removeEmpty(List<Path> createdParents, Throwable failure) {
        for (int i = createdParents.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(createdParents.get(i));
            } catch (IOException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                }
                return;
            }
        }
    }
}
