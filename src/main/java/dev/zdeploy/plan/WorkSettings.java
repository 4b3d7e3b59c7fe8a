package dev.zdeploy.plan;

/**
 * Work data sets and directories used by the jobs.
 *
 * @param dsnPrefix prefix for work data set names (default {@code &SYSUID})
 * @param volume    volume for work data sets, or null (SMS decides)
 * @param path      UNIX directory for temporary mount points (default {@code /tmp})
 * @param storclas  SMS storage class, or null
 * @param mgmtclas  SMS management class, or null
 * @param dataclas  SMS data class, or null
 */
public record WorkSettings(String dsnPrefix, String volume, String path, String storclas, String mgmtclas, String dataclas) {}
