package dev.zdeploy.plan;

import dev.zdeploy.descriptor.ZoneType;
import dev.zdeploy.problem.Problem;
import dev.zdeploy.request.SourceType;
import java.util.List;

/**
 * Every decision of a deployment, made once, in Java, by {@code PlanBuilder}: templates only lay
 * this out. Immutable; lists keep descriptor order.
 *
 * @param deploymentName     the request's {@code name}
 * @param sourceType         swi (DFSMSdss copy) or pswi (GIMUNZIP)
 * @param sourceName         source software instance name
 * @param sourceSystem       z/OSMF system nickname, or null
 * @param sourceDirectory    pswi: UNIX directory of the package, else null
 * @param descriptorVersion  version of the descriptor read
 * @param tgtswiname         target software instance name, {@code <source>_<n>}
 * @param jcldataset         PDS that will hold the members
 * @param jobStatement       the request's JOB cards verbatim; empty for the default statement
 * @param catalogObjective   new master catalog, or existing catalog
 * @param masterCatalog      the new master catalog, or null for the existing catalog objective
 * @param volumeMap          source volume to target volume, in order of first appearance
 * @param datasets           every target data set, in descriptor order
 * @param zones              SMP/E zones with their final names; empty without SMP/E
 * @param globalZoneCsi      final name of the global zone CSI, or null without SMP/E
 * @param mountPoints        file system mount point changes (old to new)
 * @param highLevelQualifiers distinct high-level qualifiers of the final names, sorted (for RACF)
 * @param work               work data set and directory settings
 * @param volumeUsage        tracks planned on each target volume against its capacity
 * @param warnings           warnings (errors stop the builder instead)
 * @param checksNotMade      checks that needed an inventory and were not made, worded for a person
 */
