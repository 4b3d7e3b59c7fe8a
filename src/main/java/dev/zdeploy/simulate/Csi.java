package dev.zdeploy.simulate;

import java.util.Map;
import java.util.TreeMap;

/** The SMP/E zones a CSI holds, by zone name (SMP/E Reference, "CSI"). */
public final class Csi {
    public Map<String, CsiZone> zones = new TreeMap<>();

    Csi copy() {
        Csi c = new Csi();
        zones.forEach((k, z) -> c.zones.put(k, z.copy()));
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Csi c && c.zones.equals(zones);
    }

    @Override
    public int hashCode() {
        return zones.hashCode();
    }
}
