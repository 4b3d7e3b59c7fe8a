package dev.zdeploy.simulate;

import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.TargetDataSet;
import dev.zdeploy.plan.TargetDddef;
import dev.zdeploy.plan.TargetZone;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares a state with the plan. After the submitted jobs: each target data set under its final
 * name, in the planned catalog, cataloged directly on its planned volumes (any SMS volume for an
 * SMS-managed one) or indirectly with the planned symbol and {@code DEVICETYPES(0000)}, its data
 * in those volumes' VTOCs, complete and made from its source; its aliases; no temporary name left;
 * the zones, ZONEINDEX and DDDEFs as planned; the new master catalog connected through its
 * temporary alias. After the cleanup job: the temporary aliases and the catalog connection gone.
 * At both: nothing new that the plan does not name (work data sets, temporary names), no mount
 * left, and every catalog entry, VTOC entry and data set (CSIs included) that existed before
 * unchanged, and none opened for update.
 */
final class PlanCheck {

    static final String AFTER_JOBS = "after the submitted jobs";
    static final String AFTER_CLEANUP = "after the cleanup job";

    private final DeploymentPlan plan;
    private final SystemState before;
    private final List<Difference> differences = new ArrayList<>();

    PlanCheck(DeploymentPlan plan, SystemState before) {
        this.plan = plan;
        this.before = before;
    }

    List<Difference> check(String checkpoint, SystemState state, List<Run.Update> updates, boolean cleanedUp) {
        differences.clear();
        Catalogs catalogs = new Catalogs(state);
        Set<String> allowedEntries = new HashSet<>();
        Set<String> allowedVtoc = new HashSet<>();
        for (TargetDataSet ds : plan.datasets()) {
            dataSet(checkpoint, state, catalogs, ds, cleanedUp, allowedEntries, allowedVtoc);
        }
        if (plan.masterCatalog() != null) {
            masterCatalog(checkpoint, state, cleanedUp, allowedEntries, allowedVtoc);
        }
        if (plan.hasSmpe()) {
            zones(checkpoint, state, catalogs, cleanedUp);
        }
        iplText(checkpoint, state);
        leftovers(checkpoint, state, allowedEntries, allowedVtoc);
        untouched(checkpoint, state, updates);
        return List.copyOf(differences);
    }

    /** The plan's system residence volume carries IPL text read from the target's own SAMPLIB (DeploymentPlan.iplText). */
    private void iplText(String checkpoint, SystemState state) {
        dev.zdeploy.plan.IplText ipl = plan.iplText();
        if (ipl == null) {
            return;
        }
        Volume volume = state.volumes.get(ipl.volume());
        String on = ipl.samplibVolumes().isEmpty() ? "" : " on " + ipl.samplibVolumes().get(0);
        String expected = ipl.samplib() + "(IPLRECS)" + on + "+" + ipl.samplib() + "(IEAIPL00)" + on;
        if (volume == null || !expected.equals(volume.iplText)) {
            diff(checkpoint, ipl.volume(), "the system residence volume has " + (volume == null || volume.iplText == null
                    ? "no IPL text" : "IPL text from " + volume.iplText) + ": it cannot be IPLed as planned");
        }
    }

    private void diff(String checkpoint, String subject, String message) {
        differences.add(new Difference(checkpoint, subject, message));
    }

    private Catalog plannedCatalog(SystemState state, Catalogs catalogs, TargetDataSet ds) {
        return ds.catalog() != null ? state.catalogs.get(ds.catalog()) : catalogs.defineCatalog(ds.name());
    }

