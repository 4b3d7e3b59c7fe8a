package dev.zdeploy.plan;

import dev.zdeploy.descriptor.DataSet;
import dev.zdeploy.request.TargetVolume;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The volume map (seed rule, "Deploy a software instance", processing step 6.3): the distinct source
 * volumes, in order of first appearance in the descriptor, map one to one onto the request's target
 * volumes in request order. Target volumes left over stay unused.
 */
final class VolumeMapper {

    private static final int VOLUMES_NAMED = 10;

    private VolumeMapper() {}

    /** Source volume to its mapping, in map order; source volumes without a target are left out. */
    static Map<String, VolumeMapping> map(List<DataSet> datasets, List<TargetVolume> targets, Problems problems) {
        Set<String> sources = new LinkedHashSet<>();
        for (DataSet dataset : datasets) {
            sources.addAll(dataset.volumes());
        }
        if (sources.size() > targets.size()) {
            problems.error(Problems.REQUEST, "/targetvolumes",
                    "the source data sets reside on " + sources.size() + " volumes (" + named(sources)
                            + ") but the request names " + targets.size()
                            + " target volumes; each source volume needs a target volume of its own",
                    String.valueOf(targets.size()));
        }
        Map<String, VolumeMapping> map = new LinkedHashMap<>();
        Map<String, String> sourceOfTarget = new HashMap<>();
        int index = 0;
        for (String source : sources) {
            if (index == targets.size()) {
                break;
            }
            TargetVolume target = targets.get(index);
            String earlier = sourceOfTarget.putIfAbsent(target.volume(), source);
            if (earlier != null) {
                problems.error(Problems.REQUEST, "/targetvolumes/" + index + "/volume",
                        "target volume " + target.volume() + " is named twice, so source volumes " + earlier
                                + " and " + source + " would both map onto it",
                        target.volume());
            }
            map.put(source, new VolumeMapping(source, target.volume(), target.indirectcatalogsymbol()));
            index++;
        }
        return map;
    }

    private static String named(Set<String> volumes) {
        List<String> list = new ArrayList<>(volumes);
        if (list.size() <= VOLUMES_NAMED) {
            return String.join(", ", list);
        }
        return String.join(", ", list.subList(0, VOLUMES_NAMED)) + " and " + (list.size() - VOLUMES_NAMED)
                + " more";
    }
}
