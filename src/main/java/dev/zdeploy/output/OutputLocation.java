package dev.zdeploy.output;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where a directory is written, and whether it may be: the path as the user gave it (absolute), for
 * every message, and the real directory, for every file operation. A symbolic link to a directory is
 * written through (the link stays a link; its target is updated). Refused as the output of any command:
 * a file system root, the root directory, and the user's home directory; zdeploy writes a directory of
 * its own, never one of those.
 *
 * @param shown the directory as messages name it
 * @param real  the directory the files go to
 */
record OutputLocation(Path shown, Path real) {

    /** The longest directory name: 255 bytes, less what zdeploy adds for the files beside it. */
    static final int MAX_NAME = 200;

    static OutputLocation of(Path directory, WriteFailures what) throws IOException {
        return of(directory, what, home());
    }

    /** As {@link #of(Path, WriteFailures)} with the home directory given (null: none). */
    static OutputLocation of(Path directory, WriteFailures what, Path home) throws IOException {
        Path shown = directory.toAbsolutePath().normalize();
        Path real = shown;
        if (Files.isSymbolicLink(shown)) {
            if (!Files.isDirectory(shown)) {
                throw what.cannotWrite(shown, "it is a symbolic link to " + OutputText.shown(
                        String.valueOf(Files.readSymbolicLink(shown))) + ", which is not a directory");
            }
            real = shown.toRealPath();
        }
        if (Files.exists(real, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            throw what.cannotWrite(shown, "it exists and is not a directory");
        }
        if (real.getParent() == null) {
            throw what.cannotWrite(shown, "the root directory is never an output directory");
        }
        if (real.getFileName().toString().length() > MAX_NAME) {
            // Beside it go .<name>.zdeploy-journal-new and the like, which must fit a file name too.
            throw what.cannotWrite(shown, "its name is longer than " + MAX_NAME + " characters");
        }
        if (home != null && Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)
                && Files.isSameFile(real, home)) {
            throw what.cannotWrite(shown, "it is your home directory; name a directory of its own inside it");
        }
        if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS) && isFileSystemRoot(real)) {
            throw what.cannotWrite(shown, "it is the root of a file system (a mount point); name a directory"
                    + " inside it");
        }
        return new OutputLocation(shown, real);
    }

    private static Path home() {
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank() || home.equals("?")) {
            return null;
        }
        Path path = Path.of(home).toAbsolutePath();
        return Files.isDirectory(path) ? path : null;
    }

    /** Whether {@code directory} is where a file system is mounted: its parent is on another one. */
    private static boolean isFileSystemRoot(Path directory) throws IOException {
        FileStore own = Files.getFileStore(directory);
        FileStore parent = Files.getFileStore(directory.getParent());
        return !own.equals(parent);
    }
}
