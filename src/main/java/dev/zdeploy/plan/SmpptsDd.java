package dev.zdeploy.plan;

/**
 * A DD statement for the target's SMPPTS (or a spill data set SMPPTS1..SMPPTS99) in the SMP/E steps
 * zdeploy runs against the target zones (see {@link DeploymentPlan#smpptsDds()}).
 *
 * @param ddname SMPPTS, SMPPTS1, ...
 * @param dsn    the name this system reaches the target data set by
 * @param volume its volume when the name alone would not reach it (an indirectly cataloged one), else null
 * @param unit   the unit with {@code volume}, else null
 */
public record SmpptsDd(String ddname, String dsn, String volume, String unit) {}