    private void dataSet(String checkpoint, SystemState state, Catalogs catalogs, TargetDataSet ds, boolean cleanedUp,
                         Set<String> allowedEntries, Set<String> allowedVtoc) {
        String name = ds.name();
        Catalog catalog = plannedCatalog(state, catalogs, ds);
        if (catalog == null) {
            diff(checkpoint, name, "its catalog " + ds.catalog() + " does not exist");
            return;
        }
        allowedEntries.add(catalog.name + " " + name);
        CatalogEntry entry = catalog.entries.get(name);
        if (entry == null) {
            diff(checkpoint, name, "not cataloged in " + catalog.name);
            return;
        }
        List<String> dataVolumes;
        String vtocName = name;
        if (ds.isVsamCluster()) {
            if (!CatalogEntry.CLUSTER.equals(entry.type)) {
                diff(checkpoint, name, "cataloged as " + entry.type + ", planned a VSAM cluster");
                return;
            }
            for (String component : new String[] {entry.data, entry.index}) {
                if (component != null) {
                    allowedEntries.add(catalog.name + " " + component);
                    if (ds.needsRename() && (component.startsWith(ds.temporaryName() + ".")
                            || ds.componentRenames().stream().anyMatch(c -> c.from().equals(component)))) {
                        diff(checkpoint, name, "component " + component + " still carries the temporary name");
                    }
                }
            }
            CatalogEntry data = catalog.entries.get(entry.data);
            if (data == null) {
                diff(checkpoint, name, "its data component " + entry.data + " is not cataloged");
                return;
            }
            dataVolumes = data.volumes;
            vtocName = entry.data;
            if (entry.index != null) {
                // An SMS-managed cluster's index lands where SMS put the data component, not on a planned volume.
                (ds.isSmsManaged() ? dataVolumes : ds.volumes()).forEach(v -> allowedVtoc.add(v + " " + entry.index));
            }
        } else if (ds.isIndirect()) {
            if (!CatalogEntry.NONVSAM.equals(entry.type) || !entry.volumes.equals(List.of(ds.indirectcatalogsymbol()))
                    || !entry.deviceTypes.equals(List.of("0000"))) {
                diff(checkpoint, name, "planned indirect VOLUMES(" + ds.indirectcatalogsymbol()
                        + ") DEVICETYPES(0000) in " + catalog.name + ", found " + entry);
            }
            dataVolumes = ds.volumes();
        } else {
            if (!CatalogEntry.NONVSAM.equals(entry.type)) {
                diff(checkpoint, name, "cataloged as " + entry.type + ", planned NONVSAM");
                return;
            }
            dataVolumes = entry.volumes;
        }
        if (!ds.isIndirect() && !ds.isSmsManaged() && !dataVolumes.equals(ds.volumes())) {
            diff(checkpoint, name, "planned on " + ds.volumes() + ", cataloged on " + dataVolumes);
        }
        if (ds.storclasAssigned() && !ds.storclas().equals(entry.storclas)) {
            diff(checkpoint, name, "planned storage class " + ds.storclas() + " (from the request), found "
                    + (entry.storclas == null ? "none passed to the ACS routines" : entry.storclas));
        }
        if (ds.isSmsManaged() && dataVolumes.stream().anyMatch(v -> state.volumes.get(v) == null || !state.volumes.get(v).sms)) {
            diff(checkpoint, name, "SMS-managed, but on the non-SMS volumes " + dataVolumes);
        }
        String body = null;
        for (String v : ds.isSmsManaged() ? dataVolumes : ds.volumes()) {
            allowedVtoc.add(v + " " + vtocName);
            Volume volume = state.volumes.get(v);
            VtocEntry vtoc = volume == null ? null : volume.vtoc.get(vtocName);
            if (vtoc == null) {
                diff(checkpoint, name, "the VTOC of " + v + " does not hold " + vtocName);
            } else if (body == null) {
                body = vtoc.body;
            }
        }
        if (body != null) {
            DataSetBody data = state.bodies.get(body);
            String expected = plan.isPortable() ? "archive:" + ds.archid() : "source:" + ds.sourceName();
            if (!expected.equals(data.origin)) {
                diff(checkpoint, name, "holds " + data.origin + ", planned a copy of " + expected);
            }
            if (!data.complete) {
                diff(checkpoint, name, "its copy is incomplete");
            }
        }
        for (String alias : ds.aliases()) {
            boolean temporary = plan.masterCatalog() != null && alias.startsWith(plan.masterCatalog().tempcatalias() + ".");
            CatalogEntry a = catalog.entries.get(alias);
            if (cleanedUp && temporary) {
                if (a != null) {
                    diff(checkpoint, name, "the temporary data set alias " + alias + " is still defined");
                }
                continue;
            }
            allowedEntries.add(catalog.name + " " + alias);
            // A CSI's alias is a path over its cluster (TargetDataSet.aliasEntryType; AMS "DEFINE PATH").
            String type = ds.aliasEntryType().equals("PATH") ? CatalogEntry.PATH : CatalogEntry.ALIAS;
            if (a == null || !type.equals(a.type) || !name.equals(a.relate)) {
                diff(checkpoint, name, "planned the " + type.toLowerCase(java.util.Locale.ROOT) + " " + alias + ", found "
                        + (a == null ? "none" : a.toString()));
            }
        }
        if (ds.needsRename() && !ds.aliases().contains(ds.temporaryName())) {
            for (Catalog c : state.catalogs.values()) {
                if (c.entries.containsKey(ds.temporaryName())) {
                    diff(checkpoint, name, "the temporary name " + ds.temporaryName() + " is still cataloged in " + c.name);
                }
            }
        }
    }

