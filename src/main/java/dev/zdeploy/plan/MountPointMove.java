package dev.zdeploy.plan;

/**
 * A file system whose mount point changes.
 *
 * @param dsname final name of the file system data set
 * @param from   mount point in the source
 * @param to     mount point in the target
 */
public record MountPointMove(String dsname, String from, String to) {}
