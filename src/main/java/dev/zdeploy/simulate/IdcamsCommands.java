package dev.zdeploy.simulate;

import dev.zdeploy.jcl.JclSyntaxException;
import dev.zdeploy.jcl.Parameter;
import dev.zdeploy.jcl.VsamComponentNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The IDCAMS functional commands the simulator models, with the condition codes of DFSMS Access
 * Method Services Commands, "Condition codes" (docs/manual-syntax.md 1.0): 0 done; 4 a LISTCAT
 * entry not found; 8 "an entry to be deleted or altered could not be found in the catalog, or a
 * duplicate name was found while an entry was being defined"; 12 a logical error (inconsistent or
 * missing parameters, an allocation that cannot be made); 16 severe. Keywords are read in full or
 * abbreviated as AMS documents them (manual-syntax 1.2-1.8; the AMS keyword abbreviations
 * DEF/DEL/ALT/LISTC/EXP/IMP, UCAT/MCAT, NVSAM, CL, VOL, CAT, ENT, REL, DEVT, NSCR/SCR, PRG, CYL/TRK,
 * RCTLG, NEWNM, CON/DCON, OBJ).
 */
final class IdcamsCommands {

    private static final Keywords VERBS = new Keywords(
            "DEFINE DEF|DELETE DEL|ALTER ALT|LISTCAT LISTC|EXPORT EXP|IMPORT IMP");
    private static final List<String> OTHER_VERBS = List.of("REPRO", "PRINT", "VERIFY", "EXAMINE", "DIAGNOSE",
            "BLDINDEX", "BLDIX", "DCOLLECT", "DCOL", "ALLOCATE", "PARM", "RECATALOG", "EXPORTRA", "IMPORTRA",
            "LISTCRA", "REPRO", "SHCDS", "CREATE", "BINDDATA");
    private static final Keywords DEFINE_TYPES = new Keywords("USERCATALOG UCAT USERCAT|MASTERCATALOG MCAT MASTERCAT"
            + "|ALIAS|NONVSAM NVSAM|CLUSTER CL|PATH|ALTERNATEINDEX AIX|GENERATIONDATAGROUP GDG|PAGESPACE PGSPC"
            + "|DATA|INDEX IX|CATALOG CAT");
    private static final Keywords DEFINE_KEYS = new Keywords("NAME|VOLUMES VOLUME VOL|CYLINDERS CYL CYLINDER|TRACKS TRK"
            + " TRACK|RECORDS REC RECORD|KILOBYTES KB|MEGABYTES MB|ICFCATALOG ICFCAT|VOLCATALOG|RELATE REL"
            + "|DEVICETYPES DEVT DEVICETYPE|RECATALOG RCTLG|NORECATALOG NRCTLG|LINEAR LIN|INDEXED IXD|NONINDEXED NIXD"
            + "|NUMBERED NUMD|SHAREOPTIONS SHR|STORAGECLASS STORCLAS|DATACLASS DATACLAS|MANAGEMENTCLASS MGMTCLAS"
            + "|KEYS|RECORDSIZE RECSZ|FREESPACE FSPC|CONTROLINTERVALSIZE CISZ CNVSZ|PATHENTRY PENT|UPDATE UPD"
            + "|NOUPDATE NUPD|OWNER|STRNO|BUFFERSPACE BUFSP BUFSPC|ZFS|SPEED|RECOVERY RCVY|REUSE RUS|NOREUSE NRUS"
            + "|ERASE ERAS|NOERASE NERAS|SPANNED SPND|NONSPANNED NSPND|LOG|LOGSTREAMID LSID|FOR|TO");
    private static final Keywords DELETE_KEYS = new Keywords("ALIAS|CLUSTER CL|NONVSAM NVSAM|PATH|USERCATALOG UCAT"
            + " USERCAT|ALTERNATEINDEX AIX|GENERATIONDATAGROUP GDG|PAGESPACE PGSPC|TRUENAME TNAME|NVR|VVR"
            + "|SCRATCH SCR|NOSCRATCH NSCR|PURGE PRG|NOPURGE NPRG|ERASE ERAS|NOERASE NERAS|FORCE FRC|NOFORCE NFRC"
            + "|RECOVERY RCVY|NORECOVERY NRCVY|CATALOG CAT|MASK|NOMASK");
    private static final Keywords ALTER_KEYS = new Keywords("NEWNAME NEWNM|CATALOG CAT");
    private static final Keywords LISTCAT_KEYS = new Keywords("ENTRIES ENTRY ENT|LEVEL LVL|CATALOG CAT|ALIAS"
            + "|CLUSTER CL|DATA|INDEX IX|NONVSAM NVSAM|PATH|USERCATALOG UCAT USERCAT|ALTERNATEINDEX AIX"
            + "|GENERATIONDATAGROUP GDG|PAGESPACE PGSPC|NAME|HISTORY HIST|VOLUME VOL|ALLOCATION ALLOC|ALL");
    private static final List<String> LISTCAT_TYPES = List.of("ALIAS", "CLUSTER", "DATA", "INDEX", "NONVSAM", "PATH",
            "USERCATALOG", "ALTERNATEINDEX", "GENERATIONDATAGROUP", "PAGESPACE");
    private static final Keywords EXPORT_KEYS = new Keywords("DISCONNECT DCON|CATALOG CAT");
    private static final Keywords IMPORT_KEYS = new Keywords("CONNECT CON|OBJECTS OBJ|ALIAS|NOALIAS|CATALOG CAT"
            + "|VOLUMES VOLUME VOL|DEVICETYPE DEVT DEVICETYPES");
    /** Bytes on a 3390 track, for space given in KB, MB or records (an estimate: the model counts tracks). */
    private static final long TRACK_BYTES = 56_664;
    private static final long FOUR_GIB = 4L << 30;

