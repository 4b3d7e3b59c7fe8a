package dev.zdeploy.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the background JVMs' sockets, locks and logs live: {@code $ZDEPLOY_DAEMON_DIR} when set (tests,
 * or a user's choice), else {@code $XDG_RUNTIME_DIR/zdeploy} (a per-user directory the login session
 * owns, emptied at logout), else {@code <java.io.tmpdir>/zdeploy-<user>}.
 *
 * <p>Whoever can connect to a socket there runs commands as its owner, so the directory is used only
 * when it is ours alone: a real directory (not a symbolic link), owned by us, with no group or other
 * permissions. In a shared /tmp another user could create {@code zdeploy-<user>} first; then it is
 * refused, never repaired (it is not ours to change), and zdeploy runs without a daemon.
 */
final class DaemonDirectory {

    private DaemonDirectory() {}

    /** The directory for this user; null when none can be named. */
    static Path path() {
        String explicit = System.getenv("ZDEPLOY_DAEMON_DIR");
        if (explicit != null && !explicit.isEmpty()) {
            return Path.of(explicit).toAbsolutePath();
        }
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        if (runtime != null && runtime.startsWith("/")) {
            return Path.of(runtime, "zdeploy");
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "zdeploy-" + System.getProperty("user.name"));
    }

    /**
     * Why {@code dir} must not be used, or null when it is safe; with {@code create}, a missing directory
     * is made (mode 0700; its parent must exist).
     */
    static String unsafe(Path dir, boolean create) {
        try {
            PosixFileAttributes attributes;
            try {
                attributes = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (java.nio.file.NoSuchFileException e) {
                if (!create) {
                    return null;
                }
                try {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (FileAlreadyExistsException raced) {
                    // Made by a concurrent client (or by someone else: checked below like any other).
                }
                attributes = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            }
            if (attributes.isSymbolicLink()) {
                return dir + " is a symbolic link";
            }
            if (!attributes.isDirectory()) {
                return dir + " is not a directory";
            }
            if (!attributes.owner().getName().equals(System.getProperty("user.name"))) {
                return dir + " belongs to " + attributes.owner().getName() + ", not to " + System.getProperty("user.name");
            }
            for (PosixFilePermission permission : attributes.permissions()) {
                if (permission.name().startsWith("GROUP") || permission.name().startsWith("OTHERS")) {
                    return dir + " is accessible to others (" + PosixFilePermissions.toString(attributes.permissions())
                            + "; it must be rwx------)";
                }
            }
            return null;
        } catch (IOException | UnsupportedOperationException e) {
            return dir + ": " + e;
        }
    }
}
