package dev.zdeploy.plan;

import dev.zdeploy.descriptor.Descriptor;
import dev.zdeploy.inventory.Inventory;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.SourceNames;
import dev.zdeploy.request.Configuration;
import dev.zdeploy.request.DeploymentRequest;
import dev.zdeploy.request.MasterCatalog;
import dev.zdeploy.request.MountPointChange;
import dev.zdeploy.request.SystemSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a validated descriptor, request and optional inventory into a {@link DeploymentPlan}. Every
 * decision of a deployment is made here; templates only lay the plan out. Pure: no files, no clock.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>Volume map</b> (seed rule): the distinct source volumes, in order of first appearance in the
 *       descriptor, map one to one onto the request's target volumes in request order. Fewer target
 *       volumes than source volumes is a problem. Multi-volume data sets map volume by volume.
 *   <li><b>Final names</b>: the request's rename rules ({@code configuration.datasets}), in order, the
 *       first whose {@code if} matches wins ({@code *} one qualifier, {@code **} any number; see
 *       {@link DsnPattern}). CSI data sets are renamed by the same rules.
 *   <li><b>Temporary names</b>, carried while the jobs run:
 *       <ul>
 *         <li>new master catalog (copy or unzip): {@code <tempcatalias>.<name>}, cataloged in the new
 *             master catalog through the temporary catalog alias. A portable instance uses it too, CSI
 *             data sets included, so that GIMUNZIP's {@code catalog="YES"} catalogs them in the new
 *             catalog and not in the driving system's;
 *         <li>existing catalog, portable instance: {@code <name>.#}, except a zone's CSI, which is
 *             unzipped under its final name, as z/OSMF does;
 *         <li>existing catalog, copy: the final name; DFSMSdss renames straight to it (the final names
 *             already differ from the source names).
 *       </ul>
 *   <li><b>Catalog</b>: with a new master catalog every target is cataloged there ({@code catalog} =
 *       its name); directly cataloged ones are reached through the temporary catalog alias
 *       ({@code tempcatalias}) and, when non-VSAM, get the data set alias
 *       {@code <tempcatalias>.<name>} (IDCAMS DEFINE ALIAS relates to non-VSAM entries, not to VSAM
 *       clusters or zFS aggregates). Indirectly cataloged targets have no {@code tempcatalias} and no
 *       alias (seed: an indirect entry cannot be reached from the driving system by name). Without
 *       a new master catalog: no aliases, no {@code tempcatalias}; {@code catalog} is the user
 *       catalog the inventory's aliases relate the name to (longest multilevel alias), else null; and
 *       every final name must differ from every source name.
 *   <li><b>Indirect cataloging</b>: a non-VSAM, non-SMS, single-volume data set on a target volume
 *       with an {@code indirectcatalogsymbol} is cataloged with that symbol; other data sets there
 *       stay directly cataloged, with a warning.
 *   <li><b>DDDEFs</b>: data set DDDEFs get DATASET = final name, and VOLUME = first target volume with
 *       UNIT = 3390 in a new master catalog unless SMS-managed (SMS picks an SMS-managed target's
 *       volume), indirectly cataloged targets included (the name alone would find the driving system's
 *       own data set). PATH DDDEFs (and workflow
 *       directories) under a changed mount point get the new prefix.
 *   <li><b>Zones</b>: renamed by {@code configuration.zones} (never GLOBAL), related zones follow,
 *       each zone's CSI is its data set's final (and temporary) name.
 *   <li><b>Target instance name</b> (seed rule): {@code <source>_<n>}, the first n not taken in the
 *       inventory.
 *   <li><b>Checks</b> (errors unless said): names over 44 characters or with bad qualifiers, final or
 *       temporary (a name no rule renamed was checked by the readers and is not checked again; its
 *       temporary name is); two sources becoming one target; collisions with the inventory; the temporary
 *       catalog alias or master catalog already defined; tracks over a volume's capacity (a warning
 *       when the capacity is assumed, 3390-9); mount point changes that match no mount point; an
 *       indirect catalog symbol without a new master catalog, and an SMS-managed VSAM data set renamed
 *       inside a new master catalog ({@link CatalogChecks}). Checks
 *       that need an inventory and could not be made are listed in {@code checksNotMade}.
 * </ul>
 */
public final class PlanBuilder {

