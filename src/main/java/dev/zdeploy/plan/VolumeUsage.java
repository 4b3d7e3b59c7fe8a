package dev.zdeploy.plan;

/**
 * Tracks planned on a target volume.
 *
 * @param volume          target volume serial
 * @param datasets        number of data sets (or data set pieces) placed on it
 * @param tracks          tracks planned
 * @param capacity        capacity in tracks
 * @param capacityAssumed true when no inventory gave the capacity and a 3390-9 was assumed
 */
public record VolumeUsage(String volume, int datasets, long tracks, long capacity, boolean capacityAssumed) {

    /** Percent of capacity planned, rounded down. */
    public int percent() {
        return capacity == 0 ? 0 : (int) (tracks * 100 / capacity);
    }
}
