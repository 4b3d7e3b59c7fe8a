package dev.zdeploy.plan;

import dev.zdeploy.inventory.CatalogAlias;
import dev.zdeploy.inventory.ExistingDataSet;
import dev.zdeploy.inventory.Inventory;
import dev.zdeploy.inventory.VolumeCapacity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The inventory, indexed by name so that every check is a lookup (plans of 100,000 data sets). */
final class InventoryIndex {

    private final Map<String, List<ExistingDataSet>> datasets = new HashMap<>();
    private final Map<String, String> aliasCatalogs = new HashMap<>();
    /** High-level qualifier of cataloged data sets to the first such data set. */
    private final Map<String, String> catalogedByQualifier = new HashMap<>();
    private final Set<String> usercatalogs = new HashSet<>();
    private final Set<String> softwareInstances = new HashSet<>();
    private final Map<String, Long> capacities = new HashMap<>();

    InventoryIndex(Inventory inventory) {
        for (ExistingDataSet dataset : inventory.datasets()) {
            datasets.computeIfAbsent(dataset.dsname(), name -> new ArrayList<>(1)).add(dataset);
            if (dataset.catalog() != null) {
                int period = dataset.dsname().indexOf('.');
                catalogedByQualifier.putIfAbsent(period < 0 ? dataset.dsname() : dataset.dsname().substring(0, period),
                        dataset.dsname());
            }
        }
        for (CatalogAlias alias : inventory.aliases()) {
            aliasCatalogs.putIfAbsent(alias.name(), alias.catalog());
        }
        usercatalogs.addAll(inventory.usercatalogs());
        for (String name : inventory.softwareinstances()) {
            softwareInstances.add(name.toLowerCase(Locale.ROOT));
        }
        for (VolumeCapacity volume : inventory.volumes()) {
            capacities.putIfAbsent(volume.volume(), volume.capacityTracks());
        }
    }

    /** The existing data sets of that name (more than one when uncataloged copies sit on several volumes). */
    List<ExistingDataSet> datasets(String dsname) {
        return datasets.getOrDefault(dsname, List.of());
    }

    /** The catalog an existing alias relates to, or null. */
    String aliasCatalog(String name) {
        return aliasCatalogs.get(name);
    }

    /** A cataloged data set whose high-level qualifier is {@code qualifier}, or null. */
    String catalogedWithQualifier(String qualifier) {
        return catalogedByQualifier.get(qualifier);
    }

    boolean hasUserCatalog(String name) {
        return usercatalogs.contains(name);
    }

    /** z/OSMF software instance names are compared without regard to case, to be safe. */
    boolean hasSoftwareInstance(String name) {
        return softwareInstances.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Capacity in tracks, or null when the inventory does not list the volume. */
    Long capacity(String volume) {
        return capacities.get(volume);
    }

    /**
     * The user catalog a data set of this name is cataloged in through the aliases: the alias with the
     * most qualifiers that prefixes the name (multilevel alias search), or null when none does (the
     * master catalog).
     */
    String catalogFor(String dsname) {
        int end = dsname.lastIndexOf('.');
        while (end > 0) {
            String catalog = aliasCatalogs.get(dsname.substring(0, end));
            if (catalog != null) {
                return catalog;
            }
            end = dsname.lastIndexOf('.', end - 1);
        }
        return null;
    }
}
