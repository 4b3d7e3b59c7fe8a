package dev.zdeploy.jcl;

import java.util.Locale;

/**
 * How much of a member zdeploy reads back (README, "Limits"): {@code zdeploy lint} of a file, and the
 * members of {@code simulate --jcl}. The bound grows with the deployment the way render's template
 * output limit does: 64 MiB once for every 50,000 data sets begun, as a member's statements grow with
 * the data sets it lists (the verification job of 1,000,000 data sets is 310 MB in 6.5 million records).
 * A record is at most 32,760 bytes, the longest LRECL of a variable-length data set, whatever the size.
 * So every member render writes within its default template limits is read back, and a file without
 * end (/dev/zero) still stops at the first byte past a bound. The records are not counted against a
 * bound of their own: the linter holds one at a time, and a member's bytes bound them (below 2^31, so
 * that a record's number is an int).
 *
 * <p>jcl is a leaf package: the figures are render's ({@code TemplateLimits.DEFAULTS.output()} per
 * {@code TemplateLimits.DATA_SETS_PER_STEP}) and the descriptor's ({@code DeploymentSize.MAX_DATA_SETS}),
 * repeated here and held equal by MemberBoundsTest.
 *
 * @param bytes       the most bytes in one member, less than {@link Integer#MAX_VALUE}
 * @param recordBytes the most bytes in one record, without its line end
 */
public record MemberBounds(long bytes, int recordBytes) {

    /** Data sets per step of the bound, as render's template limits ({@link #forDataSets}). */
    public static final int DATA_SETS_PER_STEP = 50_000;

    /** The largest deployment zdeploy supports. */
    public static final int MAX_DATA_SETS = 1_000_000;

    /** The bounds of one step: 64 MiB, records of 32,760 bytes. */
    public static final MemberBounds PER_STEP = new MemberBounds(64L << 20, 32_760);

    /**
     * What {@code zdeploy lint} reads, not knowing the deployment: the bound of the largest one (1,000,000
     * data sets, 20 steps), 1,342,177,280 bytes per member.
     */
    public static final MemberBounds LARGEST = forDataSets(MAX_DATA_SETS);

    public MemberBounds {
        if (bytes < 1 || bytes >= Integer.MAX_VALUE || recordBytes < 1) {
            throw new IllegalArgumentException("member bounds are positive, bytes below 2^31: " + bytes + ", "
                    + recordBytes);
        }
    }

    /**
     * The bounds for a deployment of {@code dataSets}: 64 MiB per 50,000 data sets begun, for up to
     * {@link #MAX_DATA_SETS} (more are refused before anything is read back).
     */
    public static MemberBounds forDataSets(long dataSets) {
        long steps = Math.max(1, (Math.min(dataSets, MAX_DATA_SETS) + DATA_SETS_PER_STEP - 1) / DATA_SETS_PER_STEP);
        return new MemberBounds(PER_STEP.bytes * steps, PER_STEP.recordBytes);
    }

    /** The message of a member past {@link #bytes}: file, size and bound (for an exit-2 refusal). */
    public String tooLarge(String file, long size) {
        return String.format(Locale.ROOT, "%s: the member holds %,d bytes; zdeploy reads members of at most %,d bytes"
                + " (64 MiB for each %,d data sets of the deployment)", file, size, bytes, DATA_SETS_PER_STEP);
    }
}
