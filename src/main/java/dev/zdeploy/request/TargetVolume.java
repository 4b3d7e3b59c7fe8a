package dev.zdeploy.request;

/**
 * A target volume.
 *
 * @param volume                volume serial
 * @param indirectcatalogsymbol {@code ******} or a system symbol such as {@code &SYSR2}: data sets on
 *                              this volume are cataloged indirectly; null to catalog directly
 */
public record TargetVolume(String volume, String indirectcatalogsymbol) {
    public boolean isIndirect() {
        return indirectcatalogsymbol != null;
    }
}