    private void masterCatalog(String checkpoint, SystemState state, boolean cleanedUp, Set<String> allowedEntries,
                               Set<String> allowedVtoc) {
        var mcat = plan.masterCatalog();
        Catalog master = state.master();
        allowedVtoc.add(mcat.volume() + " " + mcat.name());
        if (!state.catalogs.containsKey(mcat.name())) {
            diff(checkpoint, mcat.name(), "the new master catalog was not defined");
        }
        CatalogEntry connector = master.entries.get(mcat.name());
        CatalogEntry alias = master.entries.get(mcat.tempcatalias());
        if (cleanedUp) {
            if (connector != null) {
                diff(checkpoint, mcat.name(), "still connected to the driving system's master catalog");
            }
            if (alias != null) {
                diff(checkpoint, mcat.tempcatalias(), "the temporary catalog alias is still defined");
            }
            return;
        }
        allowedEntries.add(master.name + " " + mcat.name());
        allowedEntries.add(master.name + " " + mcat.tempcatalias());
        if (connector == null || !CatalogEntry.USERCATALOG.equals(connector.type)) {
            diff(checkpoint, mcat.name(), "not connected to the driving system's master catalog");
        }
        if (alias == null || !mcat.name().equals(alias.relate)) {
            diff(checkpoint, mcat.tempcatalias(), "planned a catalog alias relating to " + mcat.name() + ", found "
                    + (alias == null ? "none" : alias.toString()));
        }
    }

    private void zones(String checkpoint, SystemState state, Catalogs catalogs, boolean cleanedUp) {
        Map<String, Csi> byCsi = new TreeMap<>();
        for (TargetDataSet ds : plan.datasets()) {
            if (!ds.isCsi()) {
                continue;
            }
            Catalog catalog = plannedCatalog(state, catalogs, ds);
            CatalogEntry entry = catalog == null ? null : catalog.entries.get(ds.name());
            CatalogEntry data = entry == null || entry.data == null ? null : catalog.entries.get(entry.data);
            DataSetBody body = data == null || data.body == null ? null : state.bodies.get(data.body);
            if (body == null || body.csi == null) {
                diff(checkpoint, ds.name(), "the CSI cannot be read under its final name");
                continue;
            }
            byCsi.put(ds.name(), body.csi);
        }
        Csi global = byCsi.get(plan.globalZoneCsi());
        if (global == null) {
            return;
        }
        CsiZone globalZone = global.zones.get("GLOBAL");
        Map<String, ZoneIndexEntry> expectedIndex = new TreeMap<>();
        // Until the cleanup job the zone index names the CSIs by the names the driving system reaches them by
        // (the paths over them with a new master catalog: docs/manual-syntax.md 3.8); after it, the final names.
        for (TargetZone z : plan.zoneIndex()) {
            expectedIndex.put(z.name(), new ZoneIndexEntry(cleanedUp ? z.csi() : z.temporaryCsi(), z.type().name()));
        }
        if (globalZone == null) {
            diff(checkpoint, plan.globalZoneCsi(), "holds no global zone");
        } else if (!globalZone.zoneIndex.equals(expectedIndex)) {
            diff(checkpoint, "ZONEINDEX", "planned " + expectedIndex + ", found " + globalZone.zoneIndex);
        }
        for (TargetZone z : plan.zones()) {
            Csi csi = byCsi.get(z.csi());
            if (csi == null) {
                continue;
            }
            CsiZone zone = csi.zones.get(z.name());
            if (zone == null) {
                diff(checkpoint, "zone " + z.name(), "not in " + z.csi() + " (it holds " + csi.zones.keySet() + ")");
                continue;
            }
            if (z.isRenamed() && csi.zones.containsKey(z.sourceName())) {
                diff(checkpoint, "zone " + z.sourceName(), "still in " + z.csi() + " after its rename to " + z.name());
            }
            if (!Objects.equals(zone.related, z.related())) {
                diff(checkpoint, "zone " + z.name(), "RELATED planned " + z.related() + ", found " + zone.related);
            }
            for (TargetDddef d : plan.dddefsOfZone(z.name())) {
                Map<String, String> found = zone.dddefs.get(d.dddef());
                String subject = "DDDEF " + d.dddef() + " of zone " + z.name();
                if (found == null) {
                    diff(checkpoint, subject, "missing");
                    continue;
                }
                Map<String, String> expected = new TreeMap<>();
                if (d.isPath()) {
                    expected.put("PATH", d.path());
                } else {
                    expected.put("DATASET", d.dataset());
                    if (d.volume() != null) {
                        expected.put("VOLUME", d.volumeOperand());
                    }
                    if (d.unit() != null) {
                        expected.put("UNIT", d.unit());
                    }
                    // The status SMP/E allocates the data set with: MOD for the logs, which SMP/E appends to.
                    expected.put("STATUS", d.status());
                }
                Map<String, String> compared = new TreeMap<>(found);
                if (d.isPath()) {
                    compared.remove("STATUS");
                }
                if (!compared.equals(expected)) {
                    diff(checkpoint, subject, "planned " + expected + ", found " + compared);
                }
            }
        }
    }

