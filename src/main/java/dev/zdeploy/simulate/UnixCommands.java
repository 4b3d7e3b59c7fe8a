package dev.zdeploy.simulate;

import java.util.List;
import java.util.Locale;

/**
 * The UNIX operations the jobs run, shared by the shell (BPXBATCH), TSO/E MOUNT and UNMOUNT, and
 * IOEAGFMT: format a zFS aggregate (zFS Administration, "zfsadm format", "IOEAGFMT": an aggregate
 * already formatted is formatted again only with -overwrite), mount a formatted file system on an
 * existing directory that is not a mount point (UNIX System Services Command Reference, "mount"),
 * unmount by file system name or mount point, make directories. Each returns null when it worked,
 * else the reason it failed.
 */
final class UnixCommands {

    private UnixCommands() {}

    static String format(Step step, String aggregate, boolean overwrite) {
        String name = aggregate.toUpperCase(Locale.ROOT);
        Catalogs.Located located = step.catalogs().locateForAllocation(name);
        if (located == null || !CatalogEntry.CLUSTER.equals(located.entry().type)) {
            return "IOEZ00xxx aggregate " + name + " is not a VSAM linear data set in the catalog";
        }
        DataSetBody body = step.state().bodies.get(step.catalogs().bodyOf(located));
        if (body == null || !"LINEAR".equals(body.kind)) {
            return name + " is not a linear data set";
        }
        if (step.state().unix.mounts.containsValue(name)) {
            return name + " is mounted";
        }
        if (Boolean.TRUE.equals(body.formatted) && !overwrite) {
            return "IOEZ00xxx " + name + " is already formatted (use -overwrite)";
        }
        body.formatted = true;
        body.origin = "new";
        step.change("zFS " + name + " formatted");
        return null;
    }

    static String mount(Step step, String fileSystem, String mountPoint, String type) {
        String name = fileSystem.toUpperCase(Locale.ROOT);
        String point = UnixView.normal(mountPoint);
        UnixView unix = step.state().unix;
        if (!type.equalsIgnoreCase("ZFS")) {
            return "file system type " + type + " is not modelled";
        }
        Catalogs.Located located = step.catalogs().locateForAllocation(name);
        DataSetBody body = located == null ? null : step.state().bodies.get(step.catalogs().bodyOf(located));
        if (body == null) {
            return "EDC5129I " + name + " cannot be found";
        }
        if (!Boolean.TRUE.equals(body.formatted)) {
            return name + " is not a formatted zFS aggregate";
        }
        if (!unix.directories.contains(point)) {
            return "EDC5129I mount point " + point + " does not exist";
        }
        if (unix.mounts.containsKey(point)) {
            return point + " is already a mount point";
        }
        if (unix.mounts.containsValue(name)) {
            return name + " is already mounted";
        }
        unix.mounts.put(point, name);
        step.change(name + " mounted at " + point);
        return null;
    }

    static String unmount(Step step, String what) {
        UnixView unix = step.state().unix;
        String point = what.startsWith("/") ? UnixView.normal(what) : null;
        String name = point == null ? what.toUpperCase(Locale.ROOT) : null;
        for (var e : List.copyOf(unix.mounts.entrySet())) {
            if (e.getKey().equals(point) || e.getValue().equals(name)) {
                if (unix.mounts.keySet().stream().anyMatch(p -> p.startsWith(e.getKey() + "/"))) {
                    return e.getKey() + " has file systems mounted below it";
                }
                unix.mounts.remove(e.getKey());
                step.change(e.getValue() + " unmounted from " + e.getKey());
                return null;
            }
        }
        return what + " is not mounted";
    }

    static String mkdir(Step step, String path, boolean parents) {
        UnixView unix = step.state().unix;
        String dir = UnixView.normal(path);
        if (!dir.startsWith("/")) {
            return "a relative path " + path + " is not modelled";
        }
        if (unix.directories.contains(dir)) {
            return parents ? null : "EDC5117I " + dir + " exists";
        }
        String parent = dir.substring(0, Math.max(1, dir.lastIndexOf('/')));
        if (!unix.directories.contains(parent)) {
            if (!parents) {
                return "EDC5129I " + parent + " does not exist";
            }
            String failure = mkdir(step, parent, true);
            if (failure != null) {
                return failure;
            }
        }
        unix.directories.add(dir);
        step.change("directory " + dir + " made");
        return null;
    }
}
