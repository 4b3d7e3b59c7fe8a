package dev.zdeploy.plan;

import dev.zdeploy.descriptor.ZoneType;

/**
 * An SMP/E zone of the target.
 *
 * @param sourceName    zone name in the source
 * @param name          final zone name
 * @param type          global, target or dlib
 * @param sourceRelated related zone's source name, or null
 * @param related       related zone's final name, or null
 * @param sourceCsi     CSI data set name in the source
 * @param csi           final CSI data set name
 * @param temporaryCsi  CSI name while the jobs run (as its data set's temporary name)
 */
public record TargetZone(
        String sourceName, String name, ZoneType type, String sourceRelated, String related, String sourceCsi,
        String csi, String temporaryCsi) {
    public boolean isRenamed() {
        return !name.equals(sourceName);
    }
}
