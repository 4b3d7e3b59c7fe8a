package dev.zdeploy.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Catalog services over the state: which catalog a name belongs to, and locating an entry.
 *
 * <p>Catalog selection (DFSMS Access Method Services Commands, "Order of catalog use"; DFSMS
 * Managing Catalogs, "The catalog search order"; docs/manual-syntax.md 1.2, 1.7): a CATALOG
 * parameter names the only catalog searched; otherwise the user catalog whose catalog alias matches
 * the name's high-level qualifier (the multilevel alias facility at its default of one level), then
 * the master catalog. A DEFINE without a catalog goes to the alias' catalog, else the master.
 */
final class Catalogs {

    /** An entry found: the catalog holding it, its name there, the entry. */
    record Located(Catalog catalog, String name, CatalogEntry entry) {}

    private final SystemState state;

    Catalogs(SystemState state) {
        this.state = state;
    }

    /** The user catalog a catalog alias of {@code name}'s high-level qualifier relates to, or null. */
    Catalog aliasCatalog(String name) {
        Catalog master = state.master();
        int dot = name.indexOf('.');
        String hlq = dot < 0 ? name : name.substring(0, dot);
        CatalogEntry alias = master.entries.get(hlq);
        if (alias != null && CatalogEntry.ALIAS.equals(alias.type)) {
            CatalogEntry connector = master.entries.get(alias.relate);
            if (connector != null && CatalogEntry.USERCATALOG.equals(connector.type)) {
                return state.catalogs.get(alias.relate);
            }
        }
        return null;
    }

    /** The catalog a DEFINE of {@code name} writes to without a CATALOG parameter. */
    Catalog defineCatalog(String name) {
        Catalog alias = aliasCatalog(name);
        return alias != null ? alias : state.master();
    }

    /** The catalogs searched for {@code name}, in order. */
    List<Catalog> searchOrder(String name, String catalogParameter) {
        List<Catalog> order = new ArrayList<>();
        if (catalogParameter != null) {
            Catalog named = named(catalogParameter);
            if (named != null) {
                order.add(named);
            }
            return order;
        }
        Catalog alias = aliasCatalog(name);
        if (alias != null) {
            order.add(alias);
        }
        order.add(state.master());
        return order;
    }

    /**
     * The catalog a CATALOG parameter names: a catalog connected to the master catalog (or the
     * master itself), or an alias that resolves to one ("Names the catalog or an alias that can be
     * resolved to a catalog", AMS DEFINE NONVSAM CATALOG). Null when none.
     */
    Catalog named(String name) {
        if (name.equals(state.masterCatalog)) {
            return state.master();
        }
        CatalogEntry entry = state.master().entries.get(name);
        if (entry != null && CatalogEntry.USERCATALOG.equals(entry.type)) {
            return state.catalogs.get(name);
        }
        if (entry != null && CatalogEntry.ALIAS.equals(entry.type)) {
            CatalogEntry connector = state.master().entries.get(entry.relate);
            if (connector != null && CatalogEntry.USERCATALOG.equals(connector.type)) {
                return state.catalogs.get(entry.relate);
            }
        }
        return null;
    }

    /** The entry of {@code name} in search order, or null. */
    Located locate(String name, String catalogParameter) {
        for (Catalog catalog : searchOrder(name, catalogParameter)) {
            CatalogEntry entry = catalog.entries.get(name);
            if (entry != null) {
                return new Located(catalog, name, entry);
            }
        }
        return null;
    }

    /**
     * The entry a program opens under {@code name}: a data set alias leads to its data set (an alias
     * of a non-VSAM data set is an alternate name for it: AMS DEFINE ALIAS), a PATH to its cluster,
     * a component to itself. Null when not found.
     */
    Located locateForAllocation(String name) {
        Located found = locate(name, null);
        if (found == null) {
            return null;
        }
        CatalogEntry entry = found.entry();
        if (CatalogEntry.ALIAS.equals(entry.type) || CatalogEntry.PATH.equals(entry.type)) {
            CatalogEntry related = found.catalog().entries.get(entry.relate);
            return related == null ? null : new Located(found.catalog(), entry.relate, related);
        }
        return found;
    }

    /** The volume serials an entry's volumes resolve to now ({@code ******} the IPL volume, symbols by value). */
    List<String> resolve(List<String> volumes) {
        List<String> out = new ArrayList<>();
        for (String v : volumes) {
            out.add(resolveVolume(v));
        }
        return out;
    }

    String resolveVolume(String volume) {
        // MVS Initialization and Tuning Guide, "Indirect volume serial support" (manual-syntax 1.4):
        // ****** and &SYSR1 are the IPL volume; &SYSRn and other symbols their value at LOCATE.
        if (volume.equals("******") || volume.equalsIgnoreCase("&SYSR1")) {
            return state.iplVolume;
        }
        if (volume.startsWith("&")) {
            String symbol = volume.substring(1).replaceAll("\\.$", "");
            String value = state.symbols.get(symbol.toUpperCase(java.util.Locale.ROOT));
            return value == null ? volume : value;
        }
        return volume;
    }

    /** The body a cataloged data set's data is in: a NONVSAM's (found in its first volume's VTOC) or a cluster's data component's. */
    String bodyOf(Located located) {
        CatalogEntry entry = located.entry();
        if (CatalogEntry.CLUSTER.equals(entry.type)) {
            CatalogEntry data = located.catalog().entries.get(entry.data);
            return data == null ? null : vtocBody(entry.data, data.volumes);
        }
        if (CatalogEntry.USERCATALOG.equals(entry.type)) {
            return vtocBody(located.name(), entry.volumes);
        }
        return vtocBody(located.name(), entry.volumes);
    }

    String vtocBody(String name, List<String> volumes) {
        for (String v : resolve(volumes)) {
            Volume volume = state.volumes.get(v);
            if (volume != null && volume.vtoc.containsKey(name)) {
                return volume.vtoc.get(name).body;
            }
        }
        return null;
    }

    /** Every catalog entry that relates to {@code name} in {@code catalog} as an alias. */
    static List<String> aliasesOf(Catalog catalog, String name) {
        List<String> aliases = new ArrayList<>();
        for (Map.Entry<String, CatalogEntry> e : catalog.entries.entrySet()) {
            CatalogEntry entry = e.getValue();
            if (entry.relate != null && name.equals(entry.relate) && CatalogEntry.ALIAS.equals(entry.type)) {
                aliases.add(e.getKey());
            }
        }
        return aliases;
    }
}
