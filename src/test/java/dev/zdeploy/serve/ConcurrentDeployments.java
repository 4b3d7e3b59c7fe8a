package dev.zdeploy.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Deployments run at once against one server, each with its own name, JCL data set and job name, so
 * that a result that went to the wrong deployment, or members mixed from two, shows: every member of
 * deployment k must start with deployment k's job card.
 */
final class ConcurrentDeployments {

    /** The source BIG: the example's descriptor with {@code extra} more PDSE libraries, each with DDDEFs. */
    static void addLargeInstance(Path dir, int extra) {
        try {
            ObjectNode root = (ObjectNode) TestServer.JSON.readTree(
                    dev.zdeploy.input.InputReader.exampleText(dev.zdeploy.input.InputReader.EXAMPLE_DESCRIPTOR));
            ObjectNode descriptor = (ObjectNode) root.get("izud.pswi.descriptor");
            descriptor.put("name", "BIG");
            var datasets = (com.fasterxml.jackson.databind.node.ArrayNode) descriptor.get("datasets");
            ObjectNode model = (ObjectNode) datasets.get(12);
            for (int i = 0; i < extra; i++) {
                ObjectNode copy = model.deepCopy();
                copy.put("dsname", String.format(Locale.ROOT, "XYZTM.L%05d.AXYZSAMP", i));
                String dddef = String.format(Locale.ROOT, "X%07d", i);
                for (JsonNode zone : copy.get("zonedddefs")) {
                    ((ObjectNode) zone.get("dddefs").get(0)).put("dddef", dddef);
                }
                datasets.add(copy);
            }
            Path instance = Files.createDirectories(dir.resolve("instances/BIG"));
            Files.writeString(instance.resolve("IZUD00DF.json"), TestServer.JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request of deployment {@code k} of {@code source}: its own name, data set and job name. */
    static String request(String source, int k) {
        return TestServer.v1(r -> {
            r.put("name", source + "-load-" + k);
            ((ObjectNode) r.get("source")).put("name", source);
            r.put("jcldataset", dataSet(source, k));
            var cards = r.putArray("jobstatement");
            cards.add(jobCard(source, k));
            return r;
        });
    }

    static String dataSet(String source, int k) {
        return String.format(Locale.ROOT, "LOAD.%s.D%05d.CNTL", source, k);
    }

    static String jobCard(String source, int k) {
        return String.format(Locale.ROOT, "//%s%05d JOB (ACCT),'LOAD %d'", source.charAt(0), k, k);
    }

    /** The outcome of one deployment checked end to end. */
    record Outcome(String source, int k, String tgtswiname, int members, long millis) {}

    /**
     * Deploys {@code sources.get(k)} for every k on {@code threads} client threads, retrying while the
     * server is full (503); checks every status and every member, and returns the outcomes in k order.
     */
    static List<Outcome> run(TestServer server, List<String> sources, int threads) throws Exception {
        return run(server, sources, threads, 0);
    }

    /** As {@link #run(TestServer, List, int)}, deployment k numbered {@code first + k}. */
    static List<Outcome> run(TestServer server, List<String> sources, int threads, int first) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int k = 0; k < sources.size(); k++) {
                int index = k;
                futures.add(clients.submit(() -> deployAndCheck(server, sources.get(index), first + index)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            clients.shutdownNow();
        }
    }

    private static Outcome deployAndCheck(TestServer server, String source, int k) throws InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> accepted;
        while (true) {
            accepted = server.post("/zosmf/swmgmt/dep", request(source, k));
            if (accepted.statusCode() != 503) {
                break;
            }
            Thread.sleep(50);
        }
        assertEquals(202, accepted.statusCode(), accepted.body());
        JsonNode status = server.waitFor(TestServer.json(accepted).get("statusurl").asText());
        assertEquals("complete", status.get("status").asText(), status.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        String dsn = dataSet(source, k);
        List<String> jcl = new ArrayList<>();
        status.get("jcl").forEach(item -> jcl.add(item.asText()));
        assertTrue(jcl.stream().allMatch(item -> item.startsWith(dsn + "(")), jcl.toString());
        JsonNode list = TestServer.json(server.get("/zosmf/restfiles/ds/" + dsn + "/member"));
        assertEquals(jcl.size(), list.get("items").size());
        for (JsonNode item : list.get("items")) {
            String text = server.get("/zosmf/restfiles/ds/" + dsn + "(" + item.get("member").asText() + ")").body();
            assertTrue(text.startsWith(jobCard(source, k) + "\n"), "member " + item + " of deployment " + k
                    + " starts with another job card: " + text.lines().findFirst().orElse(""));
            assertTrue(text.contains(status.get("tgtswiname").asText()), "the member names its target instance");
        }
        return new Outcome(source, k, status.get("tgtswiname").asText(), jcl.size(), millis);
    }

    /** Every deployment of a source got its own target instance name. */
    static void assertDistinctNames(List<Outcome> outcomes) {
        Set<String> names = new HashSet<>();
        for (Outcome outcome : outcomes) {
            assertTrue(names.add(outcome.tgtswiname()), "target instance name given twice: " + outcome.tgtswiname());
        }
    }

    private ConcurrentDeployments() {}
}