    private void leftovers(String checkpoint, SystemState state, Set<String> allowedEntries, Set<String> allowedVtoc) {
        for (Catalog catalog : state.catalogs.values()) {
            Catalog old = before.catalogs.get(catalog.name);
            for (String name : new java.util.TreeSet<>(catalog.entries.keySet())) {
                if ((old == null || !old.entries.containsKey(name)) && !allowedEntries.contains(catalog.name + " " + name)) {
                    diff(checkpoint, name, "cataloged in " + catalog.name + " (" + catalog.entries.get(name)
                            + "), which the plan does not name");
                }
            }
        }
        for (Volume volume : state.volumes.values()) {
            Volume old = before.volumes.get(volume.serial);
            for (String name : new java.util.TreeSet<>(volume.vtoc.keySet())) {
                if ((old == null || !old.vtoc.containsKey(name)) && !allowedVtoc.contains(volume.serial + " " + name)) {
                    diff(checkpoint, name, "in the VTOC of " + volume.serial + ", which the plan does not name");
                }
            }
        }
        for (var mount : state.unix.mounts.entrySet()) {
            if (!mount.getValue().equals(before.unix.mounts.get(mount.getKey()))) {
                diff(checkpoint, mount.getKey(), mount.getValue() + " is still mounted there");
            }
        }
    }

    private void untouched(String checkpoint, SystemState state, List<Run.Update> updates) {
        for (Catalog old : before.catalogs.values()) {
            Catalog now = state.catalogs.get(old.name);
            for (var e : new TreeMap<>(old.entries).entrySet()) {
                CatalogEntry entry = now == null ? null : now.entries.get(e.getKey());
                if (!e.getValue().equals(entry)) {
                    diff(checkpoint, e.getKey(), "the entry in " + old.name + " that existed before changed: was "
                            + e.getValue() + ", now " + (entry == null ? "gone" : entry.toString()));
                }
            }
        }
        for (Volume old : before.volumes.values()) {
            Volume now = state.volumes.get(old.serial);
            for (var e : new TreeMap<>(old.vtoc).entrySet()) {
                VtocEntry entry = now.vtoc.get(e.getKey());
                if (!e.getValue().equals(entry)) {
                    diff(checkpoint, e.getKey(), "the data set on " + old.serial + " that existed before "
                            + (entry == null ? "is gone" : "changed"));
                }
            }
        }
        for (DataSetBody old : new TreeMap<>(before.bodies).values()) {
            DataSetBody now = state.bodies.get(old.id);
            if (!old.equals(now)) {
                diff(checkpoint, "data " + old.origin, "data that existed before (" + old.origin + ") changed"
                        + (old.csi != null && now != null && !old.csi.equals(now.csi) ? ": its SMP/E zones were updated" : ""));
            }
        }
        Set<String> reported = new HashSet<>();
        for (Run.Update u : updates) {
            if (before.bodies.containsKey(u.body()) && reported.add(u.member() + u.step() + u.body())) {
                diff(checkpoint, u.member() + " step " + u.step(), u.what() + ", data that"
                        + " existed before the deployment (" + before.bodies.get(u.body()).origin + ")");
            }
        }
    }
}
