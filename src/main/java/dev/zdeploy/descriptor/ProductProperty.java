package dev.zdeploy.descriptor;

import java.util.List;
import java.util.Map;

/** Properties of one product for workflows (version 5+); each property is a one-entry map. */
public record ProductProperty(String prodid, String release, String prodname, List<Map<String, String>> properties) {
    public ProductProperty {
        properties = properties.stream().map(Map::copyOf).toList();
    }
}
