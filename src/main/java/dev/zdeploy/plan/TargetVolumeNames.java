package dev.zdeploy.plan;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;

/**
 * What the pre-flight job looks for on the target volumes the plan chooses, in one pass over the data
 * sets: the names ({@link DeploymentPlan#namesOnTargetVolumes}), each with the volumes of its data set
 * ({@link DeploymentPlan#vtocChecks}), and the volumes ({@link DeploymentPlan#chosenTargetVolumes}).
 * The checks are not kept as objects: the names and their volume lists are, and each check is made when
 * it is read (at a million data sets, two million checks would stay on the heap as long as the plan).
 */
final class TargetVolumeNames {

    final List<String> names;
    final List<VtocCheck> checks;
    final List<String> volumes;

    private TargetVolumeNames(List<String> names, List<List<String>> volumesOfNames, List<String> volumes) {
        this.names = Collections.unmodifiableList(names);
        this.checks = new Checks(names, volumesOfNames);
        this.volumes = volumes;
    }

    static TargetVolumeNames of(List<TargetDataSet> datasets) {
        // Sized for two names per data set: no rehashing of a set that grows to millions.
        Set<String> seen = new HashSet<>(Math.max(16, (int) Math.min(1 << 30, datasets.size() * 8L / 3)));
        // At most two names per data set: kept with the plan, so not grown past what they hold.
        List<String> names = new ArrayList<>(datasets.size() * 2);
        List<List<String>> volumesOfNames = new ArrayList<>(datasets.size() * 2);
        Set<String> volumes = new LinkedHashSet<>();
        List<String> lastVolumes = null;
        for (TargetDataSet ds : datasets) {
            if (ds.isSmsManaged()) {
                continue;
            }
            List<String> dsVolumes = ds.volumes();
            if (dsVolumes.isEmpty()) {
                continue;
            }
            // Neighbours mostly share their volumes: no set lookup for the same list again.
            if (dsVolumes != lastVolumes) {
                volumes.addAll(dsVolumes);
                lastVolumes = dsVolumes;
            }
            // The temporary name, then the final name when it differs; a name met before is checked once.
            String temporary = ds.temporaryName();
            if (seen.add(temporary)) {
                names.add(temporary);
                volumesOfNames.add(dsVolumes);
            }
            String name = ds.name();
            if (!name.equals(temporary) && seen.add(name)) {
                names.add(name);
                volumesOfNames.add(dsVolumes);
            }
        }
        return new TargetVolumeNames(names, volumesOfNames, List.copyOf(volumes));
    }

    /** The checks, each made from a name and its volumes when read. */
    private static final class Checks extends AbstractList<VtocCheck> implements RandomAccess {
        private final List<String> names;
        private final List<List<String>> volumes;

        Checks(List<String> names, List<List<String>> volumes) {
            this.names = names;
            this.volumes = volumes;
        }

        @Override
        public VtocCheck get(int index) {
            return new VtocCheck(names.get(index), volumes.get(index));
        }

        @Override
        public int size() {
            return names.size();
        }
    }
}
