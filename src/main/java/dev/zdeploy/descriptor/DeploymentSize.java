package dev.zdeploy.descriptor;

import java.util.Locale;

/**
 * The largest deployment zdeploy supports, refused as a problem of the input before the work it would
 * cost (README, "Limits"). Memory grows with the number of data sets: the descriptor is read one data
 * set at a time, but the plan holds every data set (about 1 KB each) and the largest member is held
 * while it is checked. A million data sets render in just under 2 GiB resident and a minute of CPU
 * through bin/zdeploy (issue 13); beyond that a run needs more memory than a 2 GiB budget gives.
 */
public final class DeploymentSize {

    /** The most data sets one descriptor may list. */
    public static final int MAX_DATA_SETS = 1_000_000;

    /**
     * The largest descriptor file read: {@link #MAX_DATA_SETS} data sets of about 1,070 bytes each (a
     * descriptor as z/OSMF writes it has 600 to 900), checked before the file is read.
     */
    public static final long MAX_DESCRIPTOR_BYTES = 1024L * 1024 * 1024;

    private DeploymentSize() {}

    static String tooManyDataSets(int count) {
        return "lists " + number(count) + " data sets; zdeploy deploys at most " + number(MAX_DATA_SETS)
                + " in one deployment (split the instance, or deploy its products separately)";
    }

    static String descriptorTooLarge(long bytes) {
        return "the file holds " + number(bytes) + " bytes; zdeploy reads descriptors of at most "
                + number(MAX_DESCRIPTOR_BYTES) + " bytes (" + number(MAX_DATA_SETS) + " data sets)";
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
