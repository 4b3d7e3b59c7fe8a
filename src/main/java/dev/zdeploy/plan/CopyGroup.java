package dev.zdeploy.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data sets copied by one DFSMSdss COPY command: those on the same source volumes going to the same
 * target volumes.
 *
 * <p>A single-volume data set shares its group with the others of its source→target volume pair. A
 * multi-volume data set goes with the others spanning exactly the same volumes: LOGINDYNAM then lists
 * all its source volumes (SELECTMULTI(ALL), the default, selects a multi-volume data set only when
 * every volume holding part of it is in the list) and OUTDYNAM its target volumes in order, so no
 * other data set can spill onto a volume the plan did not give it (DFSMSdss Storage Administration,
 * "LOGINDYNAM", "SELECTMULTI", "OUTDYNAM").
 *
 * <p>A group holds at most {@link #MAX_DATA_SETS} data sets: "You must use FILTERDD when you have more
 * than 255 entries in the INCLUDE, EXCLUDE, or BY list keywords" (DFSMSdss Storage Administration,
 * "FILTERDD"); a larger set of data sets is split into several groups instead.
 *
 * @param sourceVolumes source volume serials, in the order of the data sets' volume lists
 * @param targetVolumes target volume serials, in the same order
 * @param datasets      the data sets, in plan order
 */
public record CopyGroup(List<String> sourceVolumes, List<String> targetVolumes, List<TargetDataSet> datasets) {

    /** Most data sets in one INCLUDE list. */
    public static final int MAX_DATA_SETS = 255;

    public CopyGroup {
        sourceVolumes = List.copyOf(sourceVolumes);
        targetVolumes = List.copyOf(targetVolumes);
        datasets = List.copyOf(datasets);
    }

    /** Groups {@code datasets} by their source and target volume lists, in order of first appearance. */
    public static List<CopyGroup> of(List<TargetDataSet> datasets) {
        Map<List<List<String>>, List<TargetDataSet>> byVolumes = new LinkedHashMap<>();
        for (TargetDataSet ds : datasets) {
            byVolumes.computeIfAbsent(List.of(ds.sourceVolumes(), ds.volumes()), key -> new ArrayList<>()).add(ds);
        }
        List<CopyGroup> groups = new ArrayList<>();
        byVolumes.forEach((volumes, members) -> {
            for (int from = 0; from < members.size(); from += MAX_DATA_SETS) {
                List<TargetDataSet> chunk = members.subList(from, Math.min(members.size(), from + MAX_DATA_SETS));
                groups.add(new CopyGroup(volumes.get(0), volumes.get(1), chunk));
            }
        });
        return List.copyOf(groups);
    }

    /**
     * True when a data set named SYS1.* is copied: DFSMSdss then needs PROCESS(SYS1) (DFSMSdss Storage
     * Administration, "PROCESS": system data sets named SYS1.* are processed only with it).
     */
    public boolean hasSys1() {
        return datasets.stream().anyMatch(TargetDataSet::isSys1);
    }

    /** True when the group spans more than one volume. */
    public boolean isMultiVolume() {
        return sourceVolumes.size() > 1;
    }
}
