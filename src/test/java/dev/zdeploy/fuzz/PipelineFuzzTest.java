package dev.zdeploy.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zdeploy.ZDeploy;
import dev.zdeploy.input.InputReader;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.problem.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * Inputs that read and plan cleanly always render: no template error, no member refused by the lint
 * gate (either would be an internal error, exit 3, for a user). The example deployment is mutated
 * character by character; {@code JAZZER_FUZZ=1} fuzzes, {@code mvn test -Plong} runs the seeds.
 */
@Tag("long")
class PipelineFuzzTest {

    private static final String DESCRIPTOR = InputReader.exampleText("descriptor.json");
    private static final String REQUEST = InputReader.exampleText("request.json");
    private static final ZDeploy ZDEPLOY = ZDeploy.create();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @FuzzTest(maxDuration = "60s")
    void aMutatedRequestThatPlansAlsoRenders(FuzzedDataProvider data) {
        renderIfItPlans(DESCRIPTOR, mutate(REQUEST, data));
    }

    @FuzzTest(maxDuration = "60s")
    void aMutatedDescriptorThatPlansAlsoRenders(FuzzedDataProvider data) {
        renderIfItPlans(mutate(DESCRIPTOR, data), REQUEST);
    }

    @FuzzTest(maxDuration = "60s")
    void requestAndDescriptorWithStringValuesReplacedThatPlanAlsoRender(FuzzedDataProvider data) {
        renderIfItPlans(replaceValues(DESCRIPTOR, data), replaceValues(REQUEST, data));
    }

    /** Replaces a few string values of the document with fuzzed printable text: valid JSON, odd content. */
    private static String replaceValues(String json, FuzzedDataProvider data) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        List<ObjectNode> holders = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        collect(root, holders, fields);
        int edits = data.consumeInt(0, 3);
        for (int i = 0; i < edits && !holders.isEmpty(); i++) {
            int at = data.consumeInt(0, holders.size() - 1);
            holders.get(at).put(fields.get(at), data.consumeAsciiString(80).replaceAll("[^ -~]", ""));
        }
        return root.toString();
    }

    private static void collect(JsonNode node, List<ObjectNode> holders, List<String> fields) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                if (object.get(name).isTextual()) {
                    holders.add(object);
                    fields.add(name);
                } else {
                    collect(object.get(name), holders, fields);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, holders, fields));
        }
    }

    private static String mutate(String text, FuzzedDataProvider data) {
        StringBuilder out = new StringBuilder(text);
        int edits = data.consumeInt(1, 6);
        for (int i = 0; i < edits; i++) {
            int at = data.consumeInt(0, out.length() - 1);
            char c = data.consumeChar((char) 0x20, (char) 0x7E);
            switch (data.consumeInt(0, 2)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, c);
                default -> out.setCharAt(at, c);
            }
        }
        return out.toString();
    }

    private static void renderIfItPlans(String descriptor, String request) {
        DeploymentPlan plan;
        try {
            Inputs inputs = InputReader.read("descriptor.json", descriptor, "request.json", request);
            plan = ZDEPLOY.plan(inputs);
        } catch (InvalidInputException refused) {
            return;
        }
        ZDEPLOY.render(plan);
    }
}