    private final Step step;
    private final SystemState state;
    private final Catalogs catalogs;
    private int line;

    IdcamsCommands(Step step) {
        this.step = step;
        this.state = step.state();
        this.catalogs = step.catalogs();
    }

    int run(int line, String text) {
        this.line = line;
        String trimmed = text.strip();
        int blank = trimmed.indexOf(' ');
        String verb = (blank < 0 ? trimmed : trimmed.substring(0, blank)).toUpperCase(Locale.ROOT);
        String rest = blank < 0 ? "" : trimmed.substring(blank + 1);
        String full = VERBS.of(verb);
        if (full == null) {
            if (OTHER_VERBS.contains(verb)) {
                return notModelled("IDCAMS command " + verb);
            }
            step.message("IDC3211I KEYWORD " + verb + " IS IMPROPER: condition code 12");
            return 12;
        }
        List<Parameter> params;
        try {
            params = Parameter.parse(rest);
        } catch (JclSyntaxException e) {
            step.message("IDC3203I " + e.getMessage() + ": condition code 12");
            return 12;
        }
        if (step.nextUnitFails()) {
            step.message("IDCAMS " + full + " failed (injected): condition code 12");
            return 12;
        }
        return switch (full) {
            case "DEFINE" -> define(params);
            case "DELETE" -> delete(params);
            case "ALTER" -> alter(params);
            case "LISTCAT" -> listcat(params);
            case "EXPORT" -> export(params);
            default -> importConnect(params);
        };
    }

    private int notModelled(String what) {
        step.notModelled(line, what);
        return 12;
    }

    // ------------------------------------------------------------------ DEFINE

    private int define(List<Parameter> params) {
        Map<String, Parameter> top = DEFINE_TYPES.read(params);
        String unknown = Keywords.unknown(top);
        if (unknown != null) {
            return notModelled("DEFINE parameter " + unknown);
        }
        String type = top.keySet().stream().filter(k -> !k.equals("DATA") && !k.equals("INDEX") && !k.equals("CATALOG"))
                .findFirst().orElse(null);
        if (type == null || !top.get(type).hasList()) {
            step.message("IDC3202I DEFINE without an object: condition code 12");
            return 12;
        }
        Map<String, Parameter> keys = DEFINE_KEYS.read(top.get(type).list());
        unknown = Keywords.unknown(keys);
        if (unknown != null) {
            return notModelled("DEFINE " + type + " parameter " + unknown);
        }
        String name = value(keys, "NAME");
        if (name == null) {
            step.message("IDC3202I DEFINE " + type + " without NAME: condition code 12");
            return 12;
        }
        String catalog = top.containsKey("CATALOG") ? catalogName(top.get("CATALOG")) : null;
        return switch (type) {
            case "USERCATALOG", "MASTERCATALOG" -> defineCatalog(name, keys, catalog);
            case "ALIAS" -> defineAlias(name, keys, catalog);
            case "NONVSAM" -> defineNonvsam(name, keys, catalog);
            case "CLUSTER" -> defineCluster(name, keys, top, catalog);
            case "PATH" -> definePath(name, keys, catalog);
            default -> notModelled("DEFINE " + type);
        };
    }

    private Catalog targetCatalog(String name, String catalogParameter) {
        if (catalogParameter != null) {
            return catalogs.named(catalogParameter);
        }
        return catalogs.defineCatalog(name);
    }

    private int defineCatalog(String name, Map<String, Parameter> keys, String catalogParameter) {
        List<String> volumes = words(keys, "VOLUMES");
        if (volumes.size() != 1) {
            step.message("IDC3202I DEFINE USERCATALOG " + name + " needs one VOLUME: condition code 12");
            return 12;
        }
        Catalog connectorCatalog = catalogParameter == null ? state.master() : catalogs.named(catalogParameter);
        if (connectorCatalog == null) {
            return catalogNotFound(catalogParameter);
        }
        if (connectorCatalog.entries.containsKey(name) || state.catalogs.containsKey(name)) {
            return duplicate(name);
        }
        String volser = volumes.get(0);
        Volume volume = state.volumes.get(volser);
        if (volume == null) {
            step.message("IDC3009I volume " + volser + " is not mounted: condition code 12");
            return 12;
        }
        long tracks = tracks(keys);
        if (tracks < 0) {
            return notModelled("DEFINE USERCATALOG space");
        }
        if (volume.vtoc.containsKey(name)) {
            return duplicateOnVolume(name, volser);
        }
        if (!volume.fits(tracks)) {
            return noSpace(name, volser);
        }
        DataSetBody body = state.newBody("CATALOG", "new");
        volume.vtoc.put(name, new VtocEntry(name, body.id, tracks));
        state.catalogs.put(name, new Catalog(name, volser));
        CatalogEntry connector = new CatalogEntry(CatalogEntry.USERCATALOG);
        connector.volumes.add(volser);
        connector.deviceTypes.add("3390");
        connectorCatalog.entries.put(name, connector);
        step.change("catalog " + name + " defined on " + volser + "; connector in " + connectorCatalog.name);
        return 0;
    }

