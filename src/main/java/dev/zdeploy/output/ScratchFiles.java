package dev.zdeploy.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Scratch names and the moves that publish them. A scratch file or directory lives beside its final
 * name (same directory, so the rename stays on one file system and is atomic) and is named
 * {@code .<name>.zdeploy-tmp-<random>}: hidden, and recognisable as ours if a crash left it behind.
 */
final class ScratchFiles {

    private static final String MARK = ".zdeploy-tmp-";
    private static final Pattern SCRATCH_NAME = Pattern.compile("\\..+\\.zdeploy-tmp-[0-9a-z]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ScratchFiles() {}

    static Path siblingOf(Path finalPath) {
        String name = "." + finalPath.getFileName() + MARK + Long.toUnsignedString(RANDOM.nextLong(), 36);
        return finalPath.resolveSibling(name);
    }

    static boolean isScratchName(String fileName) {
        return SCRATCH_NAME.matcher(fileName).matches();
    }

    /** Renames a file over its final name, atomically where the file system can. */
    static void publishFile(Path scratch, Path finalPath) throws IOException {
        try {
            Files.move(scratch, finalPath, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(scratch, finalPath, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Renames a directory to a name that does not exist yet, atomically where the file system can. */
    static void publishDirectory(Path scratch, Path finalPath) throws IOException {
        try {
            Files.move(scratch, finalPath, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(scratch, finalPath);
        }
    }

    /** Deletes a file or a directory tree without following links; missing is fine. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Cleanup in a finally block: a failure to clean up is attached to the failure being reported. */
    static void deleteQuietly(Path root, Throwable primary) {
        try {
            deleteTree(root);
        } catch (IOException e) {
            if (primary != null) {
                primary.addSuppressed(e);
            }
        }
    }
}
