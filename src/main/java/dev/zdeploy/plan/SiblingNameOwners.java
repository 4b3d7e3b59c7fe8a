package dev.zdeploy.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For {@link DeploymentPlan#componentRenames}: the component names of the plan's VSAM clusters whose
 * components VSAM's CLUSTER form names as siblings ({@code X.CLUSTER} gives {@code X.DATA}), each with
 * the data set that has it as its final, temporary or alias name. Two passes over the data sets for
 * the whole plan, instead of a set of every name of every other data set for each such cluster.
 */
final class SiblingNameOwners {

    /** The owner of a name that two or more data sets have. */
    private static final Object MANY = new Object();

    private final Set<String> candidates;
    private final Map<String, Object> owners;

    private SiblingNameOwners(Set<String> candidates, Map<String, Object> owners) {
        this.candidates = candidates;
        this.owners = owners;
    }

    static SiblingNameOwners of(List<TargetDataSet> datasets) {
        Set<String> candidates = new HashSet<>();
        for (TargetDataSet ds : datasets) {
            if (ds.isVsamCluster() && ds.needsRename()) {
                List<NameChange> changes = ds.componentRenames();
                if (!DeploymentPlan.allUnderTemporaryName(changes, ds)) {
                    for (NameChange change : changes) {
                        candidates.add(change.from());
                        candidates.add(change.to());
                    }
                }
            }
        }
        Map<String, Object> owners = new HashMap<>();
        if (!candidates.isEmpty()) {
            for (TargetDataSet ds : datasets) {
                own(owners, candidates, ds.name(), ds);
                own(owners, candidates, ds.temporaryName(), ds);
                for (String alias : ds.aliases()) {
                    own(owners, candidates, alias, ds);
                }
            }
        }
        return new SiblingNameOwners(Set.copyOf(candidates), owners);
    }

    private static void own(Map<String, Object> owners, Set<String> candidates, String name, TargetDataSet ds) {
        if (candidates.contains(name)) {
            Object known = owners.putIfAbsent(name, ds);
            // The same data set met again (by another of its names, or listed twice) is still one owner.
            if (known != null && known != ds) {
                owners.put(name, MANY);
            }
        }
    }

    /** Whether every name of {@code changes} is one whose owners are known here. */
    boolean covers(List<NameChange> changes) {
        for (NameChange change : changes) {
            if (!candidates.contains(change.from()) || !candidates.contains(change.to())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a data set other than {@code dataSet} (by identity, as the plan compares) has {@code name}. */
    boolean takenByOther(String name, TargetDataSet dataSet) {
        Object owner = owners.get(name);
        return owner != null && owner != dataSet;
    }
}
