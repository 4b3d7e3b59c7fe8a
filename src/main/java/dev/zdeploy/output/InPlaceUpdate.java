package dev.zdeploy.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Updates an existing output directory that holds only zdeploy's files, as close to all or nothing as
 * a directory of separate files allows: every new text is first staged in a scratch file beside its
 * final name (a failure there leaves the directory exactly as it was), then the scratch files are
 * renamed over their final names, and only then are members that no longer belong deleted. Files
 * whose bytes are already right are not touched, so they keep their modification time.
 */
final class InPlaceUpdate {

    private final Path target;
    private final StagedFiles staged;
    private Path createdManifestDirectory;

    private InPlaceUpdate(Path target, FileWriteHook hook) {
        this.target = target;
        this.staged = new StagedFiles(hook);
    }

    static WriteReport apply(Path target, RenderedOutput output, TargetContent existing, FileWriteHook hook)
            throws IOException {
        return new InPlaceUpdate(target, hook).run(output, existing);
    }

    private WriteReport run(RenderedOutput output, TargetContent existing) throws IOException {
        Throwable failure = null;
        try {
            List<String> written = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            for (Member member : output.members()) {
                boolean changed = stageIfChanged(target.resolve(member.name()),
                        member.text().getBytes(StandardCharsets.US_ASCII));
                (changed ? written : unchanged).add(member.name());
            }
            boolean manifestWritten = stageIfChanged(manifestPath(), output.manifestJson().getBytes(StandardCharsets.UTF_8));
            staged.publish();
            List<String> removed = removeStale(output, existing);
            return new WriteReport(target, written, unchanged, removed, manifestWritten);
        } catch (IOException e) {
            failure = staged.failure(WriteFailures.OUTPUT, target, e, "changed files", "run again to finish");
            throw (IOException) failure;
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            staged.discard(failure);
            if (failure != null && createdManifestDirectory != null) {
                ScratchFiles.deleteQuietly(createdManifestDirectory, failure);
            }
        }
    }

    private Path manifestPath() throws IOException {
        Path directory = target.resolve(TargetContent.MANIFEST_DIRECTORY);
        if (!Files.isDirectory(directory)) {
            createdManifestDirectory = Files.createDirectory(directory);
        }
        return directory.resolve(TargetContent.MANIFEST_FILE);
    }

    private boolean stageIfChanged(Path finalPath, byte[] bytes) throws IOException {
        if (holds(finalPath, bytes)) {
            return false;
        }
        staged.stage(finalPath, bytes);
        return true;
    }

    /** Whether {@code file} is a regular file holding exactly {@code bytes}. */
    static boolean holds(Path file, byte[] bytes) throws IOException {
        return Files.isRegularFile(file) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes);
    }

    private List<String> removeStale(RenderedOutput output, TargetContent existing) throws IOException {
        Set<String> current = new HashSet<>();
        output.members().forEach(member -> current.add(member.name()));
        List<String> removed = new ArrayList<>();
        for (String name : existing.members()) {
            if (!current.contains(name)) {
                Files.delete(target.resolve(name));
                removed.add(name);
            }
        }
        for (Path leftover : existing.scratch()) {
            Files.deleteIfExists(leftover);
        }
        return removed;
    }
}
