package dev.zdeploy.inventory;

/**
 * A volume and its capacity, given either in tracks or as a 3390 device type.
 *
 * @param volume     volume serial
 * @param tracks     capacity in tracks, or null when {@code devicetype} gives it
 * @param devicetype a 3390 model ({@code 3390-3}, {@code 3390-9}, {@code 3390-27}, {@code 3390-54}),
 *                   or null when {@code tracks} is given
 */
public record VolumeCapacity(String volume, Long tracks, String devicetype) {

    /** Capacity in tracks: the given number, or the device type's (cylinders x 15). */
    public long capacityTracks() {
        if (tracks != null) {
            return tracks;
        }
        return DeviceType.parse(devicetype).orElseThrow().tracks();
    }
}
