package dev.zdeploy.request;

/** A mount point change: a file system mounted at {@code from} is mounted at {@code to}. */
public record MountPointChange(String from, String to) {}
