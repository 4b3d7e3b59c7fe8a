package dev.zdeploy.plan;

import dev.zdeploy.request.MountPointChange;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The request's mount point changes ({@code configuration.mountpoints}). A file system data set
 * moves when its mount point is a change's {@code from}; a path (a DDDEF's PATH) moves when it
 * lies under a changed mount point, the longest such {@code from} deciding. Trailing slashes do not
 * matter when comparing.
 */
final class MountPoints {

    private final List<MountPointChange> changes;
    private final String[] froms;
    private final boolean[] used;

    MountPoints(List<MountPointChange> changes) {
        this.changes = changes;
        this.froms = new String[changes.size()];
        this.used = new boolean[changes.size()];
        for (int i = 0; i < froms.length; i++) {
            froms[i] = trim(changes.get(i).from());
        }
    }

    /** The target mount point of a file system mounted at {@code mountpoint} (itself when unchanged). */
    String move(String mountpoint) {
        if (mountpoint == null) {
            return null;
        }
        String trimmed = trim(mountpoint);
        for (int i = 0; i < froms.length; i++) {
            if (froms[i].equals(trimmed)) {
                used[i] = true;
                return trim(changes.get(i).to());
            }
        }
        return mountpoint;
    }

    /** The path in the target: its changed mount point prefix replaced, else the path itself. */
    String movePath(String path) {
        if (path == null) {
            return null;
        }
        int best = -1;
        for (int i = 0; i < froms.length; i++) {
            if (isUnder(path, froms[i]) && (best < 0 || froms[i].length() > froms[best].length())) {
                best = i;
            }
        }
        if (best < 0) {
            return path;
        }
        String to = trim(changes.get(best).to());
        String rest = froms[best].equals("/") ? path.substring(1) : path.substring(froms[best].length());
        if (to.equals("/") && rest.startsWith("/")) {
            return rest;
        }
        return to.equals("/") ? "/" + rest : to + rest;
    }

    /** Indexes of the changes whose {@code from} matched no file system's mount point. */
    List<Integer> unused() {
        return IntStream.range(0, used.length).filter(i -> !used[i]).boxed().toList();
    }

    List<MountPointChange> changes() {
        return changes;
    }

    private static boolean isUnder(String path, String mountpoint) {
        if (mountpoint.equals("/")) {
            return path.startsWith("/");
        }
        return path.startsWith(mountpoint)
                && (path.length() == mountpoint.length() || path.charAt(mountpoint.length()) == '/');
    }

    private static String trim(String path) {
        String trimmed = path;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
