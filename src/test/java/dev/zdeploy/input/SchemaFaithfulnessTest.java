package dev.zdeploy.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published schemas refuse nothing zdeploy reads: every value of a valid set of inputs is replaced,
 * one at a time, by each of a set of awkward values (empty, blank, null, a number, a list, lower case,
 * too long, ...), and whenever the schema refuses the changed file, zdeploy must report an error in it.
 * (The other way round is not asked: what needs more than one value is zdeploy's alone, see
 * PublishedSchemasTest.) About 16,000 changed inputs, each checked and read: over half a minute, a long run.
 */
@Tag("long")
class SchemaFaithfulnessTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> REPLACEMENTS = List.of(
            NODES.textNode(""), NODES.textNode(" "), NODES.nullNode(), NODES.numberNode(0), NODES.numberNode(-1),
            NODES.numberNode(7), NODES.textNode("7"), NODES.textNode("07"), NODES.booleanNode(true),
            NODES.textNode("true"), NODES.textNode("abc"), NODES.textNode("ABC"), NODES.textNode("A.B"),
            NODES.textNode("/a/b"), NODES.textNode("/a/b/"), NODES.textNode("ABCDEFGHI"), NODES.textNode("&SYM"),
            NODES.textNode("******"), NODES.textNode("GLOBAL"), NODES.textNode("*.**"), NODES.textNode("dsname=A.*"),
            NODES.textNode("//JOB1 JOB 1"), NODES.textNode("X".repeat(45)), NODES.textNode("a\tb"),
            NODES.arrayNode(), NODES.objectNode());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hostile-inputs/base", "examples/qwt-pswi", "v2"})
    void theSchemasRefuseOnlyWhatZdeployRefuses(String base) {
        Map<String, String> texts = base.equals("v2")
                ? Map.of("descriptor.json", TestFiles.text(TestFiles.resource("hostile-inputs/base/descriptor.json")),
                        "request.json", TestFiles.text(TestFiles.resource("v2/example-v2.json")),
                        "inventory.json", TestFiles.text(TestFiles.resource("inventory/readme-example.json")))
                : Map.of("descriptor.json", TestFiles.text(TestFiles.resource(base + "/descriptor.json")),
                        "request.json", TestFiles.text(TestFiles.resource(base + "/request.json")));
        List<String> unfaithful = new ArrayList<>();
        for (String file : texts.keySet()) {
            JsonNode original = PublishedSchemas.parse(texts.get(file));
            String schema = PublishedSchemas.SCHEMA_OF_FILE.get(file);
            forEachLeaf(original, "", (pointer, replace) -> {
                for (JsonNode replacement : REPLACEMENTS) {
                    JsonNode changed = replace.apply(replacement);
                    List<String> schemaErrors = PublishedSchemas.errors(schema, changed);
                    if (!schemaErrors.isEmpty() && !zdeployRefuses(texts, file, changed.toString())) {
                        unfaithful.add(file + " " + pointer + " = " + replacement + ": " + schemaErrors);
                    }
                }
            });
        }
        assertEquals(List.of(), unfaithful);
    }

    private static boolean zdeployRefuses(Map<String, String> texts, String file, String changed) {
        try {
            InputReader.read("descriptor.json", file.equals("descriptor.json") ? changed : texts.get("descriptor.json"),
                    "request.json", file.equals("request.json") ? changed : texts.get("request.json"),
                    texts.containsKey("inventory.json") ? "inventory.json" : null,
                    file.equals("inventory.json") ? changed : texts.get("inventory.json"));
            return false;
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::source).anyMatch(file::equals);
        }
    }

    private interface Leaf {
        void visit(String pointer, java.util.function.Function<JsonNode, JsonNode> replace);
    }

    /** Every value that is not an object or a non-empty list, with a way to replace it in a copy of the root. */
    private static void forEachLeaf(JsonNode root, String pointer, Leaf leaf) {
        walk(root, root, pointer, leaf);
    }

    private static void walk(JsonNode root, JsonNode node, String pointer, Leaf leaf) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                walk(root, node.get(name), pointer + "/" + dev.zdeploy.json.JsonCursor.escape(name), leaf);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            for (int i = 0; i < node.size(); i++) {
                walk(root, node.get(i), pointer + "/" + i, leaf);
            }
        } else {
            leaf.visit(pointer, replacement -> {
                JsonNode copy = root.deepCopy();
                JsonNode parent = copy.at(pointer.substring(0, pointer.lastIndexOf('/')));
                String last = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
                if (parent instanceof ObjectNode object) {
                    object.set(last, replacement);
                } else if (parent instanceof ArrayNode array) {
                    array.set(Integer.parseInt(last), replacement);
                }
                return copy;
            });
        }
    }
}
