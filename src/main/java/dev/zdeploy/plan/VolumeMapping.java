package dev.zdeploy.plan;

/**
 * A source volume and the target volume its data sets go to.
 *
 * @param sourceVolume          source volume serial
 * @param targetVolume          target volume serial
 * @param indirectcatalogsymbol {@code ******} or a symbol when the target is cataloged indirectly, else null
 */
public record VolumeMapping(String sourceVolume, String targetVolume, String indirectcatalogsymbol) {
    public boolean isIndirect() {
        return indirectcatalogsymbol != null;
    }
}
