package dev.zdeploy.descriptor;

import java.util.List;

/**
 * The DDDEF entries of one zone that name a data set.
 *
 * @param zone   zone name
 * @param dddefs the DDDEF entries
 */
public record ZoneDddefs(String zone, List<Dddef> dddefs) {
    public ZoneDddefs {
        dddefs = List.copyOf(dddefs);
    }
}
