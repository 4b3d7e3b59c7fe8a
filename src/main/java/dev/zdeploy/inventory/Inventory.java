package dev.zdeploy.inventory;

import java.util.List;

/**
 * What already exists on the driving system (zdeploy's own format, optional third input), for the
 * plan's collision and space checks.
 *
 * @param datasets          data sets that exist (name, volumes, catalog)
 * @param aliases           catalog aliases defined in the driving system's master catalog
 * @param usercatalogs      user catalogs connected to the driving system's master catalog
 * @param softwareinstances software instance names already defined in z/OSMF
 * @param volumes           volumes with their capacity
 */
public record Inventory(
        List<ExistingDataSet> datasets,
        List<CatalogAlias> aliases,
        List<String> usercatalogs,
        List<String> softwareinstances,
        List<VolumeCapacity> volumes) {

    public static final Inventory EMPTY = new Inventory(List.of(), List.of(), List.of(), List.of(), List.of());

    public Inventory {
        datasets = List.copyOf(datasets);
        aliases = List.copyOf(aliases);
        usercatalogs = List.copyOf(usercatalogs);
        softwareinstances = List.copyOf(softwareinstances);
        volumes = List.copyOf(volumes);
    }
}
