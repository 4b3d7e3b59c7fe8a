package dev.zdeploy.simulate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One SMP/E zone: its type, its RELATED zone (target and DLIB zones), the GLOBALZONE ZONEINDEX
 * (global zone: zone name to CSI data set name and type) and its DDDEF entries, each a map of
 * subentry (DATASET, VOLUME, UNIT, PATH, SYSOUT, status SHR/OLD/MOD/NEW as STATUS) to value.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class CsiZone {
    /** GLOBAL, TARGET or DLIB. */
    public String type;
    public String related;
    /** Global zone: zone name to {@code [csi, type]}. */
    public Map<String, ZoneIndexEntry> zoneIndex = new TreeMap<>();
    /** DDDEF name to its subentries. */
    public Map<String, Map<String, String>> dddefs = new TreeMap<>();

    public CsiZone() {}

    CsiZone(String type) {
        this.type = type;
    }

    CsiZone copy() {
        CsiZone z = new CsiZone(type);
        z.related = related;
        zoneIndex.forEach((k, e) -> z.zoneIndex.put(k, new ZoneIndexEntry(e.csi(), e.type())));
        dddefs.forEach((k, d) -> z.dddefs.put(k, new TreeMap<>(d)));
        return z;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CsiZone z && Objects.equals(type, z.type) && Objects.equals(related, z.related)
                && zoneIndex.equals(z.zoneIndex) && dddefs.equals(z.dddefs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, related, zoneIndex, dddefs);
    }
}
