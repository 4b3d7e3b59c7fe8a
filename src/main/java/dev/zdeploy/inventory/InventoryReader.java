package dev.zdeploy.inventory;

import dev.zdeploy.jcl.NameRules;
import dev.zdeploy.json.InputKind;
import dev.zdeploy.json.JsonCursor;
import dev.zdeploy.json.InputLimits;
import dev.zdeploy.json.JsonInput;
import dev.zdeploy.json.Located;
import dev.zdeploy.json.ReadResult;
import dev.zdeploy.json.UniqueNames;
import dev.zdeploy.problem.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads an inventory of the driving system (zdeploy's own format, documented in the README):
 * <pre>
 * {"datasets":[{"dsname":"...","volumes":["..."],"catalog":"..."}],
 *  "aliases":[{"name":"...","catalog":"..."}],
 *  "usercatalogs":["..."], "softwareinstances":["..."],
 *  "volumes":[{"volume":"...","tracks":150255} or {"volume":"...","devicetype":"3390-9"}]}
 * </pre>
 * Every list is optional. zdeploy owns this format, so an unknown field is an error: a misspelt
 * {@code "volumes"} would otherwise check nothing and say the plan was checked.
 */
public final class InventoryReader {

    private static final Set<String> FIELDS =
            Set.of("datasets", "aliases", "usercatalogs", "softwareinstances", "volumes", JsonCursor.SCHEMA_FIELD);
    private static final Set<String> DATASET_FIELDS = Set.of("dsname", "volumes", "catalog");
    private static final Set<String> ALIAS_FIELDS = Set.of("name", "catalog");
    private static final Set<String> VOLUME_FIELDS = Set.of("volume", "tracks", "devicetype");

    private InventoryReader() {}

    /** Reads an inventory file, or throws {@link InvalidInputException} with every problem. */
    public static Inventory read(Path file) {
        return parse(file).orThrow();
    }

    /** Reads inventory text named {@code name} in problems, or throws with every problem. */
    public static Inventory read(String name, String json) {
        return parse(name, json).orThrow();
    }

    /** Reads an inventory file and reports every problem without throwing. */
    public static ReadResult<Inventory> parse(Path file) {
        return JsonInput.parse(file, InventoryReader::read, InputLimits.MAX_INVENTORY_BYTES, "inventories");
    }

    /** Reads inventory text and reports every problem without throwing. */
    public static ReadResult<Inventory> parse(String name, String json) {
        return JsonInput.parse(name, json, InventoryReader::read);
    }

    static Inventory read(JsonCursor root) {
        if (!root.expectObject() || root.isAnotherInput(InputKind.INVENTORY)) {
            return null;
        }
        root.rejectUnknownFields(FIELDS, "an inventory");
        root.checkSchemaField();
        return new Inventory(
                dataSets(root.field("datasets")),
                aliases(root.field("aliases")),
                root.field("usercatalogs").texts(NameRules::dataSetName),
                root.field("softwareinstances").texts(),
                volumes(root.field("volumes")));
    }

    private static List<ExistingDataSet> dataSets(JsonCursor list) {
        List<ExistingDataSet> datasets = new ArrayList<>();
        for (JsonCursor entry : list.objects()) {
            entry.rejectUnknownFields(DATASET_FIELDS, "a data set of the inventory");
            datasets.add(new ExistingDataSet(
                    entry.field("dsname").requiredText(NameRules::dataSetName),
                    entry.field("volumes").texts(NameRules::volumeSerial),
                    entry.field("catalog").text(NameRules::dataSetName)));
        }
        return datasets;
    }

    private static List<CatalogAlias> aliases(JsonCursor list) {
        List<CatalogAlias> aliases = new ArrayList<>();
        UniqueNames<String> seen = new UniqueNames<>("an alias is listed once");
        for (JsonCursor entry : list.objects()) {
            entry.rejectUnknownFields(ALIAS_FIELDS, "an alias of the inventory");
            JsonCursor nameField = entry.field("name");
            String name = nameField.requiredText(NameRules::dataSetName);
            seen.add(name, new Located<>(name, entry), nameField);
            aliases.add(new CatalogAlias(name, entry.field("catalog").requiredText(NameRules::dataSetName)));
        }
        return aliases;
    }

    private static List<VolumeCapacity> volumes(JsonCursor list) {
        List<VolumeCapacity> volumes = new ArrayList<>();
        UniqueNames<String> seen = new UniqueNames<>("a volume is listed once");
        for (JsonCursor entry : list.objects()) {
            entry.rejectUnknownFields(VOLUME_FIELDS, "a volume of the inventory");
            JsonCursor volumeField = entry.field("volume");
            String volume = volumeField.requiredText(NameRules::volumeSerial);
            seen.add(volume, new Located<>(volume, entry), volumeField);
            volumes.add(capacity(entry, volume));
        }
        return volumes;
    }

    private static VolumeCapacity capacity(JsonCursor entry, String volume) {
        JsonCursor tracksField = entry.field("tracks");
        JsonCursor deviceField = entry.field("devicetype");
        if (tracksField.isPresent() == deviceField.isPresent()) {
            entry.error("a volume gives its capacity as tracks or as devicetype (one of them)", null);
            return new VolumeCapacity(volume, null, null);
        }
        Long tracks = tracksField.wholeNumber();
        if (tracks != null && tracks < 1) {
            tracksField.error("a track count is a positive whole number", tracksField.shown());
        }
        String devicetype = deviceField.text();
        if (devicetype != null && DeviceType.parse(devicetype).isEmpty()) {
            deviceField.error("a device type is one of "
                    + Arrays.stream(DeviceType.values()).map(DeviceType::label).collect(Collectors.joining(", ")), devicetype);
        }
        return new VolumeCapacity(volume, tracks, devicetype);
    }
}
