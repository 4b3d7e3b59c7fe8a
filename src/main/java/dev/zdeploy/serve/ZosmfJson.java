package dev.zdeploy.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zdeploy.DeploymentService;
import dev.zdeploy.json.PrettyJsonWriter;
import dev.zdeploy.plan.PlanJson;
import dev.zdeploy.problem.Problem;
import dev.zdeploy.render.ChunkedText;
import java.util.List;

/**
 * The JSON documents of the service, in z/OSMF's shapes: the deployment API's accepted and status
 * responses ({@code seeds/deploy-rest-api.txt}), the REST files member list, {@code /zosmf/info},
 * and the error bodies.
 */
final class ZosmfJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ZosmfJson() {}

    static String accepted(String statusurl) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("statusurl", statusurl);
        return print(root);
    }

    /**
     * A status monitor response: {@code status} and {@code percentcomplete} (a string, as the seed's
     * samples show it); when complete, {@code tgtswiname}, {@code tgtswiurl}, {@code jcl} in run order,
     * {@code jobs} (empty: nothing is submitted) and {@code tgtswidatasets} as the plan JSON has them;
     * zdeploy adds {@code warnings}.
     */
    static String status(DeploymentService.Status status, String tgtswiurl) {
        // Written straight from the plan, in the compact layout MAPPER prints: no manifest is made and no
        // tree built (at a million data sets the manifest is 1.5 GB of text and its tree several times that,
        // for each status request), only the response itself.
        ChunkedText text = new ChunkedText("the status response", "");
        try {
            PrettyJsonWriter json = PrettyJsonWriter.compact(text);
            json.startObject();
            json.stringField("status", status.state().name().toLowerCase(java.util.Locale.ROOT));
            json.stringField("percentcomplete", String.valueOf(status.percentcomplete()));
            if (status.state() == DeploymentService.State.FAILED) {
                json.stringField("message", "generating the jobs failed: " + status.failure());
            }
            if (status.state() == DeploymentService.State.COMPLETE) {
                json.stringField("tgtswiname", status.tgtswiname());
                json.stringField("tgtswiurl", tgtswiurl);
                strings(json, "jcl", status.deployment().jcl());
                json.arrayField("jobs");
                json.endArray();
                PlanJson.tgtswidatasets(json, status.deployment().plan());
            }
            strings(json, "warnings", status.warnings());
            json.endObject();
            json.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void strings(PrettyJsonWriter json, String name, List<String> values) throws java.io.IOException {
        json.arrayField(name);
        for (String value : values) {
            json.string(value);
        }
        json.endArray();
    }

    /** A REST files member list: {@code items} of {@code member}, {@code returnedRows}, {@code totalRows}, {@code moreRows}. */
    static String members(List<String> members, int total) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode items = root.putArray("items");
        members.forEach(member -> items.addObject().put("member", member));
        root.put("returnedRows", members.size());
        root.put("totalRows", total);
        root.put("moreRows", members.size() < total);
        root.put("JSONversion", 1);
        return print(root);
    }

    static String info(String hostname, int port, String version) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("api_version", "1");
        root.put("zosmf_version", "zdeploy");
        root.put("zosmf_full_version", "zdeploy " + version);
        root.put("zosmf_hostname", hostname);
        root.put("zosmf_port", String.valueOf(port));
        root.put("zosmf_saf_realm", "zdeploy");
        root.putNull("zos_version");
        ObjectNode plugin = root.putArray("plugins").addObject();
        plugin.put("pluginDefaultName", "Software Management deployments (zdeploy: jobs generated, never submitted)");
        plugin.put("pluginVersion", version);
        plugin.put("pluginStatus", "ACTIVE");
        return print(root);
    }

    /** An error of the deployment API: {@code message} and, for bad input, every problem as the CLI words it. */
    static String error(int status, String message, List<Problem> problems) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("status", status);
        root.put("message", message);
        if (!problems.isEmpty()) {
            ArrayNode list = root.putArray("problems");
            for (Problem problem : problems) {
                ObjectNode item = list.addObject();
                item.put("severity", problem.severity().name().toLowerCase(java.util.Locale.ROOT));
                item.put("source", problem.source());
                item.put("pointer", problem.pointer());
                item.put("rule", problem.rule());
                item.put("value", problem.value());
                item.put("text", problem.format());
            }
        }
        return print(root);
    }

    /** An error of the REST files API, in its shape ({@code category}, {@code rc}, {@code reason}, {@code message}). */
    static String filesError(String message) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("category", 6);
        root.put("rc", 4);
        root.put("reason", 8);
        root.put("message", message);
        return print(root);
    }

    private static String print(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always prints", e);
        }
    }
}
