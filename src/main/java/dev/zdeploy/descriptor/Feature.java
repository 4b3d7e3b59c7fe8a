package dev.zdeploy.descriptor;

import java.util.List;

/** A feature of an SMP/E product, with its FMIDs. */
public record Feature(String featname, String featid, List<String> fmids) {
    public Feature {
        fmids = List.copyOf(fmids);
    }
}
