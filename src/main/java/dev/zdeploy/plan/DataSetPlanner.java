package dev.zdeploy.plan;

import dev.zdeploy.descriptor.DataSet;
import dev.zdeploy.descriptor.Dddef;
import dev.zdeploy.descriptor.DsType;
import dev.zdeploy.descriptor.Zone;
import dev.zdeploy.descriptor.ZoneDddefs;
import dev.zdeploy.descriptor.ZoneType;
import dev.zdeploy.jcl.RecordStart;
import dev.zdeploy.jcl.SmpeWriter;
import dev.zdeploy.request.SourceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Decides, data set by data set, everything about the target data sets. */
final class DataSetPlanner {

    /** Unit name written with a DDDEF's VOLUME. */
    static final String UNIT = "3390";

    /** Indirect volume serial support does not allow a system symbol for SYS1.PARMLIB. */
    private static final String PARMLIB = "SYS1.PARMLIB";
    private static final String IPL_VOLUME = "******";

    private final PlanContext context;
    /** CSI data set (source name) to the final names of the zones it holds. */
    private final Map<String, List<String>> zonesByCsi = new HashMap<>();
    /**
     * Target volume serial to the one-volume list of it, shared by every data set on that volume alone:
     * a deployment has a few volumes and up to a million data sets, each of whose plan would otherwise
     * hold a list of its own, one object in seven of the plan, which the collector copies from young to
     * old regions with the rest at every large render (issue 13). The lists are immutable.
     */
    private final Map<String, List<String>> oneVolumeLists = new HashMap<>();

    DataSetPlanner(PlanContext context) {
        this.context = context;
        boolean globalListed = false;
        for (Zone zone : context.descriptor.zones()) {
            zonesByCsi.computeIfAbsent(zone.csi(), csi -> new ArrayList<>()).add(context.zoneName(zone.name()));
            globalListed |= zone.type() == ZoneType.GLOBAL;
        }
        String globalCsi = context.descriptor.globalzone();
        if (globalCsi != null && !globalListed) {
            zonesByCsi.computeIfAbsent(globalCsi, csi -> new ArrayList<>()).add(Zone.GLOBAL_ZONE_NAME);
        }
    }

