package dev.zdeploy.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The DDDEF entries of a plan's data sets by zone, all of them and those the zone update changes, in
 * data set order, and the global zone's SMPPTS entries with their data sets: one pass over the data sets for what
 * {@link DeploymentPlan#dddefsOfZone}, {@link DeploymentPlan#changedDddefsOfZone} and
 * {@link DeploymentPlan#smpptsDds} answer for every zone.
 */
final class DddefsByZone {

    /** An SMPPTS DDDEF entry of the global zone (naming a data set) with the data set it names. */
    record Smppts(TargetDataSet dataSet, TargetDddef dddef) {}

    private final Map<String, List<TargetDddef>> all;
    private final Map<String, List<TargetDddef>> changed;
    final List<Smppts> smppts;

    private DddefsByZone(Map<String, List<TargetDddef>> all, Map<String, List<TargetDddef>> changed, List<Smppts> smppts) {
        this.all = all;
        this.changed = changed;
        this.smppts = smppts;
    }

    /** The entries of {@code datasets}; the SMPPTS ones of zone {@code globalZone} (none when it is null). */
    static DddefsByZone of(List<TargetDataSet> datasets, String globalZone) {
        Map<String, List<TargetDddef>> all = new HashMap<>();
        Map<String, List<TargetDddef>> changed = new HashMap<>();
        List<Smppts> smppts = new ArrayList<>();
        for (TargetDataSet ds : datasets) {
            for (TargetDddef dd : ds.dddefs()) {
                all.computeIfAbsent(dd.zone(), zone -> new ArrayList<>()).add(dd);
                // Changed: every data set entry (its data set gets its final name, and a volume or none) and
                // the PATH entries under a moved mount point.
                if (!dd.isPath() || dd.isPathMoved()) {
                    changed.computeIfAbsent(dd.zone(), zone -> new ArrayList<>()).add(dd);
                }
                // The zone first: the zone name is one shared string, the DDDEF name one more object to read
                // for each of a million entries.
                if (dd.zone().equals(globalZone) && dd.dataset() != null && dd.dddef().startsWith("SMPPTS")) {
                    smppts.add(new Smppts(ds, dd));
                }
            }
        }
        Map<String, List<TargetDddef>> allFixed = new HashMap<>();
        Map<String, List<TargetDddef>> changedFixed = new HashMap<>();
        all.forEach((zone, entries) -> {
            List<TargetDddef> fixed = Collections.unmodifiableList(entries);
            allFixed.put(zone, fixed);
            List<TargetDddef> changedEntries = changed.get(zone);
            // Usually every entry changes: then one list serves both.
            if (changedEntries != null) {
                changedFixed.put(zone, changedEntries.size() == entries.size() ? fixed
                        : Collections.unmodifiableList(changedEntries));
            }
        });
        return new DddefsByZone(allFixed, changedFixed, List.copyOf(smppts));
    }

    List<TargetDddef> of(String zone) {
        return all.getOrDefault(zone, List.of());
    }

    List<TargetDddef> changedOf(String zone) {
        return changed.getOrDefault(zone, List.of());
    }
}