    private int defineAlias(String name, Map<String, Parameter> keys, String catalogParameter) {
        if (keys.containsKey("SYMBOLICRELATE")) {
            return notModelled("DEFINE ALIAS SYMBOLICRELATE");
        }
        String relate = value(keys, "RELATE");
        if (relate == null) {
            step.message("IDC3202I DEFINE ALIAS " + name + " without RELATE: condition code 12");
            return 12;
        }
        Catalog master = state.master();
        CatalogEntry related = master.entries.get(relate);
        boolean catalogAlias = related != null && CatalogEntry.USERCATALOG.equals(related.type)
                && (catalogParameter == null || catalogs.named(catalogParameter) == master);
        Catalog catalog = catalogAlias ? master : targetCatalog(name, catalogParameter);
        if (catalog == null) {
            return catalogNotFound(catalogParameter);
        }
        if (!catalogAlias) {
            // AMS DEFINE ALIAS: an alias "for a user catalog or non-VSAM data set" (manual-syntax 1.3).
            related = catalog.entries.get(relate);
            if (related == null) {
                step.message("IDC3012I ENTRY " + relate + " NOT FOUND in " + catalog.name + ": condition code 8");
                return 8;
            }
            if (!CatalogEntry.NONVSAM.equals(related.type)) {
                step.message("IDC3014I an alias can relate only to a user catalog or a non-VSAM data set; "
                        + relate + " is " + related.type + ": condition code 12");
                return 12;
            }
        }
        if (catalog.entries.containsKey(name)) {
            return duplicate(name);
        }
        CatalogEntry alias = new CatalogEntry(CatalogEntry.ALIAS);
        alias.relate = relate;
        catalog.entries.put(name, alias);
        step.change((catalogAlias ? "catalog alias " : "alias ") + name + " -> " + relate + " in " + catalog.name);
        return 0;
    }

    private int defineNonvsam(String name, Map<String, Parameter> keys, String catalogParameter) {
        List<String> volumes = words(keys, "VOLUMES");
        List<String> devices = words(keys, "DEVICETYPES");
        if (volumes.isEmpty() || devices.isEmpty()) {
            step.message("IDC3202I DEFINE NONVSAM " + name + " needs VOLUMES and DEVICETYPES: condition code 12");
            return 12;
        }
        Catalog catalog = targetCatalog(name, catalogParameter);
        if (catalog == null) {
            return catalogNotFound(catalogParameter);
        }
        if (keys.containsKey("RECATALOG")) {
            return notModelled("DEFINE NONVSAM RECATALOG (it needs the VVDS records of an SMS-managed data set)");
        }
        if (catalog.entries.containsKey(name)) {
            return duplicate(name);
        }
        CatalogEntry entry = new CatalogEntry(CatalogEntry.NONVSAM);
        entry.volumes.addAll(volumes.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList());
        entry.deviceTypes.addAll(devices);
        entry.body = catalogs.vtocBody(name, entry.volumes);
        catalog.entries.put(name, entry);
        step.change("NONVSAM " + name + " " + entry + " defined in " + catalog.name
                + (entry.body == null ? " (no VTOC it resolves to holds the data set)" : ""));
        return 0;
    }