    List<TargetDataSet> plan() {
        List<DataSet> sources = context.descriptor.datasets();
        List<TargetDataSet> targets = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            targets.add(plan(sources.get(i), i));
        }
        return targets;
    }

    /** Final names of the zones whose CSI the source data set is; empty when it is no CSI. */
    List<String> zonesOfCsi(String sourceName) {
        return zonesByCsi.getOrDefault(sourceName, List.of());
    }

    /** True for VSAM clusters, zFS aggregates (VSAM linear data sets) included. */
    static boolean isVsamCluster(DsType type) {
        return type == DsType.VSAM || type == DsType.ZFS;
    }

    private TargetDataSet plan(DataSet source, int index) {
        String name = context.rename(source.dsname(), "data set");
        List<String> csiOfZones = zonesOfCsi(source.dsname());
        if (!csiOfZones.isEmpty() && !name.endsWith(".CSI")) {
            // SMP/E Reference, "SMPCSI": "The low-level qualifier of the data set name must be CSI" (and
            // User's Guide, "Allocating CSI data sets": "The low-level qualifier must be CSI"); the jobs
            // reach a CSI by its final name or by <tempcatalias>.<final name>, so a rename may not change it.
            context.problems.error(Problems.PLAN, "/tgtswidatasets/" + index + "/dsname", "the CSI " + source.dsname()
                    + " of zones " + String.join(", ", csiOfZones) + " would be renamed to " + name
                    + ": SMP/E requires a CSI's low-level qualifier to be CSI; change the rename rule", name);
        }
        List<String> volumes = targetVolumes(source);
        if (context.sourceType == SourceType.PSWI && volumes.size() > 1 && source.storclas() == null) {
            // GIMUNZIP allocates a non-SMS data set on the one volume its ARCHDEF names ("volume": one
            // serial, GIMUNZIP V2R1 package control tags; manual-syntax 4.3): a data set that spanned volumes
            // at the source is unzipped onto the first of them, and all its tracks are counted there.
            context.problems.warning(Problems.PLAN, "/tgtswidatasets/" + index + "/volumes",
                    "data set " + source.dsname() + " spans " + volumes.size() + " volumes; GIMUNZIP allocates it on "
                    + volumes.get(0) + " alone (ARCHDEF volume= takes one serial), where all its tracks are counted",
                    null);
            volumes = List.of(volumes.get(0));
        }
        StorclasRules.Choice assigned = assignedStorclas(source);
        String storclas = assigned == null ? source.storclas() : assigned.storclas();
        // Copied under its final name (issue 10 major 12, TargetDataSet.copiedUnderFinalName): a copy into
        // a new master catalog of a non-VSAM, non-SMS data set that keeps its source name, a name the
        // driving system has and may hold, to which no ALTER could rename it while it is allocated.
        boolean underFinalName = context.masterCatalog != null && context.sourceType == SourceType.SWI
                && name.equals(source.dsname()) && !isVsamCluster(source.dstype()) && storclas == null;
        String temporaryName = underFinalName ? name : TemporaryNames.of(context.sourceType, context.tempcatalias(),
                name, !csiOfZones.isEmpty());
        String indirect = indirectSymbol(source, name, volumes, index, storclas, assigned);
        boolean direct = indirect == null;
        NewMasterCatalog master = context.masterCatalog;
        String catalog;
        String tempcatalias = null;
        List<String> aliases = List.of();
        if (master != null) {
            catalog = master.name();
            if (direct) {
                tempcatalias = master.tempcatalias();
                // DEFINE ALIAS relates to non-VSAM data sets only. A CSI gets a path of that name over
                // its cluster instead (AMS "DEFINE PATH"), the name SMP/E jobs reach it by: see JobType.
                if (!isVsamCluster(source.dstype()) || !csiOfZones.isEmpty()) {
                    aliases = List.of(master.tempcatalias() + "." + name);
                }
            }
        } else {
            catalog = context.inventory == null ? null : context.inventory.catalogFor(name);
        }
        int tracks = 0;
        if (source.tracks() == null) {
            context.problems.warning(Problems.PLAN, "/tgtswidatasets/" + index + "/tracks",
                    "data set " + source.dsname() + " gives no tracks; it is counted as 0 in the volume usage",
                    null);
        } else {
            tracks = source.tracks();
        }
        // An SMS-managed target lands where SMS decides (DFSMSdss COPY and GIMUNZIP run the ACS
        // routines), so its DDDEF names no volume and SMP/E finds it through the catalog. Every other
        // target of a new master catalog, indirectly cataloged ones included, names its volume: SMP/E
        // allocates a DDDEF without VOLUME through the catalog of the system it runs on (SMP/E Reference,
        // "DDDEF entry"), which on the driving system finds the driving system's own data set of that
        // name (SYS1.LINKLIB), not the target (issue 10 major 4).
        // A multi-volume data set's DDDEF names all its volumes, in order: SMP/E allocates a DDDEF by its
        // subentries (dynamic allocation takes a volume list: "DALVLSER specifies volume serial numbers",
        // MVS Authorized Assembler Services Guide, "Volume serial specification - Key = '0010'"); with the
        // first only, SMP/E would reach the part on the first volume alone. manual-syntax 3.4.
        List<String> volumesForDddefs = master != null && storclas == null ? volumes : List.of();
        List<String> unixdirs = source.unixdirs().isEmpty() ? List.of() : new ArrayList<>(source.unixdirs().size());
        for (String directory : source.unixdirs()) {
            unixdirs.add(context.mountPoints.movePath(directory));
        }
        return new TargetDataSet(
                source.dsname(), name, temporaryName, source.volumes(), volumes, catalog, aliases, tempcatalias,
                indirect, storclas, source.dstype(), source.dscategory(), source.recfm(), source.lrecl(),
                source.blksize(), tracks, source.secondary(), source.used(), source.extents(),
                source.isextendedformat(), dddefs(index, source, name, volumesForDddefs), source.mountpoint(),
                context.mountPoints.move(source.mountpoint()), unixdirs, source.archid(), csiOfZones,
                assigned != null, underFinalName);
    }

    /** The storage class a v2 storclas action gives the target, or null ({@link StorclasRules}). */
    private StorclasRules.Choice assignedStorclas(DataSet source) {
        return context.storclasActions.get(source.dsname());
    }

    private List<String> targetVolumes(DataSet source) {
        List<String> sourceVolumes = source.volumes();
        // Immutable from the start, so that the data set and each of its DDDEF entries share this list
        // (List.copyOf returns it as it is) instead of copying it each (issue 13: per data set allocations).
        if (sourceVolumes.size() == 1) {
            VolumeMapping mapping = context.volumeMap.get(sourceVolumes.get(0));
            return mapping == null ? List.of() : oneVolumeLists.computeIfAbsent(mapping.targetVolume(), List::of);
        }
        List<String> volumes = new ArrayList<>(sourceVolumes.size());
        for (String volume : sourceVolumes) {
            VolumeMapping mapping = context.volumeMap.get(volume);
            if (mapping != null) {
                volumes.add(mapping.targetVolume());
            }
        }
        return List.copyOf(volumes);
    }

    /**
     * The indirect catalog symbol of the target, or null to catalog it directly. Indirect volume
     * serial support (MVS Initialization and Tuning Reference, "Indirect volume serial support",
     * restrictions) is for non-VSAM, non-SMS-managed data sets, and SYS1.PARMLIB only with
     * {@code ******}.
     */
    private String indirectSymbol(DataSet source, String name, List<String> volumes, int index, String storclas,
            StorclasRules.Choice assigned) {
        String symbol = null;
        for (String volume : source.volumes()) {
            VolumeMapping mapping = context.volumeMap.get(volume);
            if (mapping != null && mapping.isIndirect()) {
                symbol = mapping.indirectcatalogsymbol();
                break;
            }
        }
        if (symbol == null) {
            return null;
        }
        String reason = null;
        if (isVsamCluster(source.dstype())) {
            reason = "indirect cataloging (DEFINE NONVSAM with DEVICETYPES(0000)) is for non-VSAM data sets only";
        } else if (assigned != null) {
            // The request asked for both: refuse rather than drop either (the same restriction).
            context.problems.error(Problems.REQUEST, assigned.pointer(), "data set " + source.dsname()
                    + " cannot be SMS-managed: its target volume has indirect catalog symbol " + symbol
                    + ", and an indirectly cataloged data set must not be SMS-managed", assigned.storclas());
            return null;
        } else if (storclas != null) {
            reason = "an indirectly cataloged data set must not be SMS-managed, and it has storage class "
                    + storclas;
        } else if (volumes.size() > 1) {
            reason = "it spans " + volumes.size() + " volumes and an indirect catalog entry names one";
        }
        if (reason != null) {
            context.problems.warning(Problems.PLAN, "/tgtswidatasets/" + index + "/volumes",
                    "target data set " + name + " stays directly cataloged although its volume has indirect "
                            + "catalog symbol " + symbol + ": " + reason,
                    symbol);
            return null;
        }
        if (name.equals(PARMLIB) && !symbol.equals(IPL_VOLUME)) {
            context.problems.error(Problems.PLAN, "/tgtswidatasets/" + index + "/volumes",
                    "target data set " + name + " can be cataloged indirectly only with ******, not a system symbol",
                    symbol);
        }
        return symbol;
    }

    /**
     * A moved PATH DDDEF is written in an SMP/E {@code PATH('...')} value, which an apostrophe ends
     * (the changed mount point itself is checked when the request is read).
     */
    private void checkMovedPath(int index, int dddefIndex, String dddef, String source, String moved) {
        String pointer = "/tgtswidatasets/" + index + "/dddefs/" + dddefIndex + "/path";
        if (!moved.equals(source) && moved.indexOf('\'') >= 0) {
            context.problems.error(Problems.PLAN, pointer,
                    "a DDDEF path that moves with its mount point holds no apostrophe (it is written in an SMP/E "
                            + "PATH('...') value)", moved);
        } else if (!moved.equals(source) && !SmpeWriter.fits(SmpeWriter.pathDddef(dddef, moved))) {
            context.problems.error(Problems.PLAN, pointer, "a DDDEF path that moves with its mount point is written"
                    + " in an SMP/E PATH('...') value continued in column 1, and every way of splitting this one"
                    + " starts a record with two of " + RecordStart.SPECIAL + " (// or /* would end the job's"
                    + " in-stream data, ./ is an IEBUPDTE control statement): choose another mount point", moved);
        }
    }

    private List<TargetDddef> dddefs(int index, DataSet source, String name, List<String> volumes) {
        String volume = volumes.isEmpty() ? null : volumes.get(0);
        if (source.zonedddefs().isEmpty()) {
            return List.of();
        }
        List<TargetDddef> dddefs = new ArrayList<>(source.zonedddefs().size());
        for (ZoneDddefs zone : source.zonedddefs()) {
            String zoneName = context.zoneName(zone.zone());
            for (Dddef dddef : zone.dddefs()) {
                if (dddef.isPath()) {
                    String moved = context.mountPoints.movePath(dddef.path());
                    checkMovedPath(index, dddefs.size(), dddef.dddef(), dddef.path(), moved);
                    dddefs.add(new TargetDddef(zoneName, zone.zone(), dddef.dddef(), null, null, null, dddef.path(),
                            moved));
                } else {
                    dddefs.add(new TargetDddef(zoneName, zone.zone(), dddef.dddef(), name, volume,
                            volume == null ? null : UNIT, null, null, volumes));
                }
            }
        }
        return dddefs;
    }
}
