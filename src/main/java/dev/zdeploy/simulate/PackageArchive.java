package dev.zdeploy.simulate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One archive of a portable software instance's package directory (GIMZIP output): the data set it
 * holds, its kind and size, and, for a CSI, the zones inside.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PackageArchive {
    public String archid;
    /** The data set name it was zipped from. */
    public String name;
    /** NONVSAM, CLUSTER, LINEAR, or TREE (a directory tree for a file system). */
    public String kind;
    public long tracks;
    public Csi csi;

    public PackageArchive() {}
}