    private int defineCluster(String name, Map<String, Parameter> keys, Map<String, Parameter> top,
                              String catalogParameter) {
        Catalog catalog = targetCatalog(name, catalogParameter);
        if (catalog == null) {
            return catalogNotFound(catalogParameter);
        }
        if (catalog.entries.containsKey(name)) {
            return duplicate(name);
        }
        boolean linear = keys.containsKey("LINEAR") || keys.containsKey("ZFS");
        boolean indexed = !linear && !keys.containsKey("NONINDEXED") && !keys.containsKey("NUMBERED");
        java.util.Optional<VsamComponentNames.Pair> generated = VsamComponentNames.generated(name);
        String dataName = componentName(top.get("DATA"), generated.map(VsamComponentNames.Pair::data).orElse(null));
        String indexName = indexed ? componentName(top.get("INDEX"), generated.map(VsamComponentNames.Pair::index).orElse(null))
                : null;
        if (dataName == null || indexed && indexName == null) {
            return notModelled("DEFINE CLUSTER " + name + ": component names AMS would generate for a name this long");
        }
        if (catalog.entries.containsKey(dataName) || indexName != null && catalog.entries.containsKey(indexName)) {
            return duplicate(catalog.entries.containsKey(dataName) ? dataName : indexName);
        }
        long tracks = tracks(keys);
        if (tracks < 0 && top.get("DATA") != null && top.get("DATA").hasList()) {
            tracks = tracks(DEFINE_KEYS.read(top.get("DATA").list()));
        }
        if (tracks < 0) {
            return notModelled("DEFINE CLUSTER " + name + " space");
        }
        final long space = tracks;
        if (space * TRACK_BYTES > FOUR_GIB && !keys.containsKey("DATACLASS")) {
            // A VSAM data set over 4 GB needs extended addressability, which only an SMS data class gives
            // (z/OS File System Administration, "large aggregates"; DFSMS Using Data Sets, "VSAM data sets
            // with extended addressability"; issue 10 blocker 1).
            step.message("IDC3009I " + name + ": " + space + " tracks is over 4 GB and no DATACLASS with extended"
                    + " addressability is given: condition code 12");
            return 12;
        }
        List<String> volumes = words(keys, "VOLUMES");
        boolean sms = keys.containsKey("STORAGECLASS") || volumes.isEmpty();
        Volume volume = null;
        if (volumes.isEmpty()) {
            // No volume: only SMS can place it (the ACS routines pick a storage group volume).
            volume = state.volumes.values().stream().filter(v -> v.sms && v.fits(space + 1)
                    && !v.vtoc.containsKey(dataName)).findFirst().orElse(null);
            if (volume == null) {
                step.message("IGD17273I allocation failed for " + name + ": no SMS volume has room: condition code 12");
                return 12;
            }
        } else {
            for (String v : volumes) {
                Volume candidate = state.volumes.get(v.toUpperCase(Locale.ROOT));
                if (candidate == null) {
                    step.message("IDC3009I volume " + v + " is not mounted: condition code 12");
                    return 12;
                }
                if (candidate.vtoc.containsKey(dataName)) {
                    return duplicateOnVolume(dataName, candidate.serial);
                }
                if (volume == null && candidate.fits(tracks + 1)) {
                    volume = candidate;
                }
            }
            if (volume == null) {
                return noSpace(name, volumes.get(0));
            }
        }
        DataSetBody body = state.newBody(linear ? "LINEAR" : "CLUSTER", "new");
        if (linear) {
            body.formatted = false;
        }
        volume.vtoc.put(dataName, new VtocEntry(dataName, body.id, tracks));
        CatalogEntry cluster = new CatalogEntry(CatalogEntry.CLUSTER);
        cluster.data = dataName;
        cluster.index = indexName;
        cluster.sms = sms;
        CatalogEntry data = CatalogEntry.component(CatalogEntry.DATA, name, List.of(volume.serial), body.id, sms);
        catalog.entries.put(name, cluster);
        catalog.entries.put(dataName, data);
        if (indexName != null) {
            volume.vtoc.put(indexName, new VtocEntry(indexName, body.id, 1));
            CatalogEntry index = new CatalogEntry(CatalogEntry.INDEX);
            index.relate = name;
            index.volumes.add(volume.serial);
            index.deviceTypes.add("3390");
            index.body = body.id;
            index.sms = sms;
            catalog.entries.put(indexName, index);
        }
        step.change("cluster " + name + " defined on " + volume.serial + " (" + tracks + " tracks) in " + catalog.name);
        return 0;
    }

    private static String componentName(Parameter component, String generated) {
        if (component != null && component.hasList()) {
            for (Parameter p : component.list()) {
                if ("NAME".equals(p.upper()) && p.value() != null) {
                    return p.value().toUpperCase(Locale.ROOT);
                }
            }
        }
        // AMS generates a component name when none is given, by the rule of DFSMS Using Data Sets, "Naming
        // a Cluster" (VsamComponentNames); the name it makes up for a cluster name over 42 characters is
        // not modelled (null).
        return generated;
    }

    private int definePath(String name, Map<String, Parameter> keys, String catalogParameter) {
        String entry = value(keys, "PATHENTRY");
        if (entry == null) {
            step.message("IDC3202I DEFINE PATH " + name + " without PATHENTRY: condition code 12");
            return 12;
        }
        Catalog catalog = targetCatalog(name, catalogParameter);
        if (catalog == null) {
            return catalogNotFound(catalogParameter);
        }
        CatalogEntry related = catalog.entries.get(entry);
        if (related == null) {
            step.message("IDC3012I ENTRY " + entry + " NOT FOUND: condition code 8");
            return 8;
        }
        if (!CatalogEntry.CLUSTER.equals(related.type)) {
            return notModelled("DEFINE PATH over a " + related.type);
        }
        if (catalog.entries.containsKey(name)) {
            return duplicate(name);
        }
        CatalogEntry path = new CatalogEntry(CatalogEntry.PATH);
        path.relate = entry;
        catalog.entries.put(name, path);
        step.change("path " + name + " -> " + entry + " in " + catalog.name);
        return 0;
    }

    // ------------------------------------------------------------------ DELETE