public record DeploymentPlan(
        String deploymentName,
        SourceType sourceType,
        String sourceName,
        String sourceSystem,
        String sourceDirectory,
        int descriptorVersion,
        String tgtswiname,
        String jcldataset,
        List<String> jobStatement,
        CatalogObjective catalogObjective,
        NewMasterCatalog masterCatalog,
        List<VolumeMapping> volumeMap,
        List<TargetDataSet> datasets,
        List<TargetZone> zones,
        String globalZoneCsi,
        List<MountPointMove> mountPoints,
        List<String> highLevelQualifiers,
        WorkSettings work,
        List<VolumeUsage> volumeUsage,
        List<Problem> warnings,
        List<String> checksNotMade) {

    public DeploymentPlan {
        jobStatement = List.copyOf(jobStatement);
        volumeMap = List.copyOf(volumeMap);
        datasets = List.copyOf(datasets);
        // A new list for every plan, with an empty memo (PlanZones, PlanMemo): see memo().
        zones = new PlanZones(zones);
        mountPoints = List.copyOf(mountPoints);
        highLevelQualifiers = List.copyOf(highLevelQualifiers);
        volumeUsage = List.copyOf(volumeUsage);
        warnings = List.copyOf(warnings);
        checksNotMade = List.copyOf(checksNotMade);
    }

    /**
     * The whole-plan values this plan has computed so far (PlanMemo): each is computed once, the first
     * time it is asked for, as the plan is immutable. It rides on the zone list (PlanZones), which the
     * canonical constructor makes for this plan alone; the plan's equals, hashCode and toString are those
     * of its components, as before.
     */
    private PlanMemo memo() {
        return ((PlanZones) zones).memo;
    }

    /** Descriptors from this version on archive file systems as directory trees. */
    public static final int FIRST_VERSION_WITH_FILE_TREES = 9;

    /**
     * Whether {@code dataSet} is installed by unzipping its archived directory tree into a new file
     * system (portable instances from descriptor version 9, file systems with a mount point) rather
     * than by unzipping the data set itself.
     */
    public boolean isUnzippedAsTree(TargetDataSet dataSet) {
        return isUnzippedAsTree(sourceType, descriptorVersion, dataSet);
    }

    static boolean isUnzippedAsTree(SourceType sourceType, int descriptorVersion, TargetDataSet dataSet) {
        return sourceType == SourceType.PSWI && descriptorVersion >= FIRST_VERSION_WITH_FILE_TREES
                && dataSet.isFileSystem() && dataSet.mountpoint() != null;
    }

    /** This plan with {@code replacement} as its warnings. */
    public DeploymentPlan withWarnings(List<Problem> replacement) {
        return new DeploymentPlan(deploymentName, sourceType, sourceName, sourceSystem, sourceDirectory,
                descriptorVersion, tgtswiname, jcldataset, jobStatement, catalogObjective, masterCatalog, volumeMap,
                datasets, zones, globalZoneCsi, mountPoints, highLevelQualifiers, work, volumeUsage, replacement,
                checksNotMade);
    }

    public boolean isPortable() {
        return sourceType == SourceType.PSWI;
    }

    public boolean hasSmpe() {
        return globalZoneCsi != null;
    }

    /**
     * The data sets whose final name is {@link #globalZoneCsi()}: the global zone's CSI, through which UC, VF
     * and DA reach the zones (one; none without SMP/E). Looked for once per plan, not by each of those jobs.
     */
    public List<TargetDataSet> globalCsiDataSets() {
        return facts().globalCsiDataSets;
    }

    /** The answers of the one-question passes over the data sets, found in one pass (DataSetFacts). */
    private DataSetFacts facts() {
        return memo().facts.get(() -> DataSetFacts.of(datasets, sourceType, globalZoneCsi));
    }

    /** The DFSMSdss COPY commands of the copy job: see {@link CopyGroup}. */
    public List<CopyGroup> copyGroups() {
        return memo().copyGroups.get(() -> CopyGroup.of(datasets));
    }

    /** The storage class moves of the unzip job after GIMUNZIP (pswi with v2 storclas actions): see {@link ClassMove}. */
    public List<ClassMove> classMoves(List<TargetDataSet> unzipped) {
        return isPortable() ? ClassMove.of(unzipped) : List.of();
    }

    /** The DDDEF entries of zone {@code zoneName} (final name), in data set order. */
    public List<TargetDddef> dddefsOfZone(String zoneName) {
        // Every zone's entries in one pass, once per plan: the jobs ask for them several times (UC, VF).
        return zoneDddefs().of(zoneName);
    }

    private DddefsByZone zoneDddefs() {
        return memo().dddefs.get(() -> DddefsByZone.of(datasets, globalZoneName()));
    }

    /**
     * The DDDEF entries of a zone that the zone update changes: every data set entry (its data set
     * gets its final name, and a volume or none) and the PATH entries under a moved mount point.
     */
    public List<TargetDddef> changedDddefsOfZone(String zoneName) {
        return zoneDddefs().changedOf(zoneName);
    }

    /**
     * Whether the SMP/E zones need updating at all: a zone index to point at the target CSIs, a zone
     * or related zone renamed, or a DDDEF entry changed. An instance with a global zone only and no
     * changed entry needs no UC job.
     */
    public boolean needsZoneUpdate() {
        return memo().needsZoneUpdate.get(() -> hasSmpe() && (!zoneIndex().isEmpty() || !renamedZones().isEmpty()
                || !zonesWithRenamedRelated().isEmpty()
                || zones.stream().anyMatch(zone -> !changedDddefsOfZone(zone.name()).isEmpty())));
    }

    /** The zones whose name changes, in descriptor order. */
    public List<TargetZone> renamedZones() {
        return zones.stream().filter(TargetZone::isRenamed).toList();
    }

    /** The zones whose related zone's name changes, in descriptor order. */
    public List<TargetZone> zonesWithRenamedRelated() {
        return zones.stream().filter(zone -> zone.related() != null && !zone.related().equals(zone.sourceRelated()))
                .toList();
    }

    /**
     * The UNIX directory a job works in: {@code <workpath>/zdeploy/<target instance>/<member>}, so
     * two deployments, or two jobs of one, never share one. Characters other than letters, digits,
     * {@code _ . -} in the instance name become {@code _}.
     */
    public String workDirectory(String member) {
        return workDirectory(work.path(), tgtswiname, member);
    }

    static String workDirectory(String workPath, String tgtswiname, String member) {
        return workPath.replaceAll("/+$", "") + "/zdeploy/" + tgtswiname.replaceAll("[^A-Za-z0-9_.-]", "_") + "/"
                + member;
    }

    /**
     * Where a file system data set is mounted while a job fills it: a directory of its own under the
     * job's work directory, named {@code FS<n>} after the data set's position in the plan. Not its
     * name: GIMUNZIP reads an ARCHDEF's {@code newname} only up to column 72 and a value cannot be
     * continued, so the path must stay short.
     */
    public String temporaryMountPoint(String member, TargetDataSet dataSet) {
        return temporaryMountPoint(workDirectory(member), positionOf(dataSet));
    }

    /**
     * {@code datasets.indexOf(dataSet)}, for the data sets ZF asks about (those unzipped as trees) from a
     * map made once per plan: ZF asks three times per tree, and a search of the whole list each time made
     * the job's cost grow with trees times data sets. Equal data sets share their unzip kind, so the first
     * equal tree is the first equal data set.
     */
    private int positionOf(TargetDataSet dataSet) {
        Integer position = memo().treePositions.get(() -> {
            java.util.Map<TargetDataSet, Integer> positions = new java.util.HashMap<>();
            for (int i = 0; i < datasets.size(); i++) {
                if (isUnzippedAsTree(datasets.get(i))) {
                    positions.putIfAbsent(datasets.get(i), i);
                }
            }
            return java.util.Collections.unmodifiableMap(positions);
        }).get(dataSet);
        return position != null ? position : datasets.indexOf(dataSet);
    }

    static String temporaryMountPoint(String workDirectory, int index) {
        return workDirectory + "/FS" + (index + 1);
    }

    /**
     * Name of the work zFS of a job: {@code <workdsnprefix>.<member>.WORK.ZFS}. A prefix that ends
     * with a system or JCL symbol ({@code &SYSUID}, {@code SYSPROG.&SYSUID}) is followed by a second
     * period: the first ends the symbol and is dropped (MVS JCL Reference, "Coding symbols in JCL").
     */
    public String workZfs(String member) {
        return workZfs(work.dsnPrefix(), member);
    }

    static String workZfs(String prefix, String member) {
        boolean endsWithSymbol = prefix.startsWith("&", prefix.lastIndexOf('.') + 1);
        return prefix + (endsWithSymbol ? ".." : ".") + member + ".WORK.ZFS";
    }

    /**
     * Primary space of a job's work zFS, in cylinders: the largest data set the unzip job extracts,
     * with a margin (see {@link ZfsSpace#workCylinders}).
     */
    public int workZfsCylinders() {
        return memo().workZfsCylinders.get(
                () -> ZfsSpace.workCylinders(datasets.stream().filter(ds -> !isUnzippedAsTree(ds)).toList()));
    }

    /**
     * Primary space of the zFS job's work zFS, in cylinders, where GIMUNZIP expands each directory tree
     * archive before copying it into its file system: the largest tree, with the same margin as the
     * unzip job's ({@link ZfsSpace#workCylinders}).
     */
    public int treeWorkZfsCylinders() {
        return memo().treeWorkZfsCylinders.get(
                () -> ZfsSpace.workCylinders(datasets.stream().filter(this::isUnzippedAsTree).toList()));
    }

    /**
     * The data class of a zFS aggregate the jobs define of {@code tracks} tracks: the request's
     * {@code systemsettings/dataclas} when the aggregate holds more than 4 GB (it must provide extended
     * addressability; the plan refuses such an aggregate without one), else null.
     */
    public String zfsDataClass(long tracks) {
        return ZfsSpace.needsExtendedAddressability(tracks) ? work.dataclas() : null;
    }

    public boolean hasNewMasterCatalog() {
        return masterCatalog != null;
    }

    /**
     * True when the rename job names the catalog of an SMS-managed data set (a data set of the new
     * master catalog with a storage class): "the catalog name cannot be specified for SMS-managed data
     * sets unless you have authority from the RACF STGADMIN.IGG.DIRCAT FACILITY class" (DFSMS Access
     * Method Services Commands, "Order of catalog use").
     */
    public boolean namesCatalogOfSmsManagedDataSets() {
        return facts().namesCatalogOfSmsManagedDataSets;
    }

    /**
     * Final names the rename job gives to non-VSAM data sets that this (the driving) system may have
     * allocated: the name of a data set copied from it (its own instance, or one it runs from) or a
     * SYS1 name. "In general, you cannot rename a data set whose name is the same as any data set that
     * is allocated to another address space in the same system or in the scope of the SYSDSN enqueue"
     * (DFSMSdfp Advanced Services, "Renaming a data set that might be in use"); the exception needs a
     * bit in the RENAME parameter list that IDCAMS ALTER does not set, READ to STGADMIN.DPDSRN.olddsname
     * and a non-SMS data set, so the rename job says where it must run instead. A non-VSAM, non-SMS data
     * set copied into a new master catalog under its own name is not renamed at all
     * ({@link TargetDataSet#copiedUnderFinalName()}); what is left here are SMS-managed ones (DFSMSdss
     * catalogs an SMS-managed copy in the standard search order, "RECATALOG is ignored for SMS-managed
     * data sets", so it cannot be copied under a name already cataloged), names a rename rule maps to
     * SYS1, and unzipped data sets (GIMUNZIP allocates under the name it is given).
     */
    public List<String> finalNamesPossiblyAllocated() {
        // A non-VSAM data set renamed to a SYS1 name, or (a copy) to its own source name: DataSetFacts.
        return facts().finalNamesPossiblyAllocated;
    }

    /**
     * Final names of SMS-managed targets that no source data set of this (the driving) system carries,
     * in plan order: the pre-flight job looks for them in this system's catalogs (issue 10, major 11).
     * SMS picks the volume of an SMS-managed data set, so no VTOC can be named for it; but an SMS-managed
     * data set is always cataloged, so one with the final name is found through the catalog, and it may
     * sit on the volume SMS picks for the copy, where the rename job's ALTER NEWNAME would then fail
     * (DFSMSdfp Advanced Services, "Status codes from RENAME": duplicate name on the volume). A final
     * name that is also a source name is the source itself: it is known to exist, so checking it would
     * fail every deployment that keeps its names; that case is said in the pre-flight job's box.
     */
    public List<String> smsManagedFinalNamesToCheck() {
        List<String> smsNames = facts().smsManagedNames;
        if (smsNames.isEmpty()) {
            // No set of every source name (a million strings hashed) for a plan without SMS-managed data sets.
            return List.of();
        }
        java.util.Set<String> sources = new java.util.HashSet<>();
        if (sourceType == SourceType.SWI) {
            datasets.forEach(ds -> sources.add(ds.sourceName()));
        }
        return smsNames.stream().filter(name -> !sources.contains(name)).distinct().toList();
    }

    /** The storage classes the request gave (v2 storclas actions), each once, in plan order. */
    public List<String> assignedStorageClasses() {
        return facts().assignedStorageClasses;
    }

    /**
     * The IPL text to write, or null: when the plan holds the system residence volume (SYS1.NUCLEUS
     * cataloged indirectly as {@code ******}, single-volume) and the target's SYS1.SAMPLIB, non-SMS,
     * from which the IPL text is read. See {@link IplText}.
     */
    public IplText iplText() {
        // Asked for by the job planner (whenever jobs are listed: render, manifest), the IP job and the simulator.
        return memo().iplText.get(() -> java.util.Optional.ofNullable(findIplText())).orElse(null);
    }

    private IplText findIplText() {
        // SYS1.NUCLEUS cataloged indirectly as ******, single-volume, and the non-VSAM, non-SMS SYS1.SAMPLIB
        // (the last of each): DataSetFacts.
        TargetDataSet nucleus = facts().nucleus;
        TargetDataSet samplib = facts().samplib;
        return nucleus == null || samplib == null ? null : new IplText(nucleus.volumes().get(0), samplib.temporaryName(),
                samplib.copiedUnderFinalName() ? samplib.volumes() : List.of());
    }

    /**
     * The names the jobs create on target volumes that the plan chooses (every data set but the
     * SMS-managed ones, whose volume SMS picks): each data set's temporary name and, when it differs,
     * its final name, in plan order, each once. The pre-flight job looks for them in the volumes' VTOCs.
     */
    public List<String> namesOnTargetVolumes() {
        return targetVolumeNames().names;
    }

    /** The names, checks and volumes of the pre-flight job, in one pass over the data sets (TargetVolumeNames). */
    private TargetVolumeNames targetVolumeNames() {
        return memo().targetVolumeNames.get(() -> TargetVolumeNames.of(datasets));
    }

    /**
     * PF's VTOC checks: the temporary and the final name of each data set of {@link #namesOnTargetVolumes()},
     * each on its own data set's target volumes ({@link VtocCheck}); a name met twice is checked once.
     */
    public List<VtocCheck> vtocChecks() {
        return targetVolumeNames().checks;
    }

    /** The target volumes that hold the data sets of {@link #namesOnTargetVolumes()}, in plan order. */
    public List<String> chosenTargetVolumes() {
        return targetVolumeNames().volumes;
    }

    /**
     * The high-level qualifiers the RACF sample may define a group and a generic profile for: those of
     * the final names that no source data set carries and that are not SYS1. A source data set is on this
     * (the driving) system, and SYS1 is every system's own, so a profile 'HLQ.*.**' for such a qualifier
     * would also cover data sets of this system (with enhanced generic naming a more specific profile
     * than a site's 'SYS1.**': RACF Command Language Reference, "Generic profile rules - enhanced
     * generic naming active"): the RACF sample never writes one (issue 10 major 7).
     */
    public List<String> newHighLevelQualifiers() {
        // The source names' qualifiers: DataSetFacts.
        java.util.Set<String> source = facts().sourceQualifiers;
        return highLevelQualifiers.stream().filter(hlq -> !source.contains(hlq) && !hlq.equals("SYS1")).toList();
    }

    /**
     * The component renames of {@code dataSet} the rename job codes ({@link TargetDataSet#componentRenames}),
     * without a name that is another planned data set's temporary, final or alias name: VSAM's CLUSTER
     * form names a sibling ({@code X.CLUSTER} gives {@code X.DATA}), which may be a data set of its own
     * that the job must not rename as a component. Only clusters with such sibling names are looked up
     * (the rare ....CLUSTER): a name under the cluster's own temporary name that is another data set's
     * temporary name would be renamed to that data set's own final name (every temporary name adds the
     * same prefix), as before this rule.
     */
    public List<NameChange> componentRenames(TargetDataSet dataSet) {
        List<NameChange> all = dataSet.componentRenames();
        if (allUnderTemporaryName(all, dataSet)) {
            return all;
        }
        // The owners of every such sibling name of the plan's clusters, looked up once per plan.
        SiblingNameOwners owners = memo().siblingNameOwners.get(() -> SiblingNameOwners.of(datasets));
        if (owners.covers(all)) {
            List<NameChange> kept = new java.util.ArrayList<>(all.size());
            for (NameChange change : all) {
                if (!owners.takenByOther(change.from(), dataSet) && !owners.takenByOther(change.to(), dataSet)) {
                    kept.add(change);
                }
            }
            return List.copyOf(kept);
        }
        // A data set the plan does not hold: against every other data set's names.
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (TargetDataSet other : datasets) {
            if (other != dataSet) {
                taken.add(other.name());
                taken.add(other.temporaryName());
                taken.addAll(other.aliases());
            }
        }
        return all.stream().filter(c -> !taken.contains(c.from()) && !taken.contains(c.to())).toList();
    }

    /**
     * The DD statements for the target's SMPPTS and its spill data sets, for every SMP/E step zdeploy
     * runs against the target zones: the data sets the target global zone's DDDEF entries SMPPTS,
     * SMPPTS1, SMPPTS2... name, in that order and up to the first missing number (SMP/E Reference,
     * "SMPPTS spill data set": "Do not skip any ddnames in this sequence; if a spill data set is omitted,
     * SMP/E ignores any data sets that may follow"). SMP/E uses a DD statement before the zone's DDDEF
     * (Reference, "DDDEF entry"), and until the zone update the copied global zone's DDDEFs still name
     * the source's SMPPTS, which on this system is the source's own data set: with these statements no
     * SMP/E step of the deployment can allocate it, as z/OSMF's zone update job overrides SMPPTS. Each
     * names the target data set by the name this system reaches it by once the rename job ran: its
     * data set alias in the new master catalog (the temporary name), else its final name; an indirectly
     * cataloged one by its final name on its volume (its catalog entry names the symbol, which this
     * system resolves to its own volume). Empty when the plan has no SMPPTS DDDEF in a global zone.
     */
    public List<SmpptsDd> smpptsDds() {
        // Every SMP/E step asks (lib gimsmpStep), and UC's comment box: once per plan, from the SMPPTS
        // entries the zone pass collected (DddefsByZone), not from every data set again.
        return memo().smpptsDds.get(this::findSmpptsDds);
    }

    /** The final name of the first global zone, or null. */
    private String globalZoneName() {
        return zones.stream().filter(z -> z.type() == ZoneType.GLOBAL).map(TargetZone::name).findFirst().orElse(null);
    }

    private List<SmpptsDd> findSmpptsDds() {
        String global = globalZoneName();
        if (global == null) {
            return List.of();
        }
        java.util.Map<String, SmpptsDd> byDdname = new java.util.HashMap<>();
        for (DddefsByZone.Smppts entry : zoneDddefs().smppts) {
            TargetDataSet ds = entry.dataSet();
            TargetDddef dd = entry.dddef();
            if (dd.zone().equals(global)) {
                byDdname.putIfAbsent(dd.dddef(), ds.isIndirect()
                        ? new SmpptsDd(dd.dddef(), ds.name(), ds.volumes().get(0), dd.unit() != null ? dd.unit() : "3390")
                        : new SmpptsDd(dd.dddef(), ds.aliasReachingIt(), null, null));
            }
        }
        List<SmpptsDd> out = new java.util.ArrayList<>();
        for (int i = 0; i <= 99; i++) {
            SmpptsDd dd = byDdname.get(i == 0 ? "SMPPTS" : "SMPPTS" + i);
            if (dd == null) {
                break;
            }
            out.add(dd);
        }
        return List.copyOf(out);
    }

    /** Whether every component name of {@code changes} is under the temporary name of {@code dataSet}. */
    static boolean allUnderTemporaryName(List<NameChange> changes, TargetDataSet dataSet) {
        String temporary = dataSet.temporaryName();
        for (NameChange change : changes) {
            String from = change.from();
            if (!(from.length() > temporary.length() && from.charAt(temporary.length()) == '.'
                    && from.startsWith(temporary))) {
                return false;
            }
        }
        return true;
    }

    /** The zones the global zone's ZONEINDEX lists: every target and dlib zone, in descriptor order. */
    public List<TargetZone> zoneIndex() {
        return zones.stream().filter(zone -> zone.type() != ZoneType.GLOBAL).toList();
    }
}
