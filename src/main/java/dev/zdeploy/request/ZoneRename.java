package dev.zdeploy.request;

/** A zone rename: the source zone {@code from} is called {@code to} in the target. */
public record ZoneRename(String from, String to) {}
