package dev.zdeploy.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Updates an existing directory that holds only files zdeploy wrote, as close to all or nothing as a
 * directory of separate files allows: every new text is first staged in a scratch file beside its
 * final name (a failure there leaves the directory exactly as it was), then the scratch files are
 * renamed over their final names, and only then are files zdeploy wrote that no longer belong deleted.
 * Files whose bytes are already right are not touched, so they keep their modification time.
 */
final class InPlaceUpdate {

    /**
     * What an update did, each list in the order of the files given.
     *
     * @param written   paths rewritten or added
     * @param unchanged paths that already held the same bytes
     * @param removed   paths zdeploy had written that no longer belong, sorted
     */
    record Changes(List<String> written, List<String> unchanged, List<String> removed) {}

    private final Path target;
    private final StagedFiles staged;
    private final List<Path> createdDirectories = new ArrayList<>();

    private InPlaceUpdate(Path target, FileWriteHook hook) {
        this.target = target;
        this.staged = new StagedFiles(hook);
    }

    /**
     * Writes {@code files} (the last of them the ownership record) into {@code target}, whose content
     * {@code existing} holds nothing foreign.
     */
    static Changes apply(Path target, List<OutputFile> files, TargetContent existing, FileWriteHook hook,
            WriteFailures failures) throws IOException {
        return new InPlaceUpdate(target, hook).run(files, existing, failures);
    }

    private Changes run(List<OutputFile> files, TargetContent existing, WriteFailures failures) throws IOException {
        Throwable failure = null;
        try {
            List<String> written = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            for (OutputFile file : files) {
                boolean changed = stageIfChanged(file);
                (changed ? written : unchanged).add(file.path());
            }
            staged.publish();
            return new Changes(written, unchanged, removeStale(files, existing));
        } catch (IOException e) {
            failure = staged.failure(failures, target, e, "changed files", "run again to finish");
            throw (IOException) failure;
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            staged.discard(failure);
            if (failure != null && staged.published() == 0) {
                FreshDirectoryWrite.removeEmpty(createdDirectories, failure);
            }
        }
    }

    private boolean stageIfChanged(OutputFile file) throws IOException {
        Path finalPath = target.resolve(file.path());
        if (holds(finalPath, file.bytes())) {
            return false;
        }
        createdDirectories.addAll(FreshDirectoryWrite.createMissingParents(finalPath));
        staged.stage(finalPath, file.bytes());
        return true;
    }

    /** Whether {@code file} is a regular file holding exactly {@code bytes}. */
    static boolean holds(Path file, byte[] bytes) throws IOException {
        return Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes);
    }

    private List<String> removeStale(List<OutputFile> files, TargetContent existing) throws IOException {
        Set<String> current = new HashSet<>();
        files.forEach(file -> current.add(file.path()));
        List<String> removed = new ArrayList<>();
        for (String path : existing.ours()) {
            if (!current.contains(path)) {
                Files.delete(target.resolve(path));
                removed.add(path);
            }
        }
        for (Path leftover : existing.scratch()) {
            Files.deleteIfExists(leftover);
        }
        return removed;
    }
}