    private int delete(List<Parameter> params) {
        if (params.isEmpty()) {
            step.message("IDC3202I DELETE without an entry: condition code 12");
            return 12;
        }
        Parameter first = params.get(0);
        List<String> names = new ArrayList<>();
        if (first.word() == null) {
            names.addAll(first.words());
        } else {
            names.add(first.word());
        }
        Map<String, Parameter> keys = DELETE_KEYS.read(params.subList(1, params.size()));
        String unknown = Keywords.unknown(keys);
        if (unknown != null) {
            return notModelled("DELETE parameter " + unknown);
        }
        for (String k : List.of("USERCATALOG", "ALTERNATEINDEX", "GENERATIONDATAGROUP", "PAGESPACE", "TRUENAME", "NVR",
                "VVR", "MASK", "RECOVERY", "FORCE")) {
            if (keys.containsKey(k)) {
                return notModelled("DELETE " + k);
            }
        }
        String catalogParameter = keys.containsKey("CATALOG") ? catalogName(keys.get("CATALOG")) : null;
        if (catalogParameter != null && catalogs.named(catalogParameter) == null) {
            return catalogNotFound(catalogParameter);
        }
        List<String> types = keys.keySet().stream().filter(k -> List.of("ALIAS", "CLUSTER", "NONVSAM", "PATH")
                .contains(k)).toList();
        boolean noscratch = keys.containsKey("NOSCRATCH");
        int cc = 0;
        for (String raw : names) {
            String name = raw.toUpperCase(Locale.ROOT);
            if (name.contains("*")) {
                cc = Math.max(cc, notModelled("DELETE of a generic name " + name));
                continue;
            }
            Catalogs.Located found = catalogs.locate(name, catalogParameter);
            if (found == null || !types.isEmpty() && !types.contains(found.entry().type)) {
                step.message("IDC3012I ENTRY " + name + " NOT FOUND" + (found == null ? "" : " as "
                        + String.join("/", types)) + ": condition code 8");
                cc = Math.max(cc, 8);
                continue;
            }
            cc = Math.max(cc, deleteEntry(found, noscratch));
        }
        return cc;
    }

    private int deleteEntry(Catalogs.Located found, boolean noscratch) {
        CatalogEntry entry = found.entry();
        Catalog catalog = found.catalog();
        String name = found.name();
        switch (entry.type) {
            case CatalogEntry.ALIAS, CatalogEntry.PATH -> {
                catalog.entries.remove(name);
                step.change(entry.type.toLowerCase(Locale.ROOT) + " " + name + " deleted from " + catalog.name);
                return 0;
            }
            case CatalogEntry.NONVSAM -> {
                if (!noscratch && entry.isIndirect()) {
                    return notModelled("DELETE SCRATCH of an indirectly cataloged data set " + name);
                }
                catalog.entries.remove(name);
                // Deleting a non-VSAM entry deletes its aliases (AMS DELETE: "the alias entries ... are also
                // deleted" is the documented behaviour for a non-VSAM entry's aliases).
                for (String alias : Catalogs.aliasesOf(catalog, name)) {
                    catalog.entries.remove(alias);
                    step.change("alias " + alias + " deleted with " + name);
                }
                if (!noscratch) {
                    for (String v : catalogs.resolve(entry.volumes)) {
                        Volume volume = state.volumes.get(v);
                        if (volume != null) {
                            volume.vtoc.remove(name);
                        }
                    }
                }
                step.change("NONVSAM " + name + " deleted from " + catalog.name + (noscratch ? " (NOSCRATCH: kept in the"
                        + " VTOC)" : " and scratched"));
                return 0;
            }
            case CatalogEntry.CLUSTER -> {
                for (String component : new String[] {entry.data, entry.index}) {
                    if (component == null) {
                        continue;
                    }
                    CatalogEntry c = catalog.entries.remove(component);
                    if (c != null && !noscratch) {
                        for (String v : c.volumes) {
                            Volume volume = state.volumes.get(v);
                            if (volume != null) {
                                volume.vtoc.remove(component);
                            }
                        }
                    }
                }
                catalog.entries.remove(name);
                catalog.entries.values().removeIf(e -> CatalogEntry.PATH.equals(e.type) && name.equals(e.relate));
                step.change("cluster " + name + " deleted from " + catalog.name + (noscratch ? " (NOSCRATCH)" : ""));
                return 0;
            }
            default -> {
                return notModelled("DELETE of a " + entry.type + " entry");
            }
        }
    }

    // ------------------------------------------------------------------ ALTER

