package dev.zdeploy.request;

import java.util.List;

/**
 * zdeploy's deployment configuration (v2-style): data set rename rules, zone renames, mount point
 * changes. Lists are empty when not given.
 */
public record Configuration(List<RenameRule> datasets, List<ZoneRename> zones, List<MountPointChange> mountpoints) {

    public static final Configuration NONE = new Configuration(List.of(), List.of(), List.of());

    public Configuration {
        datasets = List.copyOf(datasets);
        zones = List.copyOf(zones);
        mountpoints = List.copyOf(mountpoints);
    }
}
