package dev.zdeploy.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every entry below a directory with its bytes and modification time, to assert nothing changed. The
 * lock file zdeploy keeps beside a directory it writes ({@code .<name>.zdeploy-lock}) is left out: every
 * run takes the lock, refused or not, and the file holds nothing but the last holder's process id.
 */
final class DirectorySnapshot {

    private DirectorySnapshot() {}

    static Map<String, String> of(Path root) {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(path -> !path.equals(root) && !isLock(path)).forEach(path -> entries.put(root.relativize(path).toString(), describe(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static boolean isLock(Path path) {
        return path.getFileName().toString().endsWith(".zdeploy-lock");
    }

    private static String describe(Path path) {
        try {
            FileTime modified = Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
            if (Files.isSymbolicLink(path)) {
                return "link to " + Files.readSymbolicLink(path) + " @" + modified;
            }
            if (Files.isDirectory(path)) {
                return "directory";
            }
            return Arrays.toString(Files.readAllBytes(path)) + " @" + modified;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
