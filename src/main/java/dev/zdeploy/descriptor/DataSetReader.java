package dev.zdeploy.descriptor;

import dev.zdeploy.jcl.NameRules;
import dev.zdeploy.json.JsonCursor;
import dev.zdeploy.json.Located;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the descriptor's {@code datasets} list: one {@link DataSet} per entry, each field checked. */
final class DataSetReader {

    /** Undocumented, but real descriptors carry it: the secondary space in tracks. */
    static final String SECONDARY = "secondary";

    static final Set<String> FIELDS = Set.of(
            "dsname", "volumes", "storclas", "dstype", "tracks", SECONDARY, "zonedddefs", "mountpoint", "unixdirs",
            "isextendedformat", "recfm", "lrecl", "blksize", "used", "extents", "dscategory", "archid");
    private static final String RECFM_CODES = "ABFMSTUV";
    private static final int MAX_PERCENT = 100;

    private DataSetReader() {}

    /**
     * Reads every entry; {@code zoneNames} are the instance's zones, which DDDEFs must name, and
     * {@code version} the descriptor's, whose fields each entry is judged by.
     */
    static List<Located<DataSet>> readAll(JsonCursor list, Set<String> zoneNames, int version) {
        if (list.size() > DeploymentSize.MAX_DATA_SETS) {
            // One problem, before any entry is read: not a problem per entry of a list refused whole.
            list.error(DeploymentSize.tooManyDataSets(list.size()), null);
            return List.of();
        }
        List<Located<DataSet>> datasets = new ArrayList<>();
        // Volume serials and zone names repeat across the entries: one string each, not one per entry
        // (a million data sets held 2.5 million copies of a handful of names, 120 MB).
        java.util.Map<String, String> names = new java.util.HashMap<>();
        // One entry's tree at a time: the record keeps only where it was read.
        list.forEachRequiredElement(entry -> {
            if (entry.requireObject()) {
                datasets.add(new Located<>(read(entry, zoneNames, names), entry.detached()));
                VersionedFields.checkDataSet(entry, version, FIELDS);
            }
        });
        return datasets;
    }

    private static DataSet read(JsonCursor entry, Set<String> zoneNames, java.util.Map<String, String> names) {
        // Fields are read in the documented order so that problems come out in that order.
        String dsname = entry.field("dsname").requiredText(NameRules::dataSetName);
        List<String> volumes = entry.field("volumes").texts(NameRules::volumeSerial);
        volumes.replaceAll(volume -> names.computeIfAbsent(volume, name -> name));
        String storclas = entry.field("storclas").text(NameRules::smsClassName);
        DsType dstype = dsType(entry.field("dstype"));
        onceEach(entry.field("volumes"));
        if (dstype == DsType.PDS && volumes.size() > 1) {
            // "Partitioned data sets can only be allocated on a single volume, with a maximum size of 65535
            // tracks" (z/OS XL C/C++ Programming Guide, "Creating PDSs and PDSEs"); issue 10, minor.
            entry.field("volumes").error("a PDS is allocated on a single volume and cannot span " + volumes.size()
                    + " (a PDSE can)", String.join(" ", volumes));
        }
        Integer tracks = tracks(entry.field("tracks"));
        Integer secondary = atLeast(entry.field(SECONDARY), 0);
        List<ZoneDddefs> zonedddefs = zoneDddefs(entry.field("zonedddefs"), zoneNames, dstype, names);
        String mountpoint = mountPoint(entry.field("mountpoint"), dstype);
        return new DataSet(
                dsname,
                volumes,
                storclas,
                dstype,
                tracks,
                secondary,
                zonedddefs,
                mountpoint,
                entry.field("unixdirs").texts(NameRules::unixPath),
                entry.field("isextendedformat").flag(false),
                commonRecordFormat(entry.field("recfm").text(DataSetReader::recordFormat)),
                atLeast(entry.field("lrecl"), 0),
                atLeast(entry.field("blksize"), 0),
                percent(entry.field("used")),
                atLeast(entry.field("extents"), 0),
                categories(entry.field("dscategory")),
                entry.field("archid").text(),
                entry.unknownScalars(FIELDS));
    }

    private static String mountPoint(JsonCursor field, DsType dstype) {
        String path = field.text(NameRules::unixPath);
        if (path != null && dstype != null && !dstype.isFileSystem()) {
            field.error("only an HFS or zFS data set has a mount point; this one is " + dstype, path);
        }
        return path;
    }

