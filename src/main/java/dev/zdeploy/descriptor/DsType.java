package dev.zdeploy.descriptor;

import java.util.Optional;

/** Data set types of the descriptor's {@code dstype}. */
public enum DsType {
    HFS,
    PDS,
    PDSE,
    SEQ,
    VSAM,
    ZFS;

    /** The type for the descriptor's exact (upper case) text, or empty. */
    public static Optional<DsType> parse(String text) {
        for (DsType type : values()) {
            if (type.name().equals(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** True for UNIX file system data sets, which carry a mount point. */
    public boolean isFileSystem() {
        return this == HFS || this == ZFS;
    }
}