    private PlanBuilder() {}

    /**
     * @param inventoryOrNull what exists on the driving system, or null
     * @return the plan; its warnings are in {@link DeploymentPlan#warnings()}
     * @throws InvalidInputException carrying every error found, when there is any
     */
    /**
     * As {@link #build(Descriptor, DeploymentRequest, Inventory)}, with problems and warnings naming
     * the inputs as {@code sources} does (the files as the user gave them).
     */
    public static DeploymentPlan build(Descriptor descriptor, DeploymentRequest request, Inventory inventoryOrNull,
            SourceNames sources) {
        return build(descriptor, request, inventoryOrNull, sources, Set.of());
    }

    /**
     * As {@link #build(Descriptor, DeploymentRequest, Inventory, SourceNames)}, with {@code takenNames}
     * software instance names taken besides the inventory's (those a service created), for the
     * {@code <source>_<n>} rule and a v2 request's {@code targetswi.name}.
     */
    public static DeploymentPlan build(Descriptor descriptor, DeploymentRequest request, Inventory inventoryOrNull,
            SourceNames sources, Set<String> takenNames) {
        DeploymentPlan plan;
        try {
            plan = build(descriptor, request, inventoryOrNull, takenNames);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(sources.rename(e.problems()));
        }
        return plan.withWarnings(sources.rename(plan.warnings()));
    }

    public static DeploymentPlan build(Descriptor descriptor, DeploymentRequest request, Inventory inventoryOrNull) {
        return build(descriptor, request, inventoryOrNull, Set.of());
    }

    private static DeploymentPlan build(Descriptor descriptor, DeploymentRequest request, Inventory inventoryOrNull,
            Set<String> takenNames) {
        Problems problems = new Problems();
        Configuration configuration = request.configuration() == null ? Configuration.NONE : request.configuration();
        MasterCatalog requested = request.mastercatalog();
        NewMasterCatalog master = requested == null ? null
                : new NewMasterCatalog(requested.name(), requested.volume(), requested.tempcatalias(),
                        requested.storclas());
        InventoryIndex inventory = inventoryOrNull == null ? null : new InventoryIndex(inventoryOrNull);
        PlanContext context = new PlanContext(descriptor, request, master, inventory, problems,
                new Renamer(configuration.datasets(), request.isV2(), problems), new MountPoints(configuration.mountpoints()),
                ZonePlanner.zoneNames(descriptor.zones(), configuration.zones(), problems),
                request.isV2() ? VolumeRules.map(descriptor.datasets(), configuration.datasets(), problems)
                        : VolumeMapper.map(descriptor.datasets(), request.targetvolumes(), problems),
                request.isV2() ? StorclasRules.map(descriptor.datasets(), configuration.datasets())
                        : Map.of());

        List<TargetDataSet> datasets = new DataSetPlanner(context).plan();
        // Only the CSIs are looked up (ZonePlanner: each zone's CSI and the global zone's), so only they are
        // indexed: a map of every data set cost 9% of planning at 100k data sets, a hash insert per data set
        // that misses the cache once the data sets no longer fit in it (issue 13).
        Map<String, TargetDataSet> bySource = new HashMap<>();
        for (TargetDataSet dataset : datasets) {
            if (dataset.isCsi() || dataset.sourceName().equals(descriptor.globalzone())) {
                bySource.putIfAbsent(dataset.sourceName(), dataset);
            }
        }
        List<TargetZone> zones = ZonePlanner.zones(context, bySource);
        String globalZoneCsi = ZonePlanner.finalCsi(context, bySource, descriptor.globalzone());
        checkMountPoints(context);
        NameChecks.check(context, datasets);
        CatalogChecks.check(context, datasets);
        if (inventory != null) {
            InventoryChecks.check(context, datasets);
        }
        List<VolumeUsage> volumeUsage = VolumeUsagePlanner.usage(context, datasets);
        String sourceName = request.source().name() != null ? request.source().name() : descriptor.name();
        String tgtswiname = request.isV2() && request.v2().targetName() != null
                ? SoftwareInstanceNames.given(request.v2().targetName(), inventory, takenNames, problems)
                : SoftwareInstanceNames.next(sourceName, inventory, takenNames);
        WorkSettings work = workSettings(request.systemsettings());
        UnzipJobChecks.check(problems, context.sourceType, descriptor.version(), request.source().directory(), work,
                tgtswiname, datasets);
        LargeZfsChecks.check(context, work, datasets);
        if (!problems.errors().isEmpty()) {
            throw new InvalidInputException(problems.errors());
        }
        return new DeploymentPlan(
                request.name(),
                context.sourceType,
                sourceName,
                request.source().system(),
                request.source().directory(),
                descriptor.version(),
                tgtswiname,
                request.jcldataset(),
                request.jobstatement(),
                master == null ? CatalogObjective.EXISTING_CATALOG : CatalogObjective.NEW_MASTER_CATALOG,
                master,
                List.copyOf(context.volumeMap.values()),
                datasets,
                zones,
                globalZoneCsi,
                mountPointMoves(datasets),
                highLevelQualifiers(datasets),
                work,
                volumeUsage,
                problems.warnings(),
                checksNotMade(context, tgtswiname, volumeUsage));
    }