    private int alter(List<Parameter> params) {
        if (params.isEmpty() || params.get(0).word() == null) {
            step.message("IDC3202I ALTER without an entry: condition code 12");
            return 12;
        }
        String name = params.get(0).upper();
        Map<String, Parameter> keys = ALTER_KEYS.read(params.subList(1, params.size()));
        String unknown = Keywords.unknown(keys);
        if (unknown != null) {
            return notModelled("ALTER parameter " + unknown);
        }
        String newName = value(keys, "NEWNAME");
        if (newName == null) {
            return notModelled("ALTER without NEWNAME");
        }
        newName = newName.toUpperCase(Locale.ROOT);
        String catalogParameter = keys.containsKey("CATALOG") ? catalogName(keys.get("CATALOG")) : null;
        if (catalogParameter != null && catalogs.named(catalogParameter) == null) {
            return catalogNotFound(catalogParameter);
        }
        if (name.contains("*")) {
            return notModelled("ALTER of a generic name " + name);
        }
        Catalogs.Located found = catalogs.locate(name, catalogParameter);
        if (found == null) {
            step.message("IDC3012I ENTRY " + name + " NOT FOUND: condition code 8");
            return 8;
        }
        Catalog catalog = found.catalog();
        CatalogEntry entry = found.entry();
        if (catalog.entries.containsKey(newName)) {
            step.message("IDC3014I DUPLICATE NAME " + newName + " in " + catalog.name + ": condition code 8");
            return 8;
        }
        if (entry.sms && !CatalogEntry.NONVSAM.equals(entry.type)) {
            // AMS ALTER (manual-syntax 1.6): "Access method services does not allow ALTER where the new name
            // does not match the existing catalog structure for an SMS-managed VSAM data set". Whether
            // CATALOG() lifts this is not documented: the stricter reading refuses.
            Catalog structure = catalogs.defineCatalog(newName);
            if (structure != catalog) {
                step.message("IDC3009I the new name " + newName + " of SMS-managed " + name
                        + " does not match the catalog structure (it would belong to " + structure.name
                        + "): condition code 12");
                return 12;
            }
        }
        if (!CatalogEntry.NONVSAM.equals(entry.type) && state.allocated.contains(newName)) {
            // "Renaming a Data Set That Might be in Use" is about the format-1 DSCB rename of a non-VSAM
            // data set; what a VSAM rename to a name the system holds does is not said there. (A source CSI
            // another job updates, SystemState.updating, is a concern of the copy, which serializes on it.)
            return notModelled("ALTER NEWNAME of a " + entry.type + " entry to " + newName
                    + ", a name the system has allocated");
        }
        if (CatalogEntry.NONVSAM.equals(entry.type)
                && (state.allocated.contains(newName) || state.updating.contains(newName))) {
            // DFSMSdfp Advanced Services, "Renaming a Data Set That Might be in Use": "you cannot rename a data
            // set whose name is the same as any data set that is allocated to another address space in the
            // same system or in the scope of the SYSDSN enqueue" (the exception needs a CAMLST option IDCAMS
            // does not set). Nothing is renamed.
            step.message("IDC3009I RENAME of " + name + " to " + newName + " failed: " + newName
                    + " is allocated to another address space of this system (SYSDSN enqueue): condition code 8");
            return 8;
        }
        switch (entry.type) {
            case CatalogEntry.NONVSAM -> {
                // A non-VSAM rename renames the data set in the VTOC of each volume (DFSMSdfp Advanced
                // Services, "Renaming a data set"; "Status codes from RENAME": a name already in the VTOC
                // is refused) and then the catalog entry.
                List<String> resolved = catalogs.resolve(entry.volumes);
                for (String v : resolved) {
                    Volume volume = state.volumes.get(v);
                    if (volume == null || !volume.vtoc.containsKey(name)) {
                        step.message("IDC3009I RENAME of " + name + " failed: volume " + v + " does not hold it"
                                + (entry.isIndirect() ? " (the entry is indirect: " + String.join(" ", entry.volumes)
                                + " resolves to " + v + " on this system)" : "") + ": condition code 8");
                        return 8;
                    }
                    if (volume.vtoc.containsKey(newName)) {
                        step.message("IDC3009I RENAME of " + name + " to " + newName + " failed: the VTOC of " + v
                                + " already holds " + newName + ": condition code 8");
                        return 8;
                    }
                }
                for (String v : resolved) {
                    Volume volume = state.volumes.get(v);
                    VtocEntry vtoc = volume.vtoc.remove(name);
                    vtoc.name = newName;
                    volume.vtoc.put(newName, vtoc);
                }
                catalog.entries.remove(name);
                catalog.entries.put(newName, entry);
                for (String alias : Catalogs.aliasesOf(catalog, name)) {
                    catalog.entries.get(alias).relate = newName;
                }
            }
            case CatalogEntry.CLUSTER -> {
                catalog.entries.remove(name);
                catalog.entries.put(newName, entry);
                for (String component : new String[] {entry.data, entry.index}) {
                    if (component != null && catalog.entries.containsKey(component)) {
                        catalog.entries.get(component).relate = newName;
                    }
                }
                String oldName = name;
                String renamed = newName;
                catalog.entries.values().stream().filter(e -> CatalogEntry.PATH.equals(e.type)
                        && oldName.equals(e.relate)).forEach(e -> e.relate = renamed);
            }
            case CatalogEntry.DATA, CatalogEntry.INDEX -> {
                for (String v : entry.volumes) {
                    Volume volume = state.volumes.get(v);
                    if (volume != null && volume.vtoc.containsKey(newName)) {
                        step.message("IDC3009I RENAME of " + name + " to " + newName + " failed: the VTOC of " + v
                                + " already holds it: condition code 8");
                        return 8;
                    }
                }
                for (String v : entry.volumes) {
                    Volume volume = state.volumes.get(v);
                    if (volume != null && volume.vtoc.containsKey(name)) {
                        VtocEntry vtoc = volume.vtoc.remove(name);
                        vtoc.name = newName;
                        volume.vtoc.put(newName, vtoc);
                    }
                }
                catalog.entries.remove(name);
                catalog.entries.put(newName, entry);
                CatalogEntry cluster = catalog.entries.get(entry.relate);
                if (cluster != null) {
                    if (name.equals(cluster.data)) {
                        cluster.data = newName;
                    }
                    if (name.equals(cluster.index)) {
                        cluster.index = newName;
                    }
                }
            }
            default -> {
                return notModelled("ALTER NEWNAME of a " + entry.type + " entry");
            }
        }
        step.change(entry.type + " " + name + " renamed " + newName + " in " + catalog.name);
        return 0;
    }

