package dev.zdeploy.output;

/**
 * One file of a directory being written: its path relative to the directory, with {@code /} between
 * the names of subdirectories, and its bytes.
 */
record OutputFile(String path, byte[] bytes) {}
