package dev.zdeploy.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Bad input of any shape gives problems, never another exception: every catalogue input, then the
 * valid inputs with each value in turn replaced by values of every JSON type, each field removed,
 * and the text cut short. The mutant runs are long ({@code mvn test -Plong}).
 */
class RobustnessTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PASSWORD = "hunter2";
    private static final List<JsonNode> REPLACEMENTS = List.of(
            NODES.nullNode(), NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(1.5),
            NODES.numberNode(new java.math.BigInteger("99999999999999999999")), NODES.textNode(""),
            NODES.textNode("x"), NODES.textNode("&"), NODES.textNode("/"), NODES.textNode("A".repeat(100)),
            NODES.textNode("..."), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(),
            NODES.arrayNode().add(NODES.nullNode()));

    private int reads;

    private void readAndCheck(String descriptor, String request, String inventory) {
        reads++;
        try {
            InputReader.read("descriptor.json", descriptor, "request.json", request,
                    inventory == null ? null : "inventory.json", inventory);
        } catch (InvalidInputException e) {
            assertFalse(e.problems().isEmpty());
            for (Problem problem : e.problems()) {
                String line = problem.format();
                assertFalse(line.contains(PASSWORD), line);
                assertFalse(line.contains("\n"), line);
            }
        } catch (RuntimeException e) {
            fail("reading threw " + e + " for\n" + descriptor + "\n" + request + "\n" + inventory, e);
        }
    }

    @Test
    void everyCatalogueInputGivesProblemsOnly() {
        for (String name : BadInputCatalogueTest.cases()) {
            Path dir = TestFiles.resource(BadInputCatalogueTest.CATALOGUE + "/" + name);
            readAndCheck(TestFiles.text(dir.resolve("descriptor.json")), TestFiles.text(dir.resolve("request.json")),
                    TestFiles.textOrNull(dir.resolve("inventory.json")));
        }
        assertEquals(BadInputCatalogueTest.cases().size(), reads);
    }

    @Test
    @Tag("long")
    void mutatedDescriptorsGiveProblemsOnly() throws Exception {
        String request = InputReader.exampleText("request.json");
        for (String descriptor : List.of(InputReader.exampleText("descriptor.json"),
                TestFiles.text(TestFiles.resource("examples/qwt-pswi/descriptor.json")))) {
            for (String mutant : mutants(descriptor)) {
                readAndCheck(mutant, request, null);
            }
        }
        assertTrue(reads > 10_000, "only " + reads + " mutants");
    }

    @Test
    @Tag("long")
    void mutatedRequestsGiveProblemsOnlyAndNeverShowThePassword() throws Exception {
        String descriptor = InputReader.exampleText("descriptor.json");
        ObjectNode swi = (ObjectNode) MAPPER.readTree(InputReader.exampleText("request.json"));
        swi.put("zosmfpw", PASSWORD).put("proxypw", PASSWORD);
        swi.set("configuration", MAPPER.readTree("""
                {"datasets":[{"if":"dsname=XYZTM.**","then":[{"property":"dsname","from":"XYZTM.**","to":"XYZ.**"}]}],
                 "zones":[{"from":"XYZTGT","to":"XYZT2"}],"mountpoints":[{"from":"/usr/lpp/xyztm","to":"/usr/lpp/xyz2"}]}"""));
        swi.set("systemsettings", MAPPER.readTree("{\"workdsnprefix\":\"&SYSUID\",\"workvolume\":\"WRK001\",\"workpath\":\"/tmp\"}"));
        swi.withArray("targetvolumes").add(MAPPER.readTree("{\"volume\":\"TM2R03\",\"indirectcatalogsymbol\":\"&SYSR2\"}"));
        for (String mutant : mutants(swi.toString())) {
            readAndCheck(descriptor, mutant, null);
        }
        String pswi = TestFiles.text(TestFiles.resource("examples/qwt-pswi/request.json"));
        String pswiDescriptor = TestFiles.text(TestFiles.resource("examples/qwt-pswi/descriptor.json"));
        for (String mutant : mutants(pswi)) {
            readAndCheck(pswiDescriptor, mutant, null);
        }
    }

    @Test
    @Tag("long")
    void mutatedInventoriesGiveProblemsOnly() throws Exception {
        String descriptor = InputReader.exampleText("descriptor.json");
        String request = InputReader.exampleText("request.json");
        for (String mutant : mutants(TestFiles.text(TestFiles.resource("inventory/readme-example.json")))) {
            readAndCheck(descriptor, request, mutant);
        }
    }

    /** Every value replaced by each replacement, every field removed, the text cut at many places. */
    private static List<String> mutants(String json) throws Exception {
        JsonNode original = MAPPER.readTree(json);
        List<String> mutants = new ArrayList<>();
        List<List<Object>> paths = new ArrayList<>();
        collectPaths(original, new ArrayList<>(), paths);
        for (List<Object> path : paths) {
            for (JsonNode replacement : REPLACEMENTS) {
                mutants.add(mutate(original, path, parent -> set(parent, last(path), replacement.deepCopy())));
            }
            if (last(path) instanceof String field) {
                mutants.add(mutate(original, path, parent -> ((ObjectNode) parent).remove(field)));
            }
        }
        for (int cut = 0; cut < json.length(); cut += 53) {
            mutants.add(json.substring(0, cut));
        }
        return mutants;
    }

    private static void collectPaths(JsonNode node, List<Object> path, List<List<Object>> paths) {
        if (!path.isEmpty()) {
            paths.add(List.copyOf(path));
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                path.add(name);
                collectPaths(node.get(name), path, paths);
                path.remove(path.size() - 1);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                collectPaths(node.get(i), path, paths);
                path.remove(path.size() - 1);
            }
        }
    }

    private static String mutate(JsonNode original, List<Object> path, Consumer<JsonNode> change) {
        JsonNode copy = original.deepCopy();
        JsonNode parent = copy;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof String field ? parent.get(field) : parent.get((Integer) step);
        }
        change.accept(parent);
        return copy.toString();
    }

    private static Object last(List<Object> path) {
        return path.get(path.size() - 1);
    }

    private static void set(JsonNode parent, Object step, JsonNode value) {
        if (step instanceof String field) {
            ((ObjectNode) parent).set(field, value);
        } else {
            ((ArrayNode) parent).set((Integer) step, value);
        }
    }
}
