package dev.zdeploy.plan;

import dev.zdeploy.inventory.DeviceType;

/**
 * Space of the zFS aggregates the unzip jobs define, on 3390 DASD.
 *
 * <p>A zFS aggregate is a VSAM linear data set holding "six 8-KB blocks per track (15 x 6 = 90 8 KB
 * blocks per cylinder)" (zFS Administration, "Creating a multi-volume compatibility mode
 * aggregate"): {@value #AGGREGATE_BYTES_PER_TRACK} bytes a track. The data sets GIMUNZIP extracts hold
 * up to {@value #DATA_SET_BYTES_PER_TRACK} bytes a 3390 track.
 *
 * <p>Above 4 GB a VSAM data set needs extended addressability: "A DFSMS DATACLASS that provides
 * extended addressability (because the total size is greater than 4 GB)" (zFS Administration, same
 * section), and extended addressability needs an SMS-managed, extended-format data set (DFSMS Managing
 * Catalogs, "Estimating space for an extended format BCS": "To use extended addressability, the BCS
 * must be SMS managed and defined as extended format"; DFSMS Using Data Sets, VSAM extended
 * addressability). IDCAMS refuses such a definition otherwise (return code 110: "a high-allocated
 * RBA greater than 4 GB, and the data set is not an extended addressability data set").
 */
final class ZfsSpace {

    static final long AGGREGATE_BYTES_PER_TRACK = 6L * 8192;
    static final long DATA_SET_BYTES_PER_TRACK = 56_664;
    static final long FOUR_GB = 4L << 30;
    /** The most tracks a zFS aggregate has without extended addressability: 87,381. */
    static final long MAX_TRACKS_WITHOUT_EXTENDED_ADDRESSABILITY = FOUR_GB / AGGREGATE_BYTES_PER_TRACK;
    /** The smallest work zFS, in cylinders. */
    static final int MIN_WORK_CYLINDERS = 50;
    /** Margin over the largest extracted data set, in percent: zFS metadata, its log and pax's own files. */
    static final int WORK_MARGIN_PERCENT = 25;

    private ZfsSpace() {}

    /**
     * Cylinders of a job's work zFS: GIMUNZIP expands one archive at a time into its work directory
     * ("GIMUNZIP uses the UNIX System Services pax command to expand ... from an archive file
     * temporarily into a UNIX file system", SMP/E Reference, "GIMUNZIP processing"), and an archive
     * expands to about the bytes its data set used ("will approximately equal in size (number of
     * bytes) the original data set", SMP/E Reference, GIMZIP "Syntax notes"). So: the largest used
     * part among the data sets the job unzips (tracks times used percent; all of it when the
     * descriptor gives no percentage), in aggregate cylinders, plus {@value #WORK_MARGIN_PERCENT}%,
     * at least {@value #MIN_WORK_CYLINDERS}. Not the sum, and not twice the largest.
     */
    static int workCylinders(Iterable<TargetDataSet> unzipped) {
        long largestBytes = 0;
        for (TargetDataSet ds : unzipped) {
            long usedTracks = ds.used() == null ? ds.tracks() : ((long) ds.tracks() * ds.used() + 99) / 100;
            largestBytes = Math.max(largestBytes, usedTracks * DATA_SET_BYTES_PER_TRACK);
        }
        long withMargin = largestBytes + (largestBytes * WORK_MARGIN_PERCENT + 99) / 100;
        long bytesPerCylinder = AGGREGATE_BYTES_PER_TRACK * DeviceType.TRACKS_PER_CYLINDER;
        long cylinders = (withMargin + bytesPerCylinder - 1) / bytesPerCylinder;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(MIN_WORK_CYLINDERS, cylinders));
    }

    /** True when an aggregate of {@code tracks} tracks holds more than 4 GB. */
    static boolean needsExtendedAddressability(long tracks) {
        return tracks > MAX_TRACKS_WITHOUT_EXTENDED_ADDRESSABILITY;
    }

    /** Gigabytes, one decimal, for messages. */
    static String gigabytes(long tracks) {
        return String.format(java.util.Locale.ROOT, "%.1f GB", tracks * AGGREGATE_BYTES_PER_TRACK / (double) (1L << 30));
    }
}
