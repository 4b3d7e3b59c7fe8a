package dev.zdeploy.descriptor;

import dev.zdeploy.jcl.NameRules;
import dev.zdeploy.json.InputKind;
import dev.zdeploy.json.JsonCursor;
import dev.zdeploy.json.JsonInput;
import dev.zdeploy.json.Located;
import dev.zdeploy.json.Problems;
import dev.zdeploy.json.ReadResult;
import dev.zdeploy.problem.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a portable software instance descriptor ({@code IZUD00DF.json}, "Understanding the
 * Portable Software Instance descriptor file", versions 1-7) into a {@link Descriptor}, checking it
 * as it goes. Numbers are accepted as strings or JSON numbers, optional fields may be null or
 * absent, unknown scalar fields are kept as extensions, and a version above 7 is read with a
 * warning. Bad input gives problems (all of them), never another exception.
 */
public final class DescriptorReader {

    /** The one field of the document's outer object. */
    public static final String ROOT_FIELD = "izud.pswi.descriptor";

    private static final Set<String> FIELDS = Set.of(
            "version", "created", "gimpaflocation", "name", "description", "globalzone", "zones", "datasets",
            "smpeproducts", "fmids", "products", "workflows", "datasetproperties", "datasetpropertylabels",
            "productproperties");

    /** The list read one entry at a time, never held as a tree (a million data sets are gigabytes of nodes). */
    private static final String DATA_SETS = "/" + ROOT_FIELD + "/datasets";

    private DescriptorReader() {}

    /** Reads a descriptor file, or throws {@link InvalidInputException} with every problem. */
    public static Descriptor read(Path file) {
        return parse(file).orThrow();
    }

    /** Reads descriptor text named {@code name} in problems, or throws with every problem. */
    public static Descriptor read(String name, String json) {
        return parse(name, json).orThrow();
    }

    /** Reads a descriptor file and reports every problem without throwing. */
    public static ReadResult<Descriptor> parse(Path file) {
        // Refused before it is read: a descriptor beyond the supported size would take minutes and
        // more memory than the machine has before the data set count could be checked.
        long bytes = sizeOf(file);
        if (bytes > DeploymentSize.MAX_DESCRIPTOR_BYTES) {
            Problems problems = new Problems(file.toString());
            problems.error("", DeploymentSize.descriptorTooLarge(bytes), null);
            return new ReadResult<>(null, problems.all());
        }
        return JsonInput.parse(file, DescriptorReader::read, DATA_SETS);
    }

    /** The size of a regular file; 0 when there is none, whose reading then reports why. */
    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }

    /** Reads descriptor text and reports every problem without throwing. */
    public static ReadResult<Descriptor> parse(String name, String json) {
        return JsonInput.parse(name, json, DescriptorReader::read, DATA_SETS);
    }

    static Descriptor read(JsonCursor document) {
        if (!document.expectObject() || document.isAnotherInput(InputKind.DESCRIPTOR)) {
            return null;
        }
        document.checkSchemaField();
        JsonCursor root = document.field(ROOT_FIELD);
        if (!root.requireObject()) {
            return null;
        }
        int version = version(root.field("version"));
        String created = root.field("created").text();
        String gimpaflocation = root.field("gimpaflocation").text();
        String name = root.field("name").requiredText(text -> text.isBlank()
                ? java.util.Optional.of("a software instance name is not empty")
                : dev.zdeploy.problem.Printable.hasControl(text)
                        ? java.util.Optional.of("a software instance name holds no control characters")
                        : java.util.Optional.empty());
        String description = root.field("description").text();
        String globalzone = root.field("globalzone").text(NameRules::dataSetName);
        List<Located<Zone>> zones = zones(root.field("zones"));
        Set<String> zoneNames = new HashSet<>();
        zones.forEach(zone -> zoneNames.add(zone.value().name()));
        List<Located<DataSet>> datasets = DataSetReader.readAll(root.field("datasets"), zoneNames, version);
        Descriptor descriptor = new Descriptor(
                version,
                created,
                gimpaflocation,
                name,
                description,
                globalzone,
                Located.values(zones),
                Located.values(datasets),
                ProductReader.smpeProducts(root.field("smpeproducts")),
                root.field("fmids").texts(),
                ProductReader.products(root.field("products")),
                WorkflowReader.workflows(root.field("workflows")),
                WorkflowReader.dataSetProperties(root.field("datasetproperties")),
                WorkflowReader.labels(root.field("datasetpropertylabels")),
                WorkflowReader.productProperties(root.field("productproperties")),
                root.unknownScalars(FIELDS));
        DescriptorChecks.check(globalzone, root.field("globalzone"), zones, datasets);
        VersionedFields.checkDescriptor(root, version, FIELDS);
        return descriptor;
    }

    private static int version(JsonCursor field) {
        if (!field.isPresent()) {
            field.error("is required", null);
            return 0;
        }
        Integer version = field.integer();
        if (version == null) {
            return 0;
        }
        if (version < 1) {
            field.error("a descriptor version is 1 or higher", field.shown());
        } else if (version > Descriptor.LATEST_DOCUMENTED_VERSION) {
            field.warning("descriptor version " + version + " is newer than the documented versions 1-"
                    + Descriptor.LATEST_DOCUMENTED_VERSION + ": it is read by the version "
                    + Descriptor.LATEST_DOCUMENTED_VERSION + " rules and fields added since are not checked", null);
        }
        return version;
    }

    private static List<Located<Zone>> zones(JsonCursor list) {
        List<Located<Zone>> zones = new ArrayList<>();
        for (JsonCursor zone : list.objects()) {
            String name = zone.field("name").requiredText(NameRules::zoneName);
            JsonCursor type = zone.field("type");
            String typeText = type.requiredText();
            ZoneType zoneType = ZoneType.parse(typeText).orElse(null);
            if (typeText != null && zoneType == null) {
                type.error("a zone type is global, target or dlib", typeText);
            }
            zones.add(new Located<>(new Zone(
                    name,
                    zoneType,
                    zone.field("related").text(NameRules::zoneName),
                    zone.field("csi").requiredText(NameRules::dataSetName)), zone));
        }
        return zones;
    }
}