    private static void checkMountPoints(PlanContext context) {
        List<MountPointChange> changes = context.mountPoints.changes();
        for (int index : context.mountPoints.unused()) {
            String from = changes.get(index).from();
            context.problems.error(Problems.REQUEST, "/configuration/mountpoints/" + index + "/from",
                    "mount point " + from + " is no file system's mount point in the descriptor", from);
        }
    }

    private static List<MountPointMove> mountPointMoves(List<TargetDataSet> datasets) {
        List<MountPointMove> moves = new ArrayList<>();
        for (TargetDataSet dataset : datasets) {
            if (dataset.isMountPointMoved()) {
                moves.add(new MountPointMove(dataset.name(), dataset.sourceMountpoint(), dataset.mountpoint()));
            }
        }
        return moves;
    }

    private static List<String> highLevelQualifiers(List<TargetDataSet> datasets) {
        TreeSet<String> qualifiers = new TreeSet<>();
        String previous = null;
        for (TargetDataSet dataset : datasets) {
            String name = dataset.name();
            // Data sets come in runs of one high-level qualifier: a name under the previous one adds nothing,
            // and skipping it saves a substring and a tree search per data set.
            if (previous != null && name.startsWith(previous)
                    && (name.length() == previous.length() || name.charAt(previous.length()) == '.')) {
                continue;
            }
            int period = name.indexOf('.');
            previous = period < 0 ? name : name.substring(0, period);
            qualifiers.add(previous);
        }
        return List.copyOf(qualifiers);
    }

    private static WorkSettings workSettings(SystemSettings settings) {
        SystemSettings given = settings == null ? SystemSettings.DEFAULTS : settings;
        return new WorkSettings(given.workDsnPrefixOrDefault(), given.workvolume(), given.workPathOrDefault(),
                given.storclas(), given.mgmtclas(), given.dataclas());
    }

    private static List<String> checksNotMade(PlanContext context, String tgtswiname, List<VolumeUsage> usage) {
        List<String> skipped = new ArrayList<>();
        if (context.inventory == null) {
            skipped.add("whether a target or temporary data set name already exists on its target volume or in the "
                    + "driving system's catalog (no inventory)");
            NewMasterCatalog master = context.masterCatalog;
            if (master != null) {
                skipped.add("whether the temporary catalog alias " + master.tempcatalias()
                        + " is already defined in the driving system's catalog (no inventory)");
                skipped.add("whether a catalog or data set named " + master.name()
                        + " already exists on the driving system (no inventory)");
            } else {
                skipped.add("which user catalog each target data set will be cataloged in; catalog is left null "
                        + "(no inventory)");
            }
            skipped.add("whether the software instance name " + tgtswiname + " is already taken (no inventory)");
        }
        List<String> assumed = new ArrayList<>();
        for (VolumeUsage volume : usage) {
            if (volume.capacityAssumed()) {
                assumed.add(volume.volume());
            }
        }
        if (!assumed.isEmpty()) {
            skipped.add("the capacity of target volume" + (assumed.size() == 1 ? " " : "s ") + String.join(", ", assumed)
                    + ": a 3390-9 of " + VolumeUsagePlanner.number(VolumeUsagePlanner.ASSUMED_CAPACITY)
                    + " tracks was assumed (" + (context.inventory == null ? "no inventory" : "not in the inventory")
                    + ")");
        }
        return skipped;
    }
}
