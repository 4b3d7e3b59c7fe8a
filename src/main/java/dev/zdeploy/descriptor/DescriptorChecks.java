package dev.zdeploy.descriptor;

import dev.zdeploy.json.JsonCursor;
import dev.zdeploy.json.Located;
import dev.zdeploy.json.UniqueNames;
import java.util.List;

/**
 * Rules that relate fields of one descriptor to each other: names defined once, every zone named
 * is defined (DDDEF zones are checked as data sets are read), CSIs and the global zone name VSAM data
 * sets of the instance, and the global zone is held in the globalzone CSI. Values that were wrong on
 * their own are null by now and skipped here.
 */
final class DescriptorChecks {

    private final List<Located<Zone>> zones;
    private final List<Located<DataSet>> datasets;
    private final UniqueNames<DataSet> dataSetByName = new UniqueNames<>("a data set is listed once in the instance");
    private final UniqueNames<Zone> zoneByName = new UniqueNames<>("a zone is defined once");

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
        checks.checkZones(globalzone);
    }

    private void indexDataSets() {
        for (Located<DataSet> dataset : datasets) {
            dataSetByName.add(dataset.value().dsname(), dataset, dataset.at().field("dsname"));
        }
    }

    private void indexZones() {
        for (Located<Zone> zone : zones) {
            zoneByName.add(zone.value().name(), zone, zone.at().field("name"));
        }
    }

    private void checkGlobalZone(String globalzone, JsonCursor field) {
        if (globalzone != null && zones.isEmpty()) {
            field.error("a global zone CSI is given with the instance's SMP/E zones, and zones lists none", globalzone);
        } else if (globalzone != null) {
            checkCsi(field, globalzone, "the global zone CSI");
        } else if (!zones.isEmpty() && !field.isPresent()) {
            field.error("is required when the instance has SMP/E zones", null);
        }
    }

    private void checkZones(String globalzone) {
        for (Located<Zone> located : zones) {
            Zone zone = located.value();
            JsonCursor entry = located.at();
            boolean namedGlobal = Zone.GLOBAL_ZONE_NAME.equals(zone.name());
            if (zone.type() != null && zone.name() != null && namedGlobal != (zone.type() == ZoneType.GLOBAL)) {
                entry.field("name").error("the global zone, and only the global zone, is named GLOBAL", zone.name());
            }
            if (zone.related() != null && !zoneByName.contains(zone.related())) {
                entry.field("related").error("a related zone is a zone of the instance", zone.related());
            }
            if (zone.csi() != null) {
                checkCsi(entry.field("csi"), zone.csi(), "a zone's CSI");
            }
            // SMP/E opens the global zone through globalzone: a GLOBAL zone held elsewhere would be a
            // second global zone, and the zone index the jobs update would be the wrong one. (A
            // globalzone that names no data set of the instance is reported on its own.)
            if (zone.type() == ZoneType.GLOBAL && globalzone != null && dataSetByName.contains(globalzone)
                    && zone.csi() != null && !zone.csi().equals(globalzone)) {
                entry.field("csi").error("the global zone's CSI is the instance's globalzone, " + globalzone,
                        zone.csi());
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
