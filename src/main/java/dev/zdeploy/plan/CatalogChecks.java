package dev.zdeploy.plan;

import dev.zdeploy.request.TargetVolume;
import java.util.List;

/**
 * Combinations of catalog objective and data sets the rename job could not carry out safely, refused
 * as problems of the plan before any job is written:
 * <ul>
 *   <li><b>Indirect cataloging without a new master catalog.</b> The rename job would delete the
 *       target's direct entry and define it again with {@code VOLUMES(******)} (or {@code &SYSRn}) in
 *       the driving system's own catalog. An indirect volume serial is resolved on the system that
 *       locates the data set (MVS Initialization and Tuning Guide, "Indirect volume serial support":
 *       {@code ******} is the IPL volume, a symbol is resolved from that system's IEASYMxx), so on the
 *       driving system the entries would point at its own sysres: the targets could no longer be
 *       found and SYS1 names would point at the running system's data sets. IBM documents no
 *       behaviour for it; z/OSMF's existing-master-catalog objective does not catalog indirectly.
 *   <li><b>SMS-managed VSAM renamed inside a new master catalog.</b> "Access method services does not
 *       allow ALTER where the new name does not match the existing catalog structure for an
 *       SMS-managed VSAM data set" (Db2 for z/OS Administration, "Renaming system data sets with the
 *       new qualifier", describing AMS ALTER NEWNAME). The rename job renames
 *       {@code <tempcatalias>.<name>} to {@code <name>} in the new catalog, and {@code <name>} resolves
 *       through the driving system's aliases to another catalog: the ALTER is refused. Nothing IBM
 *       publishes shows that CATALOG() or STGADMIN.IGG.DIRCAT lifts the rule, so such a data set (a
 *       CSI above all) is refused rather than left to fail in the middle of the rename job.
 *   <li><b>A data set copied under its final name onto its own source volume</b>
 *       ({@link TargetDataSet#copiedUnderFinalName()}): a volume's VTOC holds one data set of a name,
 *       so the copy could not be made ("If the data set exists on the target volume with the new name
 *       and the REPLACEUNCONDITIONAL keyword is not specified, an error message is issued, and the data
 *       set is not copied", DFSMSdss "RENAMEUNCONDITIONAL"). Reported once per volume.
 * </ul>
 */
final class CatalogChecks {

    private CatalogChecks() {}

    static void check(PlanContext context, List<TargetDataSet> datasets) {
        if (context.masterCatalog == null) {
            refuseIndirectCataloging(context);
        } else {
            refuseSmsManagedVsamRenames(context.problems, datasets);
            refuseCopiesOntoTheirSource(context.problems, datasets);
        }
    }

    private static void refuseCopiesOntoTheirSource(Problems problems, List<TargetDataSet> datasets) {
        java.util.Map<String, List<Integer>> byVolume = new java.util.TreeMap<>();
        for (int i = 0; i < datasets.size(); i++) {
            TargetDataSet ds = datasets.get(i);
            if (ds.copiedUnderFinalName()) {
                for (String volume : ds.volumes()) {
                    if (ds.sourceVolumes().contains(volume)) {
                        byVolume.computeIfAbsent(volume, v -> new java.util.ArrayList<>()).add(i);
                    }
                }
            }
        }
        byVolume.forEach((volume, indexes) -> {
            TargetDataSet first = datasets.get(indexes.get(0));
            problems.error(Problems.PLAN, "/tgtswidatasets/" + indexes.get(0) + "/volumes",
                    "volume " + volume + " is both source and target of " + indexes.size() + " data set"
                            + (indexes.size() == 1 ? "" : "s") + " copied under the name they have (" + first.name()
                            + (indexes.size() > 1 ? ", ..." : "") + "): a volume holds one data set of a name, so "
                            + "the copy cannot be made there (map the source volume to another target volume)",
                    volume);
        });
    }

    private static void refuseIndirectCataloging(PlanContext context) {
        List<TargetVolume> volumes = context.request.targetvolumes();
        for (int i = 0; i < volumes.size(); i++) {
            TargetVolume volume = volumes.get(i);
            if (volume.isIndirect()) {
                context.problems.error(Problems.REQUEST, "/targetvolumes/" + i + "/indirectcatalogsymbol",
                        "target volume " + volume.volume() + " asks for indirect cataloging, which needs a new master "
                                + "catalog (/mastercatalog): in the driving system's own catalog an indirect volume "
                                + "serial is resolved to the driving system's own IPL volume or symbol, so the "
                                + "targets could not be found (remove the symbol or deploy into a new master catalog)",
                        volume.indirectcatalogsymbol());
            }
        }
    }

    private static void refuseSmsManagedVsamRenames(Problems problems, List<TargetDataSet> datasets) {
        for (int i = 0; i < datasets.size(); i++) {
            TargetDataSet ds = datasets.get(i);
            if (ds.isVsamCluster() && ds.isSmsManaged() && ds.needsRename()) {
                problems.error(Problems.PLAN, "/tgtswidatasets/" + i + "/storclas",
                        "SMS-managed VSAM data set " + ds.name() + (ds.isCsi() ? " (an SMP/E CSI)" : "")
                                + " cannot be renamed from " + ds.temporaryName() + " inside the new master catalog: "
                                + "IDCAMS ALTER refuses a new name of an SMS-managed VSAM data set that the catalog "
                                + "search order would find in another catalog (deploy it without a storage class, "
                                + "or into the existing catalog)",
                        ds.storclas());
            }
        }
    }
}
