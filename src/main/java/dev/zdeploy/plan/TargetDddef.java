package dev.zdeploy.plan;

/**
 * A DDDEF entry as it must read in the target zone.
 *
 * @param zone       final name of the zone holding it
 * @param sourceZone name of that zone in the source
 * @param dddef      DDDEF name
 * @param dataset    data set DDDEF: final data set name, else null
 * @param volume     data set DDDEF: volume, or null (SMS-managed and existing-catalog targets carry none)
 * @param unit       data set DDDEF with a volume: unit name, else null
 * @param sourcePath path DDDEF: the source path, else null
 * @param path       path DDDEF: the path in the target, else null
 */
public record TargetDddef(
        String zone, String sourceZone, String dddef, String dataset, String volume, String unit, String sourcePath,
        String path) {
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
