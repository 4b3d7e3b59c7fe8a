package dev.zdeploy.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code "$schema"} at the top of an input (README, "JSON Schemas"), which editors read to check the
 * file as it is typed, is accepted by every reader without a word, also in the strict inventory, and
 * does not make an inventory look like another input; it is a string.
 */
class SchemaFieldTest {

    private static final String DESCRIPTOR = TestFiles.text(TestFiles.resource("hostile-inputs/base/descriptor.json"));
    private static final String REQUEST = TestFiles.text(TestFiles.resource("hostile-inputs/base/request.json"));
    private static final String V2 = TestFiles.text(TestFiles.resource("v2/example-v2.json"));

    private static String withSchema(String json, String value) {
        return json.replaceFirst("\\{", "{\"\\$schema\": " + value + ", ");
    }

    private static List<String> problems(String descriptor, String request, String inventory) {
        try {
            Inputs inputs = InputReader.read("descriptor.json", descriptor, "request.json", request,
                    inventory == null ? null : "inventory.json", inventory);
            return inputs.warnings().stream().map(Problem::format).toList();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
    }

    @Test
    void everyInputMayNameItsSchema() {
        assertEquals(List.of(), problems(withSchema(DESCRIPTOR, "\"../schemas/descriptor.schema.json\""),
                withSchema(REQUEST, "\"https://zdeploy.dev/schemas/request.schema.json\""),
                "{\"$schema\": \"./inventory.schema.json\", \"volumes\": [{\"volume\": \"ZZZ999\", \"tracks\": 10}]}"));
    }

    @Test
    void aV2BodyMayNameItsSchema() {
        List<String> problems = problems(DESCRIPTOR, withSchema(V2, "\"request-v2.schema.json\""), null);
        assertEquals(List.of(), problems.stream().filter(line -> line.contains("$schema")).toList());
    }

    @Test
    void anInventoryWithOnlyItsSchemaIsAnInventory() {
        assertEquals(List.of(), problems(DESCRIPTOR, REQUEST, "{\"$schema\": \"inventory.schema.json\"}"));
    }

    @Test
    void theSchemaIsAString() {
        assertEquals(List.of(
                        "descriptor.json /$schema: must be a string (got \"1\")",
                        "request.json /$schema: must be a string (got \"true\")",
                        "inventory.json /$schema: must be a string (got \"[]\")"),
                problems(withSchema(DESCRIPTOR, "1"), withSchema(REQUEST, "true"), "{\"$schema\": []}"));
    }
}
