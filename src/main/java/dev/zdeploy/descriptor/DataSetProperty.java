package dev.zdeploy.descriptor;

import java.util.List;
import java.util.Map;

/** Properties of one data set for workflows (version 5+); each property is a one-entry map. */
public record DataSetProperty(
        String dddefname,
        String zone,
        String dsname,
        String volume,
        String dstype,
        List<Map<String, String>> properties) {
    public DataSetProperty {
        properties = properties.stream().map(Map::copyOf).toList();
    }
}
