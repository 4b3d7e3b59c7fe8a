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

/** Every entry below a directory with its bytes and modification time, to assert nothing changed. */
final class DirectorySnapshot {

    private DirectorySnapshot() {}

    static Map<String, String> of(Path root) {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(path -> !path.equals(root)).forEach(path -> entries.put(root.relativize(path).toString(), describe(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
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
