package dev.zdeploy.simulate;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The UNIX file system as the jobs see it: directories that exist, file systems mounted (mount
 * point to data set name), and for each mounted or unzipped tree what was unzipped into it
 * (directory to archive id).
 */
public final class UnixView {
    public Set<String> directories = new TreeSet<>();
    public Map<String, String> mounts = new TreeMap<>();

    UnixView copy() {
        UnixView u = new UnixView();
        u.directories.addAll(directories);
        u.mounts.putAll(mounts);
        return u;
    }

    static String normal(String path) {
        String p = path.replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