    // ------------------------------------------------------------------ LISTCAT

    private int listcat(List<Parameter> params) {
        Map<String, Parameter> keys = LISTCAT_KEYS.read(params);
        String unknown = Keywords.unknown(keys);
        if (unknown != null) {
            return notModelled("LISTCAT parameter " + unknown);
        }
        String catalogParameter = keys.containsKey("CATALOG") ? catalogName(keys.get("CATALOG")) : null;
        if (catalogParameter != null && catalogs.named(catalogParameter) == null) {
            return catalogNotFound(catalogParameter);
        }
        List<String> types = keys.keySet().stream().filter(LISTCAT_TYPES::contains).toList();
        if (keys.containsKey("LEVEL")) {
            // AMS "LISTCAT" LEVEL(level): "All entries that match the level of qualification specified by level
            // are listed" (names beginning with level and a period), in the catalogs searched for the level;
            // none found is condition code 4: "Catalog Search Order for LISTCAT" returns "a no-entry-found
            // error" for ENTRIES or LEVEL alike, and "Condition Codes" gives 4 for "unable to locate an entry
            // in a LISTCAT command" (manual-syntax 1.7).
            String level = keys.get("LEVEL").value() == null ? null : keys.get("LEVEL").value().toUpperCase(Locale.ROOT);
            if (level == null || !types.isEmpty()) {
                return notModelled("LISTCAT LEVEL with an entry type, or without a level");
            }
            List<String> below = matching(level + ".**", level + ".X", catalogParameter).stream()
                    .filter(n -> !n.equals(level)).toList();
            return listed(below, "LEVEL " + level);
        }
        Parameter entries = keys.get("ENTRIES");
        if (entries == null) {
            step.message("LISTCAT of a whole catalog");
            return 0;
        }
        int cc = 0;
        List<String> names = entries.words();
        for (String raw : names) {
            String name = raw.toUpperCase(Locale.ROOT);
            if (name.contains("*")) {
                // AMS "LISTCAT" ENTRIES with a generic name: an asterisk stands for one qualifier.
                if (name.contains("**") || !types.isEmpty() || name.startsWith("*")) {
                    cc = Math.max(cc, notModelled("LISTCAT of a generic name " + name));
                } else {
                    cc = Math.max(cc, listed(matching(name, name.replace("*", "X"), catalogParameter), name));
                }
                continue;
            }
            Catalogs.Located found = catalogs.locate(name, catalogParameter);
            // "If you use ENTRIES and also specify an entry type, the entryname is not listed unless it is
            // of the specified type" (manual-syntax 1.7); an entry not listed is an entry not found: 4.
            if (found == null || !types.isEmpty() && !types.contains(found.entry().type)) {
                step.message("IDC3012I ENTRY " + name + " NOT FOUND: condition code 4");
                cc = Math.max(cc, 4);
            }
        }
        return cc;
    }

    /** Entry names matching DFSMSdss-style filter {@code filter} in the catalogs searched for {@code sample}. */
    private List<String> matching(String filter, String sample, String catalogParameter) {
        List<String> names = new ArrayList<>();
        for (Catalog catalog : catalogs.searchOrder(sample, catalogParameter)) {
            catalog.entries.keySet().stream().filter(n -> DsnFilter.matches(filter, n)).forEach(names::add);
        }
        return names;
    }

    private int listed(List<String> names, String what) {
        if (names.isEmpty()) {
            step.message("IDC3012I ENTRY " + what + " NOT FOUND: condition code 4");
            return 4;
        }
        step.message("LISTCAT " + what + ": " + String.join(", ", names));
        return 0;
    }

    // ------------------------------------------------------------------ EXPORT DISCONNECT, IMPORT CONNECT

