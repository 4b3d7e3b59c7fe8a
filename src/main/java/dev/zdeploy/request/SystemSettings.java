package dev.zdeploy.request;

/**
 * Settings for the work data sets and work directories of the jobs. Nulls mean the defaults.
 *
 * @param workdsnprefix prefix for work data sets (default {@code &SYSUID})
 * @param workvolume    volume for work data sets (default: SMS decides)
 * @param workpath      UNIX directory for temporary mount points (default {@code /tmp})
 * @param storclas      SMS storage class for work data sets, or null
 * @param mgmtclas      SMS management class for work data sets, or null
 * @param dataclas      SMS data class for work data sets, or null
 */
public record SystemSettings(
        String workdsnprefix, String workvolume, String workpath, String storclas, String mgmtclas, String dataclas) {

    public static final String DEFAULT_WORK_DSN_PREFIX = "&SYSUID";
    public static final String DEFAULT_WORK_PATH = "/tmp";
    public static final SystemSettings DEFAULTS = new SystemSettings(null, null, null, null, null, null);

    public String workDsnPrefixOrDefault() {
        return workdsnprefix != null ? workdsnprefix : DEFAULT_WORK_DSN_PREFIX;
    }

    public String workPathOrDefault() {
        return workpath != null ? workpath : DEFAULT_WORK_PATH;
    }
}
