package dev.zdeploy.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data sets of a portable instance that the unzip job moves, after GIMUNZIP, to the storage class a
 * request gave them (a v2 storclas action): one DFSMSdss {@code COPY DATASET(INCLUDE(...)) DELETE
 * STORCLAS(sc)} per class and at most {@link CopyGroup#MAX_DATA_SETS} names.
 *
 * <p>Why a move: GIMUNZIP's ARCHDEF has no storage class attribute (SMP/E Reference, "GIMUNZIP package
 * control tags": name|archid, volume, newname|prefix, replace, preserveid), so GIMUNZIP allocates the
 * temporary name through the ACS routines without the class. COPY then "invokes the Automatic Class
 * Selection (ACS) routines" with STORCLAS as their input ("Moving SMS-managed data sets", "STORCLAS"),
 * the same input the copy job of a swi gives; DELETE, without RENAMEUNCONDITIONAL, moves the data set
 * under its own name ("Moving VSAM data sets": "you must specify DELETE, RENAMEUNCONDITIONAL, or
 * RECATALOG"); the target is cataloged because CATALOG "is the default for VSAM, multivolume data sets,
 * and SMS-managed data sets" ("CATALOG"), which is why the command codes no CATALOG: with CATALOG and
 * neither RENAMEUNCONDITIONAL nor UNCATALOG, "an ADR385E message will be issued". No LOGINDYNAM: the
 * data sets are found through the catalog. As in the copy job, "Using STORCLAS does not guarantee that
 * the data set is assigned the storage class you specify" ("Changing storage class with Copy").
 *
 * @param storclas the class passed to the ACS routines
 * @param datasets the data sets, in plan order
 */
public record ClassMove(String storclas, List<TargetDataSet> datasets) {

    public ClassMove {
        datasets = List.copyOf(datasets);
    }

    /** The moves for the data sets of {@code datasets} that a storclas action selected, by class in order of first appearance. */
    public static List<ClassMove> of(List<TargetDataSet> datasets) {
        Map<String, List<TargetDataSet>> byClass = new LinkedHashMap<>();
        for (TargetDataSet ds : datasets) {
            if (ds.storclasAssigned()) {
                byClass.computeIfAbsent(ds.storclas(), c -> new ArrayList<>()).add(ds);
            }
        }
        List<ClassMove> moves = new ArrayList<>();
        byClass.forEach((storclas, members) -> {
            for (int from = 0; from < members.size(); from += CopyGroup.MAX_DATA_SETS) {
                moves.add(new ClassMove(storclas,
                        members.subList(from, Math.min(members.size(), from + CopyGroup.MAX_DATA_SETS))));
            }
        });
        return moves;
    }
}
