package dev.zdeploy.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a new output directory all or nothing: everything is built in a scratch directory beside the
 * target and renamed into place in one step. Whatever fails, the scratch directory, and any parent
 * directory created for the target, are gone afterwards.
 */
final class FreshDirectoryWrite {

    private FreshDirectoryWrite() {}

    static WriteReport write(Path target, RenderedOutput output, FileWriteHook hook) throws IOException {
        List<Path> createdParents = createMissingParents(target);
        Path scratch = ScratchFiles.siblingOf(target);
        boolean published = false;
        Throwable failure = null;
        try {
            Files.createDirectory(scratch);
            List<String> written = new ArrayList<>();
            for (Member member : output.members()) {
                writeNew(scratch.resolve(member.name()), member.text().getBytes(StandardCharsets.US_ASCII), hook);
                written.add(member.name());
            }
            Path manifestDirectory = Files.createDirectory(scratch.resolve(TargetContent.MANIFEST_DIRECTORY));
            writeNew(manifestDirectory.resolve(TargetContent.MANIFEST_FILE),
                    output.manifestJson().getBytes(StandardCharsets.UTF_8), hook);
            ScratchFiles.publishDirectory(scratch, target);
            published = true;
            return new WriteReport(target, written, List.of(), List.of(), true);
        } catch (IOException e) {
            failure = WriteFailures.cannotWrite(target, e);
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

    /** Creates the target's missing ancestors, returning them nearest the root first. */
    private static List<Path> createMissingParents(Path target) throws IOException {
        List<Path> missing = new ArrayList<>();
        Path existing = target.getParent();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            missing.add(0, existing);
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw WriteFailures.cannotWrite(target, existing + " is not a directory");
        }
        List<Path> created = new ArrayList<>();
        try {
            for (Path directory : missing) {
                Files.createDirectory(directory);
                created.add(directory);
            }
        } catch (IOException e) {
            IOException failure = WriteFailures.cannotWrite(target, e);
            removeEmpty(created, failure);
            throw failure;
        }
        return created;
    }

    private static void removeEmpty(List<Path> createdParents, Throwable failure) {
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