    private int export(List<Parameter> params) {
        if (params.isEmpty() || params.get(0).word() == null) {
            step.message("IDC3202I EXPORT without an entry: condition code 12");
            return 12;
        }
        String name = params.get(0).upper();
        Map<String, Parameter> keys = EXPORT_KEYS.read(params.subList(1, params.size()));
        String unknown = Keywords.unknown(keys);
        if (unknown != null) {
            return notModelled("EXPORT parameter " + unknown);
        }
        if (!keys.containsKey("DISCONNECT")) {
            return notModelled("EXPORT without DISCONNECT");
        }
        Catalog from = keys.containsKey("CATALOG") ? catalogs.named(catalogName(keys.get("CATALOG"))) : state.master();
        if (from == null) {
            return catalogNotFound(catalogName(keys.get("CATALOG")));
        }
        CatalogEntry connector = from.entries.get(name);
        if (connector == null || !CatalogEntry.USERCATALOG.equals(connector.type)) {
            step.message("IDC3012I ENTRY " + name + " NOT FOUND: condition code 8");
            return 8;
        }
        // "The connector entry for the user catalog is deleted from the master catalog. Also, the user
        // catalog's alias entries are deleted from the master catalog." (manual-syntax 1.8)
        from.entries.remove(name);
        for (String alias : Catalogs.aliasesOf(from, name)) {
            from.entries.remove(alias);
            step.change("catalog alias " + alias + " deleted with the connector");
        }
        step.change("user catalog " + name + " disconnected from " + from.name);
        return 0;
    }

    private int importConnect(List<Parameter> params) {
        Map<String, Parameter> keys = IMPORT_KEYS.read(params);
        String unknown = Keywords.unknown(keys);
        if (unknown != null) {
            return notModelled("IMPORT parameter " + unknown);
        }
        if (!keys.containsKey("CONNECT") || !keys.containsKey("OBJECTS") || !keys.get("OBJECTS").hasList()) {
            return notModelled("IMPORT other than IMPORT CONNECT OBJECTS(...)");
        }
        List<Parameter> objects = keys.get("OBJECTS").list();
        if (objects.size() != 1 || objects.get(0).list() == null || objects.get(0).list().isEmpty()) {
            return notModelled("IMPORT CONNECT of other than one catalog");
        }
        List<Parameter> object = objects.get(0).list();
        String name = object.get(0).upper();
        Map<String, Parameter> sub = IMPORT_KEYS.read(object.subList(1, object.size()));
        List<String> volumes = words(sub, "VOLUMES");
        if (volumes.size() != 1) {
            step.message("IDC3202I IMPORT CONNECT " + name + " needs one volume: condition code 12");
            return 12;
        }
        Catalog catalog = state.catalogs.get(name);
        if (catalog == null || !catalog.volume.equals(volumes.get(0).toUpperCase(Locale.ROOT))) {
            step.message("IDC3009I catalog " + name + " is not on volume " + volumes.get(0) + ": condition code 8");
            return 8;
        }
        Catalog into = keys.containsKey("CATALOG") ? catalogs.named(catalogName(keys.get("CATALOG"))) : state.master();
        if (into == null) {
            return catalogNotFound(catalogName(keys.get("CATALOG")));
        }
        if (into.entries.containsKey(name)) {
            return duplicate(name);
        }
        if (keys.containsKey("ALIAS")) {
            return notModelled("IMPORT CONNECT ALIAS");
        }
        CatalogEntry connector = new CatalogEntry(CatalogEntry.USERCATALOG);
        connector.volumes.add(catalog.volume);
        connector.deviceTypes.add("3390");
        into.entries.put(name, connector);
        step.change("user catalog " + name + " connected to " + into.name);
        return 0;
    }

    // ------------------------------------------------------------------ helpers

    private int duplicate(String name) {
        step.message("IDC3013I DUPLICATE DATA SET NAME " + name + ": condition code 8");
        return 8;
    }

    private int duplicateOnVolume(String name, String volser) {
        step.message("IGD17101I " + name + " is already in the VTOC of " + volser + ": condition code 8");
        return 8;
    }

    private int noSpace(String name, String volser) {
        step.message("IGD17272I not enough space for " + name + " on " + volser + ": condition code 12");
        return 12;
    }

    private int catalogNotFound(String name) {
        step.message("IDC3007I catalog " + name + " is not connected to this system: condition code 8");
        return 8;
    }

    private static String catalogName(Parameter catalog) {
        String value = catalog.value();
        if (value == null && catalog.hasList() && !catalog.list().isEmpty()) {
            value = catalog.list().get(0).word();
        }
        return value == null ? null : value.replaceAll("/.*$", "").toUpperCase(Locale.ROOT);
    }

    private static String value(Map<String, Parameter> keys, String key) {
        Parameter p = keys.get(key);
        return p == null ? null : p.value() == null ? null : p.value().toUpperCase(Locale.ROOT);
    }

    private static List<String> words(Map<String, Parameter> keys, String key) {
        Parameter p = keys.get(key);
        return p == null ? List.of() : p.words();
    }

    /** Primary space in tracks, or -1 when it cannot be told. */
    private static long tracks(Map<String, Parameter> keys) {
        for (String key : List.of("CYLINDERS", "TRACKS", "MEGABYTES", "KILOBYTES")) {
            Parameter p = keys.get(key);
            if (p != null && !p.words().isEmpty() && p.words().get(0).matches("\\d{1,9}")) {
                long n = Long.parseLong(p.words().get(0));
                return switch (key) {
                    case "CYLINDERS" -> n * 15;
                    case "TRACKS" -> n;
                    case "MEGABYTES" -> (n * 1_048_576 + TRACK_BYTES - 1) / TRACK_BYTES;
                    default -> (n * 1024 + TRACK_BYTES - 1) / TRACK_BYTES;
                };
            }
        }
        return -1;
    }
}