    private static DsType dsType(JsonCursor field) {
        String text = field.requiredText();
        Optional<DsType> type = DsType.parse(text);
        if (text != null && type.isEmpty()) {
            field.error("a data set type is one of " + names(DsType.values()), text);
        }
        return type.orElse(null);
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static Integer tracks(JsonCursor field) {
        if (!field.isPresent()) {
            field.error("is required", null);
            return null;
        }
        Integer tracks = field.integer();
        if (tracks != null && tracks < 1) {
            field.error("a track count is a positive whole number", field.shown());
        }
        return tracks;
    }

    private static Integer atLeast(JsonCursor field, int minimum) {
        Integer value = field.integer();
        if (value != null && value < minimum) {
            field.error("must be a whole number of at least " + minimum, field.shown());
        }
        return value;
    }

    private static Integer percent(JsonCursor field) {
        Integer value = field.integer();
        if (value != null && (value < 0 || value > MAX_PERCENT)) {
            field.error("a percentage used is 0-100", field.shown());
        }
        return value;
    }

    private static Optional<String> recordFormat(String text) {
        if (text.isEmpty() || text.chars().anyMatch(c -> RECFM_CODES.indexOf(c) < 0)) {
            return Optional.of("a record format is made of the codes A, B, F, M, S, T, U and V");
        }
        return Optional.empty();
    }

    /**
     * Record formats most data sets share: one string each for all of them, where the reader makes one
     * per data set (48 bytes and two objects each, which a plan of a million data sets keeps and reads).
     * A fixed table, so that a descriptor cannot make it grow.
     */
    private static final Map<String, String> COMMON_RECFMS = java.util.stream.Stream.of("F", "FA", "FB", "FBA", "FBM",
            "FBS", "FS", "U", "UA", "UM", "V", "VA", "VB", "VBA", "VBM", "VBS", "VS")
            .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r, r -> r));

    private static String commonRecordFormat(String recfm) {
        return recfm == null ? null : COMMON_RECFMS.getOrDefault(recfm, recfm);
    }

    /** The list of each single category, shared by the data sets that have just that one. */
    private static final Map<DsCategory, List<DsCategory>> SINGLE_CATEGORY = java.util.Arrays.stream(DsCategory.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(c -> c, List::of));

    private static List<DsCategory> categories(JsonCursor field) {
        List<DsCategory> categories = new ArrayList<>();
        for (JsonCursor element : field.elements()) {
            String text = element.requiredText();
            Optional<DsCategory> category = DsCategory.parse(text);
            if (text != null && category.isEmpty()) {
                element.error("a data set category is one of " + names(DsCategory.values()), text);
            }
            category.ifPresent(categories::add);
        }
        return categories.size() == 1 ? SINGLE_CATEGORY.get(categories.get(0)) : categories;
    }

    /** A volume listed twice would be copied from, and counted, twice. */
    private static void onceEach(JsonCursor volumes) {
        if (!volumes.isList()) {
            return;
        }
        Set<String> seen = new java.util.HashSet<>();
        for (JsonCursor volume : volumes.elements()) {
            if (volume.isPresent() && volume.scalarText() != null && !seen.add(volume.scalarText())) {
                volume.error("a data set lists each of its volumes once", volume.scalarText());
            }
        }
    }

    private static List<ZoneDddefs> zoneDddefs(JsonCursor list, Set<String> zoneNames, DsType dstype,
            java.util.Map<String, String> names) {
        List<ZoneDddefs> zones = new ArrayList<>();
        for (JsonCursor entry : list.objects()) {
            JsonCursor zoneField = entry.field("zone");
            String zone = zoneField.requiredText(NameRules::zoneName);
            zone = zone == null ? null : names.computeIfAbsent(zone, name -> name);
            if (zone != null && !zoneNames.contains(zone)) {
                zoneField.error("a DDDEF's zone is a zone of the instance", zone);
            }
            List<Dddef> dddefs = new ArrayList<>();
            for (JsonCursor dddef : entry.field("dddefs").requiredElements()) {
                if (dddef.requireObject()) {
                    String path = dddef.field("path").text(NameRules::unixPath);
                    if (path != null && dstype != null && !dstype.isFileSystem()) {
                        // The data set a DDDEF is listed under is the one it refers to: a path is a
                        // directory of a file system, so only an HFS or zFS data set lists PATH DDDEFs.
                        dddef.field("path").error("a PATH DDDEF names a directory in an HFS or zFS data set; this"
                                + " one is " + dstype, path);
                    }
                    dddefs.add(new Dddef(
                            dddef.field("dddef").requiredText(NameRules::jclName),
                            path,
                            dddef.field("pathcontainedinds").text()));
                }
            }
            zones.add(new ZoneDddefs(zone, dddefs));
        }
        return zones;
    }
}
