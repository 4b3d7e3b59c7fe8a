package dev.zdeploy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zdeploy.Deployment;
import dev.zdeploy.DeploymentService;
import dev.zdeploy.DeploymentService.State;
import dev.zdeploy.ZDeploy;
import dev.zdeploy.ZDeployOptions;
import dev.zdeploy.bench.SyntheticJson;
import dev.zdeploy.input.InputReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The status response is written straight from the plan, without the manifest or a tree of it: the same
 * bytes as taking {@code jcl} and {@code tgtswidatasets} from the parsed manifest and printing the tree
 * with an {@code ObjectMapper}, as it was made before.
 */
class ZosmfJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ZDeploy ZDEPLOY = ZDeploy.create(ZDeployOptions.defaults());
    /** Every kind of character a warning or failure may carry through to the response. */
    private static final String AWKWARD = "quote \" backslash \\ slash / tab \t line \n cr \r nul \u0000 unit \u001f"
            + " del \u007f e-acute \u00e9 euro \u20ac emoji \ud83d\ude00";

    @Test
    void aCompletedStatusIsThePlanJsonsDataSetsAndJclAsTheTreeOfTheManifestPrintedThem() throws Exception {
        Deployment example = ZDEPLOY.render(ZDEPLOY.plan(ZDEPLOY.builtInExample()));
        SyntheticJson json = new SyntheticJson(1_000);
        Deployment large = ZDEPLOY.render(ZDEPLOY.plan(
                InputReader.read("descriptor.json", json.descriptor, "request.json", json.request)));

        for (Deployment deployment : List.of(example, large)) {
            DeploymentService.Status status = new DeploymentService.Status("1", State.COMPLETE, 100,
                    deployment.plan().tgtswiname(), "SYSA", deployment, List.of("one", AWKWARD), null);

            assertEquals(fromTheManifest(status, "http://h/zosmf/swmgmt/swi/SYSA/X"),
                    ZosmfJson.status(status, "http://h/zosmf/swmgmt/swi/SYSA/X"));
        }
    }

    @Test
    void runningAndFailedStatusesAreAsTheTreePrintedThem() throws Exception {
        for (DeploymentService.Status status : List.of(
                new DeploymentService.Status("2", State.RUNNING, 40, "X_1", "SYSA", null, List.of(), null),
                new DeploymentService.Status("3", State.FAILED, 100, "X_1", "SYSA", null, List.of(AWKWARD), AWKWARD))) {
            assertEquals(fromTheManifest(status, "u"), ZosmfJson.status(status, "u"));
        }
    }

    /** How the status response was made before: the manifest parsed into a tree, printed by an ObjectMapper. */
    private static String fromTheManifest(DeploymentService.Status status, String tgtswiurl) throws Exception {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("status", status.state().name().toLowerCase(java.util.Locale.ROOT));
        root.put("percentcomplete", String.valueOf(status.percentcomplete()));
        if (status.state() == State.FAILED) {
            root.put("message", "generating the jobs failed: " + status.failure());
        }
        if (status.state() == State.COMPLETE) {
            JsonNode manifest = MAPPER.readTree(status.deployment().manifest());
            root.put("tgtswiname", status.tgtswiname());
            root.put("tgtswiurl", tgtswiurl);
            root.set("jcl", manifest.get("jcl"));
            root.putArray("jobs");
            root.set("tgtswidatasets", manifest.get("tgtswidatasets"));
        }
        ArrayNode warnings = root.putArray("warnings");
        status.warnings().forEach(warnings::add);
        return MAPPER.writeValueAsString(root);
    }
}
