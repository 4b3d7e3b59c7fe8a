package dev.zdeploy.simulate;

import dev.zdeploy.descriptor.DataSet;
import dev.zdeploy.descriptor.Dddef;
import dev.zdeploy.descriptor.Descriptor;
import dev.zdeploy.descriptor.DsType;
import dev.zdeploy.descriptor.Zone;
import dev.zdeploy.descriptor.ZoneDddefs;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.inventory.CatalogAlias;
import dev.zdeploy.inventory.ExistingDataSet;
import dev.zdeploy.inventory.Inventory;
import dev.zdeploy.inventory.VolumeCapacity;
import dev.zdeploy.jcl.VsamComponentNames;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.TargetDataSet;
import dev.zdeploy.plan.VolumeMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The state a simulation starts from: the driving system as the inventory describes it, with the
 * source instance the descriptor describes. What neither says comes from the documented minimal
 * driving system:
 * <ul>
 * <li>master catalog {@value #MASTER_CATALOG} on the IPL volume {@value #IPL_VOLUME}; the symbols
 *     {@code &SYSUID} = {@value #SYSUID}, and each indirect volume symbol the plan uses
 *     ({@code &SYSR2}...) set to a driving-system volume {@code DRVRn} of its own;</li>
 * <li>one SMS storage group volume {@value #SMS_VOLUME} (where data sets defined without a volume
 *     go), and {@code SMS002}... when an SMS-managed data set of the plan spans more volumes (a real
 *     storage group has many; SMS gives a multi-volume data set as many as it needs) or the unzip job
 *     moves one to its storage class (it then needs volumes it is not on), volumes of unknown capacity unless the inventory gives it (space is then not checked);</li>
 * <li>a UNIX file system with {@code /}, {@code /tmp}, the work path and the package directory;</li>
 * <li>every SYS1 data set on its volumes allocated to its own address spaces ({@link SystemState#allocated}).</li>
 * </ul>
 * Source data sets (a software instance) are on their descriptor volumes and cataloged where the
 * inventory says, else through the driving system's catalog aliases, else in the master catalog;
 * VSAM clusters have the components VSAM names for a cluster defined without component names
 * ({@link VsamComponentNames}: {@code name.DATA}, and {@code .INDEX} for a KSDS, for most). The source
 * CSIs hold the descriptor's zones, the global zone's ZONEINDEX naming each zone's CSI, and the
 * DDDEFs the descriptor lists (DATASET and SHR, or PATH: the descriptor gives no volumes). A
 * portable instance is a package directory holding one archive per data set instead.
 */
public final class DrivingSystem {

    public static final String MASTER_CATALOG = "CATALOG.DRIVING.MASTER";
    public static final String IPL_VOLUME = "DRVRES";
    public static final String SMS_VOLUME = "SMS001";
    public static final String SYSUID = "SYSPROG";

    private DrivingSystem() {}

    public static SystemState of(Inputs inputs, DeploymentPlan plan) {
        SystemState state = new SystemState();
        state.masterCatalog = MASTER_CATALOG;
        state.iplVolume = IPL_VOLUME;
        state.symbols.put("SYSUID", SYSUID);
        state.symbols.put("SYSR1", IPL_VOLUME);
        Inventory inventory = inputs.inventory() == null ? Inventory.EMPTY : inputs.inventory();
        Map<String, Long> capacity = new TreeMap<>();
        for (VolumeCapacity v : inventory.volumes()) {
            capacity.put(v.volume().toUpperCase(Locale.ROOT), v.capacityTracks());
        }
        volume(state, IPL_VOLUME, capacity, false);
        volume(state, SMS_VOLUME, capacity, true);
        // A data set the unzip job moves to its storage class (plan.ClassMove) needs volumes it is not on:
        // twice its width, as a storage group of a real system has.
        int smsVolumes = plan.datasets().stream().filter(TargetDataSet::isSmsManaged)
                .mapToInt(ds -> ds.volumes().size() * (plan.isPortable() && ds.storclasAssigned() ? 2 : 1))
                .max().orElse(1);
        for (int i = 2; i <= smsVolumes; i++) {
            volume(state, String.format(Locale.ROOT, "SMS%03d", i), capacity, true);
        }
        int n = 2;
        for (String symbol : symbolsOf(plan)) {
            String value = "DRVR" + n++;
            state.symbols.put(symbol, value);
            volume(state, value, capacity, false);
        }
        Catalog master = new Catalog(MASTER_CATALOG, IPL_VOLUME);
        state.catalogs.put(MASTER_CATALOG, master);
        state.volumes.get(IPL_VOLUME).vtoc.put(MASTER_CATALOG, new VtocEntry(MASTER_CATALOG,
                state.newBody("CATALOG", "driving").id, 150));
        for (String v : capacity.keySet()) {
            volume(state, v, capacity, false);
        }
        for (VolumeMapping m : plan.volumeMap()) {
            volume(state, m.sourceVolume(), capacity, false);
            volume(state, m.targetVolume(), capacity, false);
        }
        for (TargetDataSet ds : plan.datasets()) {
            ds.volumes().forEach(v -> volume(state, v, capacity, false));
        }
        if (plan.masterCatalog() != null) {
            volume(state, plan.masterCatalog().volume(), capacity, false);
        }
        if (plan.work().volume() != null) {
            volume(state, plan.work().volume(), capacity, false);
        }
        for (String ucat : inventory.usercatalogs()) {
            String name = ucat.toUpperCase(Locale.ROOT);
            state.catalogs.putIfAbsent(name, new Catalog(name, IPL_VOLUME));
            CatalogEntry connector = new CatalogEntry(CatalogEntry.USERCATALOG);
            connector.volumes.add(IPL_VOLUME);
            connector.deviceTypes.add("3390");
            master.entries.put(name, connector);
        }
        for (CatalogAlias alias : inventory.aliases()) {
            String catalog = alias.catalog().toUpperCase(Locale.ROOT);
            if (!master.entries.containsKey(catalog)) {
                state.catalogs.putIfAbsent(catalog, new Catalog(catalog, IPL_VOLUME));
                CatalogEntry connector = new CatalogEntry(CatalogEntry.USERCATALOG);
                connector.volumes.add(IPL_VOLUME);
                connector.deviceTypes.add("3390");
                master.entries.put(catalog, connector);
            }
            CatalogEntry entry = new CatalogEntry(CatalogEntry.ALIAS);
            entry.relate = catalog;
            master.entries.put(alias.name().toUpperCase(Locale.ROOT), entry);
        }
        Descriptor descriptor = inputs.descriptor();
        Map<String, ExistingDataSet> existing = new TreeMap<>();
        for (ExistingDataSet ds : inventory.datasets()) {
            existing.put(ds.dsname().toUpperCase(Locale.ROOT), ds);
        }
        Map<String, Csi> csis = sourceCsis(descriptor);
        Catalogs catalogs = new Catalogs(state);
        if (plan.isPortable()) {
            Map<String, PackageArchive> archives = new TreeMap<>();
            for (TargetDataSet ds : plan.datasets()) {
                DataSet source = descriptor.datasets().stream().filter(d -> d.dsname().equals(ds.sourceName()))
                        .findFirst().orElse(null);
                if (ds.archid() == null || source == null) {
                    continue;
                }
                PackageArchive archive = new PackageArchive();
                archive.archid = ds.archid();
                archive.name = ds.sourceName();
                archive.kind = plan.isUnzippedAsTree(ds) ? "TREE" : kind(source.dstype());
                archive.tracks = ds.tracks();
                archive.csi = csis.get(ds.sourceName());
                archives.put(archive.archid, archive);
            }
            String dir = UnixView.normal(plan.sourceDirectory());
            state.packages.put(dir, archives);
            directory(state, dir);
        } else {
            for (DataSet ds : descriptor.datasets()) {
                ExistingDataSet known = existing.remove(ds.dsname().toUpperCase(Locale.ROOT));
                source(state, catalogs, ds, known, csis.get(ds.dsname()));
            }
        }
        for (ExistingDataSet ds : existing.values()) {
            existingDataSet(state, ds);
        }
        directory(state, "/tmp");
        if (plan.work().path() != null) {
            directory(state, UnixView.normal(plan.work().path()));
        }
        // The system runs from its own SYS1 data sets and holds them allocated; which ones exactly depends
        // on the system (LNKLST, LPALST, PARMLIB, PROCLIB, ...), so the minimal driving system holds all it
        // has, the stricter choice for a job that renames to or copies such a name.
        state.volumes.values().forEach(v -> v.vtoc.keySet().stream().filter(dsn -> dsn.startsWith("SYS1."))
                .forEach(state.allocated::add));
        return state;
    }

    private static List<String> symbolsOf(DeploymentPlan plan) {
        List<String> symbols = new ArrayList<>();
        for (TargetDataSet ds : plan.datasets()) {
            String s = ds.indirectcatalogsymbol();
            if (s != null && s.startsWith("&")) {
                String name = s.substring(1).replaceAll("\\.$", "").toUpperCase(Locale.ROOT);
                if (!name.equals("SYSR1") && !symbols.contains(name)) {
                    symbols.add(name);
                }
            }
        }
        return symbols;
    }

    private static void volume(SystemState state, String serial, Map<String, Long> capacity, boolean sms) {
        if (serial == null) {
            return;
        }
        String v = serial.toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z0-9@#$]{1,6}")) {
            return;
        }
        state.volumes.computeIfAbsent(v, k -> new Volume(k, capacity.get(k), sms));
    }

    static void directory(SystemState state, String path) {
        String p = UnixView.normal(path);
        while (true) {
            state.unix.directories.add(p);
            if (p.equals("/")) {
                return;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "/" : p.substring(0, slash);
        }
    }

    private static String kind(DsType type) {
        return switch (type) {
            case VSAM -> "CLUSTER";
            case ZFS -> "LINEAR";
            // An HFS data set is a non-VSAM data set (DSNTYPE=HFS), cataloged as NONVSAM.
            case HFS -> "HFS";
            default -> "NONVSAM";
        };
    }

    private static Map<String, Csi> sourceCsis(Descriptor descriptor) {
        Map<String, Csi> csis = new TreeMap<>();
        if (!descriptor.hasSmpe()) {
            return csis;
        }
        String global = descriptor.globalzone().toUpperCase(Locale.ROOT);
        Csi globalCsi = csis.computeIfAbsent(global, k -> new Csi());
        CsiZone globalZone = globalCsi.zones.computeIfAbsent(Zone.GLOBAL_ZONE_NAME, k -> new CsiZone("GLOBAL"));
        for (Zone zone : descriptor.zones()) {
            if (zone.type() == dev.zdeploy.descriptor.ZoneType.GLOBAL) {
                continue;
            }
            String csiName = (zone.csi() == null ? global : zone.csi()).toUpperCase(Locale.ROOT);
            CsiZone z = new CsiZone(zone.type().name());
            z.related = zone.related() == null ? null : zone.related().toUpperCase(Locale.ROOT);
            csis.computeIfAbsent(csiName, k -> new Csi()).zones.put(zone.name().toUpperCase(Locale.ROOT), z);
            globalZone.zoneIndex.put(zone.name().toUpperCase(Locale.ROOT), new ZoneIndexEntry(csiName, zone.type().name()));
        }
        Map<String, CsiZone> zonesByName = new TreeMap<>();
        csis.values().forEach(c -> zonesByName.putAll(c.zones));
        for (DataSet ds : descriptor.datasets()) {
            for (ZoneDddefs zd : ds.zonedddefs()) {
                CsiZone zone = zonesByName.get(zd.zone().toUpperCase(Locale.ROOT));
                if (zone == null) {
                    continue;
                }
                for (Dddef dddef : zd.dddefs()) {
                    Map<String, String> sub = new TreeMap<>();
                    if (dddef.isPath()) {
                        sub.put("PATH", dddef.path());
                    } else {
                        sub.put("DATASET", ds.dsname().toUpperCase(Locale.ROOT));
                        sub.put("STATUS", dddef.dddef().equals("SMPLOG") || dddef.dddef().equals("SMPLOGA") ? "MOD"
                                : "SHR");
                    }
                    zone.dddefs.put(dddef.dddef().toUpperCase(Locale.ROOT), sub);
                }
            }
        }
        return csis;
    }

    private static void source(SystemState state, Catalogs catalogs, DataSet ds, ExistingDataSet known, Csi csi) {
        String name = ds.dsname().toUpperCase(Locale.ROOT);
        String kind = kind(ds.dstype());
        DataSetBody body = state.newBody(kind, "source:" + name);
        if ("LINEAR".equals(kind)) {
            body.formatted = true;
        }
        body.csi = csi;
        List<String> volumes = ds.volumes().stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
        long tracks = ds.tracks() == null ? 1 : ds.tracks();
        boolean vsam = "CLUSTER".equals(kind) || "LINEAR".equals(kind);
        // A source cluster was defined without component names: VSAM's own names ("Naming a Cluster"),
        // the .DATA/.INDEX form for a name over 42 characters, whose made-up names are not modelled.
        VsamComponentNames.Pair components = VsamComponentNames.generated(name)
                .orElse(new VsamComponentNames.Pair(name + ".DATA", name + ".INDEX"));
        String dataName = vsam ? components.data() : name;
        String indexName = "CLUSTER".equals(kind) ? components.index() : null;
        for (int i = 0; i < volumes.size(); i++) {
            Volume volume = state.volumes.computeIfAbsent(volumes.get(i), k -> new Volume(k, null, ds.storclas() != null));
            long share = tracks / volumes.size() + (i == 0 ? tracks % volumes.size() : 0);
            volume.vtoc.put(dataName, new VtocEntry(dataName, body.id, share));
            if (indexName != null && i == 0) {
                volume.vtoc.put(indexName, new VtocEntry(indexName, body.id, 1));
            }
        }
        Catalog catalog;
        if (known != null) {
            if (known.catalog() == null) {
                return;
            }
            catalog = catalogNamed(state, known.catalog());
        } else {
            catalog = catalogs.defineCatalog(name);
        }
        boolean sms = ds.storclas() != null;
        if (vsam) {
            CatalogEntry cluster = new CatalogEntry(CatalogEntry.CLUSTER);
            cluster.data = dataName;
            cluster.index = indexName;
            cluster.sms = sms;
            catalog.entries.put(name, cluster);
            catalog.entries.put(dataName, CatalogEntry.component(CatalogEntry.DATA, name, volumes, body.id, sms));
            if (indexName != null) {
                catalog.entries.put(indexName, CatalogEntry.component(CatalogEntry.INDEX, name, volumes.subList(0, 1), body.id, sms));
            }
        } else {
            CatalogEntry entry = new CatalogEntry(CatalogEntry.NONVSAM);
            entry.volumes.addAll(volumes);
            volumes.forEach(v -> entry.deviceTypes.add("3390"));
            entry.body = body.id;
            entry.sms = sms;
            catalog.entries.put(name, entry);
        }
    }

    private static Catalog catalogNamed(SystemState state, String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.equals(state.masterCatalog)) {
            return state.master();
        }
        Catalog c = state.catalogs.get(n);
        if (c == null) {
            c = new Catalog(n, IPL_VOLUME);
            state.catalogs.put(n, c);
            CatalogEntry connector = new CatalogEntry(CatalogEntry.USERCATALOG);
            connector.volumes.add(IPL_VOLUME);
            connector.deviceTypes.add("3390");
            state.master().entries.put(n, connector);
        }
        return c;
    }

    private static void existingDataSet(SystemState state, ExistingDataSet ds) {
        String name = ds.dsname().toUpperCase(Locale.ROOT);
        DataSetBody body = state.newBody("NONVSAM", "existing:" + name);
        List<String> volumes = ds.volumes().stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
        for (String v : volumes) {
            state.volumes.computeIfAbsent(v, k -> new Volume(k, null, false)).vtoc.put(name,
                    new VtocEntry(name, body.id, 1));
        }
        if (ds.catalog() != null) {
            CatalogEntry entry = new CatalogEntry(CatalogEntry.NONVSAM);
            entry.volumes.addAll(volumes);
            volumes.forEach(v -> entry.deviceTypes.add("3390"));
            entry.body = body.id;
            catalogNamed(state, ds.catalog()).entries.put(name, entry);
        }
    }
}
