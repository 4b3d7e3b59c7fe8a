package dev.zdeploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The software instances a service can deploy, and the inventories of its systems: a directory of
 * {@code <source name>/IZUD00DF.json}, each with an optional {@code <source name>/uuid} file holding
 * the uuid a v2 request may name it by, and an optional directory of {@code <system>.json}
 * inventories, one per z/OSMF system nickname. Both directories are listed once, when the registry
 * is opened: a name from a request is only ever looked up in that listing, never made into a path.
 */
public final class SourceRegistry {

    /** The descriptor file of a source directory. */
    public static final String DESCRIPTOR = "IZUD00DF.json";
    /** The file holding a source's uuid. */
    public static final String UUID = "uuid";
    /** The suffix of an inventory file. */
    public static final String INVENTORY_SUFFIX = ".json";

    /**
     * A software instance of the registry.
     *
     * @param name       its name (the directory's)
     * @param descriptor its IZUD00DF.json
     * @param uuid       its uuid, or null when the directory has no uuid file
     */
    public record Instance(String name, Path descriptor, String uuid) {

        /** How problems name the descriptor: {@code <name>/IZUD00DF.json}. */
        public String descriptorName() {
            return name + "/" + DESCRIPTOR;
        }
    }

    private final Map<String, Instance> byName;
    private final Map<String, Instance> byUuid;
    private final Map<String, Path> inventories;

    private SourceRegistry(Map<String, Instance> byName, Map<String, Instance> byUuid, Map<String, Path> inventories) {
        this.byName = Collections.unmodifiableMap(byName);
        this.byUuid = Collections.unmodifiableMap(byUuid);
        this.inventories = Collections.unmodifiableMap(inventories);
    }

    /**
     * Lists {@code instances} (and {@code inventoriesOrNull}, when given).
     *
     * @throws IOException a directory cannot be listed, or a uuid file read
     * @throws IllegalArgumentException a directory is not one, or two sources share a uuid
     */
    public static SourceRegistry open(Path instances, Path inventoriesOrNull) throws IOException {
        requireDirectory(instances, "--instances");
        Map<String, Instance> byName = new TreeMap<>();
        Map<String, Instance> byUuid = new TreeMap<>();
        for (Path dir : list(instances)) {
            Path descriptor = dir.resolve(DESCRIPTOR);
            if (!Files.isDirectory(dir) || !Files.isRegularFile(descriptor)) {
                continue;
            }
            Path uuidFile = dir.resolve(UUID);
            String uuid = Files.isRegularFile(uuidFile) ? Files.readString(uuidFile, StandardCharsets.UTF_8).strip() : null;
            Instance instance = new Instance(dir.getFileName().toString(), descriptor,
                    uuid == null || uuid.isEmpty() ? null : uuid);
            byName.put(instance.name(), instance);
            if (instance.uuid() != null) {
                Instance other = byUuid.putIfAbsent(instance.uuid(), instance);
                if (other != null) {
                    throw new IllegalArgumentException("software instances " + other.name() + " and " + instance.name()
                            + " have the same uuid " + instance.uuid());
                }
            }
        }
        Map<String, Path> inventories = new TreeMap<>();
        if (inventoriesOrNull != null) {
            requireDirectory(inventoriesOrNull, "--inventories");
            for (Path file : list(inventoriesOrNull)) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && name.endsWith(INVENTORY_SUFFIX) && name.length() > INVENTORY_SUFFIX.length()) {
                    inventories.put(name.substring(0, name.length() - INVENTORY_SUFFIX.length()), file);
                }
            }
        }
        return new SourceRegistry(byName, byUuid, inventories);
    }

    private static void requireDirectory(Path dir, String option) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(option + " " + dir + " is not a directory");
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return new ArrayList<>(entries.sorted().toList());
        }
    }

    /** The source named {@code name} (the directory's name, exactly). */
    public Optional<Instance> byName(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** The source whose uuid file holds {@code uuid}. */
    public Optional<Instance> byUuid(String uuid) {
        return Optional.ofNullable(uuid == null ? null : byUuid.get(uuid));
    }

    /** The inventory file of the system nicknamed {@code system}. */
    public Optional<Path> inventory(String system) {
        return Optional.ofNullable(system == null ? null : inventories.get(system));
    }

    /** The names of all sources, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
