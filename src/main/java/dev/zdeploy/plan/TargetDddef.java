package dev.zdeploy.plan;

/**
 * A DDDEF entry as it must read in the target zone.
 *
 * @param zone       final name of the zone holding it
 * @param sourceZone name of that zone in the source
 * @param dddef      DDDEF name
 * @param dataset    data set DDDEF: final data set name, else null
 * @param volume     data set DDDEF: its first volume, or null (SMS-managed and existing-catalog targets carry
 *                   none)
 * @param unit       data set DDDEF with a volume: unit name, else null
 * @param sourcePath path DDDEF: the source path, else null
 * @param path       path DDDEF: the path in the target, else null
 * @param volumes    data set DDDEF with a volume: every volume of the data set in order (the first is
 *                   {@code volume}); VOLUME names them all, so that SMP/E's allocation of a multi-volume
 *                   data set gets its whole volume list (issue 10 minor; manual-syntax 3.4); else empty
 */
public record TargetDddef(
        String zone, String sourceZone, String dddef, String dataset, String volume, String unit, String sourcePath,
        String path, java.util.List<String> volumes) {

    public TargetDddef {
        volumes = volumes == null ? java.util.List.of() : java.util.List.copyOf(volumes);
        if (volume != null && (volumes.isEmpty() || !volumes.get(0).equals(volume))) {
            throw new IllegalArgumentException("volume " + volume + " is not the first of " + volumes);
        }
    }

    /** A data set DDDEF on one volume, or with no volume (null). */
    public TargetDddef(String zone, String sourceZone, String dddef, String dataset, String volume, String unit,
                       String sourcePath, String path) {
        this(zone, sourceZone, dddef, dataset, volume, unit, sourcePath, path,
                volume == null ? java.util.List.of() : java.util.List.of(volume));
    }

    /** The VOLUME operand's serials, blank-separated: "v1" or "v1 v2 ...", or null without a volume. */
    public String volumeOperand() {
        // One volume (the usual case) is the operand itself: no join for every DDDEF statement written.
        return volume == null ? null : volumes.size() == 1 ? volume : String.join(" ", volumes);
    }
    public boolean isPath() {
        return path != null;
    }

    /**
     * The status an added data set DDDEF carries: MOD for the SMP/E logs, which SMP/E appends to
     * (SMP/E Reference, "SMPLOG", "SMPLOGA"), SHR for every other library.
     */
    public String status() {
        return dddef.equals("SMPLOG") || dddef.equals("SMPLOGA") ? "MOD" : "SHR";
    }

    public boolean isPathMoved() {
        return path != null && !path.equals(sourcePath);
    }
}
