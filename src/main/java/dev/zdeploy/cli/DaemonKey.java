package dev.zdeploy.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a background JVM must share with a client for its output to be byte for byte the client's own:
 * the same program (every class path entry by real path, size, modification time and inode: a rebuilt
 * jar is another program), the same JDK, the same working directory (by name, for the absolute paths
 * messages print, and by device and inode, for relative paths the kernel resolves), and the same
 * locale, encodings, user and home (messages, file names, the refusal to write into the home directory),
 * and the umask (the permissions of the files written).
 * Nothing else reaches a command's output: no command reads the environment, the terminal or the clock's
 * time zone (checked when this was written: no getenv, console or default-zone use under src/main).
 *
 * <p>Built from plain string concatenation and a hand-written hash: this runs in every cold client,
 * where loading MessageDigest or a lambda would cost more than the whole key.
 */
final class DaemonKey {

    /** Bumped when the protocol or the key's meaning changes. */
    static final String VERSION = "zdeploy-daemon 1";

    /**
     * The client's umask, from bin/zdeploy (Java can neither read nor set it): the files a daemon writes get
     * the daemon's umask, which it inherited from the client that started it, passed on under this name.
     */
    static final String UMASK = "zdeploy.daemon.umask";

    private static final String[] PROPERTIES = {"java.home", "java.vm.version", "user.dir", "user.name", "user.home",
        "user.language", "user.country", "user.variant", "user.script", "file.encoding", "sun.jnu.encoding",
        "native.encoding", "line.separator", "java.io.tmpdir", UMASK};

    private final String text;

    private DaemonKey(String text) {
        this.text = text;
    }

    /**
     * This JVM's key, or null when it has none: a class path entry that is a directory (its contents can
     * change without it changing) or that cannot be read.
     */
    static DaemonKey current() {
        StringBuilder key = new StringBuilder(VERSION).append('\n');
        try {
            String classPath = System.getProperty("java.class.path", "");
            if (classPath.isEmpty()) {
                return null;
            }
            for (String entry : classPath.split(File.pathSeparator)) {
                Path real = Path.of(entry).toRealPath();
                Map<String, Object> file = Files.readAttributes(real, "unix:isRegularFile,size,lastModifiedTime,ino");
                if (!Boolean.TRUE.equals(file.get("isRegularFile"))) {
                    return null;
                }
                key.append("jar ").append(real).append(' ').append(file.get("size")).append(' ')
                        .append(((FileTime) file.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS)).append(' ')
                        .append(file.get("ino")).append('\n');
            }
            Map<String, Object> cwd = Files.readAttributes(Path.of("."), "unix:dev,ino");
            key.append("cwd ").append(cwd.get("dev")).append(' ').append(cwd.get("ino")).append('\n');
        } catch (IOException | RuntimeException e) {
            // No unix attribute view (not a POSIX system), a vanished jar or directory: no daemon.
            return null;
        }
        for (String property : PROPERTIES) {
            key.append(property).append('=').append(System.getProperty(property)).append('\n');
        }
        return new DaemonKey(key.toString());
    }

    static DaemonKey of(String text) {
        return new DaemonKey(text);
    }

    String text() {
        return text;
    }

    /** The class path, for starting a daemon running the same program. */
    static String classPath() {
        return System.getProperty("java.class.path");
    }

    /**
     * The socket's file name: a 64-bit FNV-1a hash of the key (a Unix socket path has at most about 107
     * bytes, the key is far longer). A collision is harmless: the daemon compares the whole key and refuses.
     */
    String name() {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return "0000000000000000".substring(hex.length()) + hex;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DaemonKey key && key.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
