package dev.zdeploy.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Deleting zdeploy's own scratch directories ({@link SiblingNames}), never following a link out of them. */
final class ScratchFiles {

    private ScratchFiles() {}

    /** Deletes a file or a directory tree without following links; missing is fine. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                // A directory the user made read-only (the previous output, carried aside) is still ours to empty.
                if (!Files.isWritable(dir)) {
                    try {
                        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS);
                        permissions.add(PosixFilePermission.OWNER_WRITE);
                        permissions.add(PosixFilePermission.OWNER_EXECUTE);
                        Files.setPosixFilePermissions(dir, permissions);
                    } catch (IOException | UnsupportedOperationException e) {
                        // Deleting its entries fails and says why.
                    }
                }
                return FileVisitResult.CONTINUE;
            }

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

    /**
     * Deletes {@code previous}, the content an update put aside, if it still holds only what zdeploy
     * wrote: a file someone put into the directory while the update ran went aside with it and must
     * not be deleted with it.
     *
     * @return empty when deleted, otherwise what is left and why, for the user
     */
    static java.util.Optional<String> deletePrevious(Path previous) throws IOException {
        TargetContent content = TargetContent.scan(previous);
        if (!content.foreign().isEmpty()) {
            return java.util.Optional.of("left alone: " + OutputText.shown(previous.getFileName().toString())
                    + " beside it, the previous content, holds files zdeploy did not write ("
                    + content.foreign().stream().limit(ForeignContentException.NAMED).map(Object::toString)
                            .collect(java.util.stream.Collectors.joining(", "))
                    + "); move them out and delete it");
        }
        deleteTree(previous);
        return java.util.Optional.empty();
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
