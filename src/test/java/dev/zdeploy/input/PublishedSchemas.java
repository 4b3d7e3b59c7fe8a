package dev.zdeploy.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published JSON Schemas as a user's tools would load them: by their {@code $id}, which maps to
 * the jar's {@code dev/zdeploy/schemas/} (the top-level {@code schemas/} directory, packaged by the POM),
 * validated with networknt's json-schema-validator (draft 2020-12).
 */
final class PublishedSchemas {

    static final String BASE = "https://zdeploy.dev/schemas/";
    static final String RESOURCES = "dev/zdeploy/schemas/";

    /** The input file names of the catalogues and golden scenarios, and the schema each is checked against. */
    static final Map<String, String> SCHEMA_OF_FILE = Map.of(
            "descriptor.json", "descriptor.schema.json",
            "request.json", "request.schema.json",
            "inventory.json", "inventory.schema.json");

    /** Reads JSON as zdeploy does: a duplicate key is an error there, so it is one here. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaIdResolvers(resolvers -> resolvers.mapPrefix(BASE, "classpath:" + RESOURCES))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()));

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private PublishedSchemas() {}

    static Schema schema(String file) {
        return SCHEMAS.computeIfAbsent(file, name -> {
            Schema schema = REGISTRY.getSchema(SchemaLocation.of(BASE + name));
            schema.initializeValidators();
            return schema;
        });
    }

    /** The problems of {@code json} against schema {@code file}, each "pointer: message". */
    static List<String> errors(String file, JsonNode json) {
        return schema(file).validate(json).stream().map(PublishedSchemas::format).toList();
    }

    /** The problems of {@code schema} as a draft 2020-12 schema (against the meta-schema). */
    static List<String> metaSchemaErrors(JsonNode schema) {
        return REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema")).validate(schema)
                .stream().map(PublishedSchemas::format).toList();
    }

    /** JSON text as zdeploy reads it (a byte order mark is dropped), or null when it is not JSON at all. */
    static JsonNode parse(String text) {
        try {
            JsonNode json = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            return json == null || json.isMissingNode() ? null : json;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The instance location of an error as a JSON pointer. */
    static String pointer(Error error) {
        String location = error.getInstanceLocation().toString();
        return location.equals("/") ? "" : location;
    }

    private static String format(Error error) {
        return pointer(error) + ": " + error.getMessage();
    }
}
