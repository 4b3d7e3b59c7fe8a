package dev.zdeploy.descriptor;

/**
 * An SMP/E zone of the instance.
 *
 * @param name    zone name (1-7 characters in SMP/E)
 * @param type    global, target or dlib
 * @param related name of the related zone, or null
 * @param csi     CSI data set holding the zone
 */
public record Zone(String name, ZoneType type, String related, String csi) {

    /** SMP/E's global zone is always called GLOBAL ({@code SET BOUNDARY(GLOBAL)}) and cannot be renamed. */
    public static final String GLOBAL_ZONE_NAME = "GLOBAL";
}
