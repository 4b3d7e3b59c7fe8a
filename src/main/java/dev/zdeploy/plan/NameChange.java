package dev.zdeploy.plan;

/**
 * A catalog entry renamed by the rename job.
 *
 * @param from the name it carries while the jobs run
 * @param to   its final name
 */
public record NameChange(String from, String to) {}
