package dev.zdeploy.plan;

import dev.zdeploy.descriptor.Zone;
import dev.zdeploy.descriptor.ZoneType;
import dev.zdeploy.request.ZoneRename;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Zone names (the request's zone renames), related zones and the CSI of each zone. */
final class ZonePlanner {

    private ZonePlanner() {}

    /** Source zone name to final zone name for every zone of the descriptor, in descriptor order. */
    static Map<String, String> zoneNames(List<Zone> zones, List<ZoneRename> renames, Problems problems) {
        Map<String, ZoneType> types = new HashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Zone zone : zones) {
            types.put(zone.name(), zone.type());
            names.put(zone.name(), zone.name());
        }
        Map<String, Integer> renamedBy = new HashMap<>();
        for (int i = 0; i < renames.size(); i++) {
            ZoneRename rename = renames.get(i);
            String pointer = "/configuration/zones/" + i;
            if (!types.containsKey(rename.from())) {
                problems.error(Problems.REQUEST, pointer + "/from",
                        "zone " + rename.from() + " is not a zone of the descriptor, so it cannot be renamed",
                        rename.from());
            } else if (types.get(rename.from()) == ZoneType.GLOBAL || rename.from().equals(Zone.GLOBAL_ZONE_NAME)) {
                problems.error(Problems.REQUEST, pointer + "/from",
                        "the global zone is always named GLOBAL and cannot be renamed", rename.from());
            } else if (renamedBy.putIfAbsent(rename.from(), i) != null) {
                problems.error(Problems.REQUEST, pointer + "/from",
                        "zone " + rename.from() + " is renamed twice; the first rename counts", rename.from());
            } else {
                names.put(rename.from(), rename.to());
            }
        }
        Map<String, String> sourceOfFinal = new HashMap<>();
        for (Map.Entry<String, String> entry : names.entrySet()) {
            String earlier = sourceOfFinal.putIfAbsent(entry.getValue(), entry.getKey());
            if (earlier != null) {
                Integer rename = renamedBy.get(entry.getKey());
                if (rename == null) {
                    rename = renamedBy.get(earlier);
                }
                problems.error(Problems.REQUEST, "/configuration/zones/" + rename + "/to",
                        "zones " + earlier + " and " + entry.getKey() + " would both be named " + entry.getValue(),
                        entry.getValue());
            }
        }
        return names;
    }

    /** The target zones, in descriptor order. */
    static List<TargetZone> zones(PlanContext context, Map<String, TargetDataSet> targetsBySource) {
        List<TargetZone> zones = new ArrayList<>();
        for (Zone zone : context.descriptor.zones()) {
            String related = zone.related() == null ? null : context.zoneName(zone.related());
            zones.add(new TargetZone(zone.name(), context.zoneName(zone.name()), zone.type(), zone.related(), related,
                    zone.csi(), finalCsi(context, targetsBySource, zone.csi()),
                    temporaryCsi(context, targetsBySource, zone.csi())));
        }
        return zones;
    }

    /** Final name of a CSI data set, whether or not the descriptor lists it among its data sets. */
    static String finalCsi(PlanContext context, Map<String, TargetDataSet> targetsBySource, String csi) {
        if (csi == null) {
            return null;
        }
        TargetDataSet target = targetsBySource.get(csi);
        return target != null ? target.name() : context.rename(csi, "CSI");
    }

    private static String temporaryCsi(PlanContext context, Map<String, TargetDataSet> targetsBySource, String csi) {
        TargetDataSet target = targetsBySource.get(csi);
        if (target != null) {
            return target.temporaryName();
        }
        return TemporaryNames.of(context.sourceType, context.tempcatalias(), finalCsi(context, targetsBySource, csi),
                true);
    }
}
