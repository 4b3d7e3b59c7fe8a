package dev.zdeploy.descriptor;

import dev.zdeploy.json.JsonCursor;
import dev.zdeploy.json.Located;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules that relate fields of one descriptor to each other: names defined once, every zone named
 * is defined (DDDEF zones are checked as data sets are read), CSIs and the global zone name VSAM data sets of the instance. Values that were wrong
 * on their own are null by now and skipped here.
 */
final class DescriptorChecks {

    /** SMP/E's global zone is always called GLOBAL (SET BOUNDARY(GLOBAL)). */
    static final String GLOBAL_ZONE_NAME = "GLOBAL";

    private final List<Located<Zone>> zones;
    private final List<Located<DataSet>> datasets;
    private final Map<String, Located<DataSet>> dataSetByName = new HashMap<>();
    private final Map<String, Located<Zone>> zoneByName = new HashMap<>();

    private DescriptorChecks(List<Located<Zone>> zones, List<Located<DataSet>> datasets) {
        this.zones = zones;
        this.datasets = datasets;
    }

    static void check(String globalzone, JsonCursor globalzoneField, List<Located<Zone>> zones,
            List<Located<DataSet>> datasets) {
        DescriptorChecks checks = new DescriptorChecks(zones, datasets);
        checks.indexDataSets();
        checks.indexZones();
        checks.checkGlobalZone(globalzone, globalzoneField);
        checks.checkZones();
    }

    private void indexDataSets() {
        for (Located<DataSet> dataset : datasets) {
            String dsname = dataset.value().dsname();
            if (dsname == null) {
                continue;
            }
            Located<DataSet> first = dataSetByName.putIfAbsent(dsname, dataset);
            if (first != null) {
                dataset.at().field("dsname").error(
                        "a data set is listed once in the instance; it is also at " + first.at().pointer(), dsname);
            }
        }
    }

    private void indexZones() {
        for (Located<Zone> zone : zones) {
            String name = zone.value().name();
            if (name == null) {
                continue;
            }
            Located<Zone> first = zoneByName.putIfAbsent(name, zone);
            if (first != null) {
                zone.at().field("name").error("a zone is defined once; it is also at " + first.at().pointer(), name);
            }
        }
    }

    private void checkGlobalZone(String globalzone, JsonCursor field) {
        if (globalzone != null) {
            checkCsi(field, globalzone, "the global zone CSI");
        } else if (!zones.isEmpty() && !field.isPresent()) {
            field.error("is required when the instance has SMP/E zones", null);
        }
    }

    private void checkZones() {
        for (Located<Zone> located : zones) {
            Zone zone = located.value();
            JsonCursor entry = located.at();
            boolean namedGlobal = GLOBAL_ZONE_NAME.equals(zone.name());
            if (zone.type() != null && zone.name() != null && namedGlobal != (zone.type() == ZoneType.GLOBAL)) {
                entry.field("name").error("the global zone, and only the global zone, is named GLOBAL", zone.name());
            }
            if (zone.related() != null && !zoneByName.containsKey(zone.related())) {
                entry.field("related").error("a related zone is a zone of the instance", zone.related());
            }
            if (zone.csi() != null) {
                checkCsi(entry.field("csi"), zone.csi(), "a zone's CSI");
            }
        }
    }

    private void checkCsi(JsonCursor field, String csi, String what) {
        Located<DataSet> dataset = dataSetByName.get(csi);
        if (dataset == null) {
            field.error(what + " is a data set of the instance", csi);
            return;
        }
        DsType type = dataset.value().dstype();
        if (type != null && type != DsType.VSAM) {
            field.error(what + " is a VSAM data set; this one is " + type, csi);
        }
    }
}
