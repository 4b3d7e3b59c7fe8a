package dev.zdeploy.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data sets copied by one DFSMSdss COPY command: those on the same source volumes going to the same
 * target volumes, of the same kind (SMP/E data set or not, SMS-managed or not).
 *
 * <p>A single-volume data set shares its group with the others of its source→target volume pair. A
 * multi-volume data set goes with the others spanning exactly the same volumes: LOGINDYNAM then lists
 * all its source volumes (SELECTMULTI(ALL), the default, selects a multi-volume data set only when
 * every volume holding part of it is in the list) and OUTDYNAM its target volumes in order, so no
 * other data set can spill onto a volume the plan did not give it (DFSMSdss Storage Administration,
 * "LOGINDYNAM", "SELECTMULTI", "OUTDYNAM").
 *
 * <p>SMP/E data sets (the CSIs and the SMP/E control data sets: {@link TargetDataSet#isSmpeDataSet})
 * are copied by commands of their own, without TOLERATE(ENQFAILURE): a CSI that SMP/E updates during
 * the copy must stop the copy rather than be copied torn with condition code 0 or 4
 * ({@link #toleratesEnqFailure}). So are VSAM extended-format data sets, with which DFSMSdss refuses
 * TOLERATE(ENQFAILURE).
 *
 * <p>Non-SMS-managed data sets are copied with BYPASSACS(**) NULLSTORCLAS, which "forces the selected
 * data sets to be non-SMS-managed" (DFSMSdss Storage Administration, "BYPASSACS", "STORCLAS"): COPY
 * runs the ACS routines on the new name ("Moving SMS-managed data sets"), which could otherwise give a
 * sysres data set a storage class and put it where SMS decides, not on OUTDYNAM's volume. SMS-managed
 * data sets go through the ACS routines with their source classes and get no OUTDYNAM: SMS picks the
 * volume ({@link #bypassesAcs}). Data sets a request gave a storage class (a v2 storclas action) are
 * grouped by that class, so that each command passes one class to the ACS routines with STORCLAS, which
 * "specifies the storage class that you want to replace (the source storage class) as input to the ACS
 * routines" (DFSMSdss Storage Administration, "STORCLAS"); "Using STORCLAS does not guarantee that the
 * data set is assigned the storage class you specify" ("Changing storage class with Copy"): the site's
 * ACS routines may override it ({@link #storclas}).
 *
 * <p>A group holds at most {@link #MAX_DATA_SETS} data sets: "You must use FILTERDD when you have more
 * than 255 entries in the INCLUDE, EXCLUDE, or BY list keywords" (DFSMSdss Storage Administration,
 * "FILTERDD"); a larger set of data sets is split into several groups instead.
 *
 * @param sourceVolumes source volume serials, in the order of the data sets' volume lists
 * @param targetVolumes target volume serials, in the same order
 * @param datasets      the data sets, in plan order
 * @param smpe          true when the data sets are SMP/E data sets
 * @param smsManaged    true when the data sets are SMS-managed
 * @param storclas      the storage class the request gave the data sets (COPY STORCLAS), or null when
 *                      they keep their source classes
 */
public record CopyGroup(List<String> sourceVolumes, List<String> targetVolumes, List<TargetDataSet> datasets,
        boolean smpe, boolean smsManaged, String storclas) {

    /** Most data sets in one INCLUDE list. */
    public static final int MAX_DATA_SETS = 255;

    public CopyGroup {
        sourceVolumes = List.copyOf(sourceVolumes);
        targetVolumes = List.copyOf(targetVolumes);
        datasets = List.copyOf(datasets);
    }

    /** Groups {@code datasets} by their source and target volume lists and kind, in order of first appearance. */
    public static List<CopyGroup> of(List<TargetDataSet> datasets) {
        Map<Key, List<TargetDataSet>> byKey = new LinkedHashMap<>();
        Key lastKey = null;
        List<TargetDataSet> lastMembers = null;
        for (TargetDataSet ds : datasets) {
            Key key = new Key(ds.sourceVolumes(), ds.volumes(), ds.isSmpeDataSet(), ds.isSmsManaged(),
                    ds.storclasAssigned() ? ds.storclas() : "", ds.copiedUnderFinalName(), ds.isExtendedFormatVsam());
            // Neighbours mostly go to the same group: compared with the last key, not hashed again (a key's
            // hash walks its volume lists).
            if (!key.equals(lastKey)) {
                lastKey = key;
                lastMembers = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            }
            lastMembers.add(ds);
        }
        List<CopyGroup> groups = new ArrayList<>();
        byKey.forEach((key, members) -> {
            for (int from = 0; from < members.size(); from += MAX_DATA_SETS) {
                List<TargetDataSet> chunk = members.subList(from, Math.min(members.size(), from + MAX_DATA_SETS));
                TargetDataSet first = chunk.get(0);
                groups.add(new CopyGroup(first.sourceVolumes(), first.volumes(), chunk, first.isSmpeDataSet(),
                        first.isSmsManaged(), first.storclasAssigned() ? first.storclas() : null));
            }
        });
        return List.copyOf(groups);
    }

    /**
     * True when the command may copy data sets whose serialization fails (TOLERATE(ENQFAILURE)), as the
     * running system's libraries need. Never for SMP/E data sets: a CSI or SMP/E data set updated while
     * it is copied would be copied inconsistent, so the copy of one that is in use must fail. Nor for VSAM
     * extended-format data sets, which are grouped apart: "You cannot use the TOLERATE(ENQF) keyword when
     * performing a logical copy operation with VSAM extended-format data sets" (DFSMSdss Storage
     * Administration, COPY "TOLERATE"; {@link TargetDataSet#isExtendedFormatVsam}).
     */
    public boolean toleratesEnqFailure() {
        return !smpe && !datasets.get(0).isExtendedFormatVsam();
    }

    /** True when the command bypasses the ACS routines and forces non-SMS targets (BYPASSACS(**) NULLSTORCLAS). */
    public boolean bypassesAcs() {
        return !smsManaged;
    }

    /**
     * True when the command copies its data sets under their own names (no RENAMEUNCONDITIONAL) and
     * catalogs them in the new master catalog with RECATALOG(newcat) ({@link TargetDataSet#copiedUnderFinalName()}):
     * DFSMSdss COPY "RECATALOG(newcatname) catalogs the target data set in the newcatname catalog", while
     * CATALOG without RENAMEUNCONDITIONAL gives ADR385E, "because two data sets with the same name cannot
     * be cataloged in the standard order of search at the same time" (DFSMSdss Storage Administration,
     * COPY "CATALOG | RECATALOG").
     */
    public boolean underFinalNames() {
        return datasets.get(0).copiedUnderFinalName();
    }

    /**
     * True when the command codes SHARE: the data sets copied under their final names are the ones the
     * driving system may hold, which it holds shared; without SHARE DFSMSdss asks for an exclusive enqueue
     * ("Enqueuing—ENQ": "defaulting to exclusive enqueuing"), which fails, and copies without any
     * enqueue under TOLERATE(ENQFAILURE); with SHARE it gets a shared one that keeps writers out.
     */
    public boolean shares() {
        return underFinalNames();
    }

    /** What puts two data sets in one group. */
    private record Key(List<String> sourceVolumes, List<String> volumes, boolean smpe, boolean smsManaged,
            String storclas, boolean underFinalName, boolean extendedFormatVsam) {}

    /** True when the group spans more than one volume. */
    public boolean isMultiVolume() {
        return sourceVolumes.size() > 1;
    }
}
