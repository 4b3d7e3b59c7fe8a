package dev.zdeploy.inventory;

import java.util.List;

/** A data set that exists on the driving system; {@code catalog} is null when uncataloged. */
public record ExistingDataSet(String dsname, List<String> volumes, String catalog) {
    public ExistingDataSet {
        volumes = List.copyOf(volumes);
    }
}
