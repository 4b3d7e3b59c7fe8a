package dev.zdeploy.serve;

import static dev.zdeploy.serve.TestServer.DSN;
import static dev.zdeploy.serve.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zdeploy.Deployment;
import dev.zdeploy.DeploymentService;
import dev.zdeploy.ZDeploy;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint of {@code zdeploy serve} and every error, through the JDK's HttpClient. */
class ZDeployServerTest {

    @TempDir
    Path dir;

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(dir, ServeSettings.DEFAULTS);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Deployment exampleDeployment() {
        ZDeploy zdeploy = ZDeploy.create();
        return zdeploy.generate(zdeploy.builtInExample());
    }

    @Test
    void aV1DeploymentIsAcceptedAndCompletesWithZosmfsStatusShape() {
        HttpResponse<String> accepted = server.post("/zosmf/swmgmt/dep", TestServer.v1(r -> r));
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertEquals("application/json", accepted.headers().firstValue("Content-Type").orElse(""));
        String statusurl = json(accepted).get("statusurl").asText();
        assertTrue(statusurl.startsWith(server.base + "/zosmf/swmgmt/statusmonitor/deployment/"), statusurl);
        assertEquals(List.of("statusurl"), fieldNames(json(accepted)));

        JsonNode status = server.waitFor(statusurl);

        assertEquals(List.of("status", "percentcomplete", "tgtswiname", "tgtswiurl", "jcl", "jobs", "tgtswidatasets",
                "warnings"), fieldNames(status));
        assertEquals("complete", status.get("status").asText());
        assertEquals("100", status.get("percentcomplete").asText());
        assertEquals("XYZTM21_1", status.get("tgtswiname").asText());
        assertEquals(server.base + "/zosmf/swmgmt/swi/SYSA/XYZTM21_1", status.get("tgtswiurl").asText());
        assertEquals(List.of(DSN + "(IZUD01RA)", DSN + "(IZUD02PF)", DSN + "(IZUD03CP)", DSN + "(IZUD04RN)",
                DSN + "(IZUD05UC)", DSN + "(IZUD06VF)", DSN + "(IZUD07DA)"), texts(status.get("jcl")));
        assertEquals(0, status.get("jobs").size());
        JsonNode manifest = readTree(exampleDeployment().manifest());
        assertEquals(manifest.get("tgtswidatasets"), status.get("tgtswidatasets"));
    }

    @Test
    void aV2DeploymentTakesItsTargetNameAndWarnsThatNothingIsSubmitted() {
        JsonNode status = server.deployAndWait("/zosmf/swmgmt/v2/dep", TestServer.v2(r -> {
            r.remove("submitjobs");
            return r;
        }));
        assertEquals("complete", status.get("status").asText());
        assertEquals("XYZTM21-PROD", status.get("tgtswiname").asText());
        assertTrue(status.get("warnings").toString().contains("zdeploy never submits jobs"), status.toString());
        assertEquals(0, status.get("jobs").size());
    }

    @Test
    void aV2SourceIsFoundByItsUuid() {
        JsonNode status = server.deployAndWait("/zosmf/swmgmt/v2/dep", TestServer.v2(r -> {
            ObjectNode source = (ObjectNode) r.get("source");
            source.remove("name");
            source.remove("system");
            source.put("uuid", TestServer.UUID);
            return r;
        }));
        assertEquals("complete", status.get("status").asText(), status.toString());
    }

    @Test
    void theStatusIsRunningUntilTheJobsAreRendered() {
        server.close();
        ManualExecutor renderer = new ManualExecutor();
        server = TestServer.start(dir, ServeSettings.DEFAULTS, Clock.systemUTC(), renderer);
        String statusurl = json(server.post("/zosmf/swmgmt/dep", TestServer.v1(r -> r))).get("statusurl").asText();

        JsonNode running = json(server.get(statusurl));
        assertEquals(List.of("status", "percentcomplete", "warnings"), fieldNames(running));
        assertEquals("running", running.get("status").asText());
        assertTrue(running.get("percentcomplete").asInt() < 100);
        assertEquals(404, server.get(TestServer_files("/member")).statusCode(), "no members before completion");

        renderer.runAll();
        assertEquals("complete", json(server.get(statusurl)).get("status").asText());
    }

    private static String TestServer_files(String suffix) {
        return "/zosmf/restfiles/ds/" + DSN + suffix;
    }

    @Test
    void badInputIs400WithEveryProblemAsTheCliWordsIt() {
        HttpResponse<String> response = server.post("/zosmf/swmgmt/dep", TestServer.v1(r -> {
            ((ObjectNode) r.get("mastercatalog")).put("tempcatalias", "XYZTEMPAL");
            ((ObjectNode) r.get("targetvolumes").get(0)).put("volume", "TM2R001");
            return r;
        }));
        assertEquals(400, response.statusCode());
        JsonNode problems = json(response).get("problems");
        assertEquals(List.of(
                "request /targetvolumes/0/volume: a volume serial is 1-6 characters (got \"TM2R001\")",
                "request /mastercatalog/tempcatalias: a temporary catalog alias is 1-8 characters (got \"XYZTEMPAL\")"),
                texts(problems, "text"));
        assertEquals("/targetvolumes/0/volume", problems.get(0).get("pointer").asText());
        assertEquals("a volume serial is 1-6 characters", problems.get(0).get("rule").asText());
        assertEquals("TM2R001", problems.get(0).get("value").asText());
        assertEquals(0, server.service.held(), "nothing is held for a refused request");
    }

    @Test
    void aV2SystemsettingsObjectIsRefusedNamingIt() {
        HttpResponse<String> response = server.post("/zosmf/swmgmt/v2/dep", TestServer.v2(r -> {
            r.set("systemsettings", r.get("systemsettings").get(0));
            return r;
        }));
        assertEquals(400, response.statusCode());
        assertEquals("/systemsettings", json(response).get("problems").get(0).get("pointer").asText());
    }

    @Test
    void aV1BodyAtTheV2UrlIsRefusedAsAV2Body() {
        HttpResponse<String> response = server.post("/zosmf/swmgmt/v2/dep", TestServer.v1(r -> r));
        assertEquals(400, response.statusCode());
        assertTrue(texts(json(response).get("problems"), "pointer").contains("/targetswi"), response.body());
    }

    @Test
    void malformedJsonIs400() {
        HttpResponse<String> response = server.post("/zosmf/swmgmt/dep", "{\"name\": \"x\", ");
        assertEquals(400, response.statusCode());
        assertEquals(1, json(response).get("problems").size(), response.body());
    }

    @Test
    void aBodyOverTheLimitIs413AndNothingIsHeld() {
        String huge = TestServer.v1(r -> r.put("description", "x".repeat(2 * 1024 * 1024)));
        HttpResponse<String> response = server.post("/zosmf/swmgmt/dep", huge);
        assertEquals(413, response.statusCode(), response.body());
        assertEquals(0, server.service.held());
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(URI.create(server.base + "/zosmf/swmgmt/dep"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(TestServer.v1(r -> r))));
        assertEquals(415, response.statusCode());
    }

    @Test
    void anUnknownSourceIs404() {
        HttpResponse<String> response = server.post("/zosmf/swmgmt/dep", TestServer.v1(r -> {
            ((ObjectNode) r.get("source")).put("name", "NOSUCH");
            return r;
        }));
        assertEquals(404, response.statusCode());
        assertTrue(json(response).get("message").asText().contains("NOSUCH"));
        HttpResponse<String> byUuid = server.post("/zosmf/swmgmt/v2/dep", TestServer.v2(r -> {
            ((ObjectNode) r.get("source")).put("uuid", "no-such-uuid");
            return r;
        }));
        assertEquals(404, byUuid.statusCode());
    }

    @Test
    void aSourceNameIsLookedUpNeverMadeIntoAPath() {
        for (String name : List.of("../instances/XYZTM21", "XYZTM21/../XYZTM21", "./XYZTM21", "/XYZTM21")) {
            HttpResponse<String> response = server.post("/zosmf/swmgmt/dep", TestServer.v1(r -> {
                ((ObjectNode) r.get("source")).put("name", name);
                return r.put("name", "path-" + name.hashCode());
            }));
            assertEquals(404, response.statusCode(), name + ": " + response.body());
        }
    }

    @Test
    void aNameBeingDeployedIs409AndAnotherNameGetsTheNextInstanceName() {
        server.deployAndWait("/zosmf/swmgmt/dep", TestServer.v1(r -> r));
        HttpResponse<String> again = server.post("/zosmf/swmgmt/dep", TestServer.v1(r -> r));
        assertEquals(409, again.statusCode());
        JsonNode second = server.deployAndWait("/zosmf/swmgmt/dep", TestServer.v1(r -> r.put("name", "second")));
        assertEquals("XYZTM21_2", second.get("tgtswiname").asText());
    }

    @Test
    void aMadeUpStatusIdIs404() {
        assertEquals(404, server.get("/zosmf/swmgmt/statusmonitor/deployment/4837290198343").statusCode());
        assertEquals(404, server.get("/zosmf/swmgmt/statusmonitor/deployment/..%2F..%2Fetc").statusCode());
    }

    @Test
    void aResultExpiresThenItsStatusAndMembersAre404() {
        server.close();
        MutableClock clock = new MutableClock();
        ServeSettings settings = ServeSettings.DEFAULTS.withService(
                DeploymentService.Settings.DEFAULTS.withExpiry(Duration.ofMinutes(5)));
        ManualExecutor renderer = new ManualExecutor();
        server = TestServer.start(dir, settings, clock, renderer);
        String statusurl = json(server.post("/zosmf/swmgmt/dep", TestServer.v1(r -> r))).get("statusurl").asText();
        renderer.runAll();
        clock.advance(Duration.ofMinutes(4));
        assertEquals(200, server.get(statusurl).statusCode());
        assertEquals(200, server.get(TestServer_files("/member")).statusCode());

        clock.advance(Duration.ofMinutes(1));

        assertEquals(404, server.get(statusurl).statusCode());
        assertEquals(404, server.get(TestServer_files("/member")).statusCode());
        assertEquals(202, server.post("/zosmf/swmgmt/dep", TestServer.v1(r -> r)).statusCode(),
                "the name is free again");
    }

    @Test
    void theMemberListAndEachMemberAreServedInZosmfsShapes() {
        server.deployAndWait("/zosmf/swmgmt/dep", TestServer.v1(r -> r));
        Map<String, String> members = exampleDeployment().members();

        HttpResponse<String> list = server.get(TestServer_files("/member"));
        assertEquals(200, list.statusCode());
        JsonNode listed = json(list);
        assertEquals(List.copyOf(members.keySet()), texts(listed.get("items"), "member"));
        assertEquals(7, listed.get("returnedRows").asInt());
        assertEquals(7, listed.get("totalRows").asInt());
        assertFalse(listed.get("moreRows").asBoolean());

        for (Map.Entry<String, String> member : members.entrySet()) {
            HttpResponse<String> text = server.get(TestServer_files("(" + member.getKey() + ")"));
            assertEquals(200, text.statusCode());
            assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            assertEquals(member.getValue(), text.body(), member.getKey());
        }
        HttpResponse<String> encoded = server.get(TestServer_files("%28IZUD03CP%29"));
        assertEquals(members.get("IZUD03CP"), encoded.body());
        HttpResponse<String> lowerCase = server.get("/zosmf/restfiles/ds/" + DSN.toLowerCase() + "(izud03cp)");
        assertEquals(members.get("IZUD03CP"), lowerCase.body());
    }

    @Test
    void theMemberListHonoursPatternStartAndMaxItems() {
        server.deployAndWait("/zosmf/swmgmt/dep", TestServer.v1(r -> r));
        assertEquals(List.of("IZUD03CP"), texts(json(server.get(TestServer_files("/member?pattern=*CP"))).get("items"),
                "member"));
        assertEquals(List.of("IZUD05UC", "IZUD06VF"), texts(json(server.get(TestServer_files("/member?pattern=IZUD0%25%25%25"
                + "&start=IZUD05UC"))).get("items"), "member").subList(0, 2));
        JsonNode two = json(server.send(HttpRequest.newBuilder(URI.create(server.base + TestServer_files("/member")))
                .header("X-IBM-Max-Items", "2").GET()));
        assertEquals(2, two.get("returnedRows").asInt());
        assertEquals(7, two.get("totalRows").asInt());
        assertTrue(two.get("moreRows").asBoolean());
    }

    @Test
    void unknownDataSetsMembersAndBinaryReadsAreRefused() {
        server.deployAndWait("/zosmf/swmgmt/dep", TestServer.v1(r -> r));
        assertEquals(404, server.get("/zosmf/restfiles/ds/NO.SUCH.CNTL/member").statusCode());
        assertEquals(404, server.get(TestServer_files("(IZUD99XX)")).statusCode());
        assertEquals(404, server.get("/zosmf/restfiles/ds/" + DSN).statusCode());
        HttpResponse<String> binary = server.send(HttpRequest.newBuilder(
                URI.create(server.base + TestServer_files("(IZUD03CP)"))).header("X-IBM-Data-Type", "binary").GET());
        assertEquals(400, binary.statusCode());
        assertEquals(404, server.get("/zosmf/nothing/here").statusCode());
    }

    @Test
    void infoAnswersLikeZosmfs() {
        HttpResponse<String> info = server.get("/zosmf/info");
        assertEquals(200, info.statusCode());
        JsonNode node = json(info);
        assertEquals("1", node.get("api_version").asText());
        assertEquals(String.valueOf(server.server.port()), node.get("zosmf_port").asText());
        assertTrue(node.get("plugins").get(0).get("pluginDefaultName").asText().contains("never submitted"));
    }

    @Test
    void secretsAreAcceptedButNeverEchoedStoredOrLogged() {
        String zosmfpw = "Zp-" + Long.toHexString(System.nanoTime()) + "-secret";
        String proxypw = "Px-" + Long.toHexString(System.nanoTime()) + "-secret";
        JsonNode status = server.deployAndWait("/zosmf/swmgmt/dep", TestServer.v1(r -> r.put("zosmfuid", "IBMUSER")
                .put("zosmfpw", zosmfpw).put("proxyuid", "PROXY").put("proxypw", proxypw)));
        assertEquals("complete", status.get("status").asText());
        List<String> seen = new ArrayList<>(List.of(status.toString(), server.get(TestServer_files("/member")).body()));
        for (JsonNode jcl : status.get("jcl")) {
            String member = jcl.asText().substring(jcl.asText().indexOf('('));
            seen.add(server.get(TestServer_files(member)).body());
        }
        HttpResponse<String> bad = server.post("/zosmf/swmgmt/dep", TestServer.v1(r -> r.put("name", "bad")
                .put("zosmfpw", zosmfpw).put("jcldataset", "NOT A DSN")));
        assertEquals(400, bad.statusCode());
        seen.add(bad.body());
        HttpResponse<String> typed = server.post("/zosmf/swmgmt/dep", TestServer.v1(r -> {
            r.putObject("zosmfpw").put("value", proxypw);
            return r.put("name", "typed");
        }));
        seen.add(typed.body());
        HttpResponse<String> broken = server.post("/zosmf/swmgmt/dep", "{\"name\":\"x\",\"zosmfpw\":\"" + zosmfpw + "\",");
        seen.add(broken.body());
        seen.add(server.log());
        for (String text : seen) {
            assertFalse(text.contains(zosmfpw), text);
            assertFalse(text.contains(proxypw), text);
        }
    }

    @Test
    void twoUsersSeeOnlyTheirOwnDeploymentsAndNobodyElseGetsIn() throws Exception {
        server.close();
        Path file = java.nio.file.Files.writeString(dir.resolve("users"), "# users\nalice:wonder-1\nbob:builder-2\n");
        server = TestServer.start(dir, ServeSettings.DEFAULTS.withCredentials(Credentials.read(file)));
        String statusurl = json(send("alice", "wonder-1", "POST", "/zosmf/swmgmt/dep", TestServer.v1(r -> r)))
                .get("statusurl").asText();

        assertEquals(200, send("alice", "wonder-1", "GET", statusurl, null).statusCode());
        assertEquals(404, send("bob", "builder-2", "GET", statusurl, null).statusCode());
        HttpResponse<String> anonymous = server.get(statusurl);
        assertEquals(401, anonymous.statusCode());
        assertEquals("Basic realm=\"zdeploy\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(401, send("alice", "wrong", "GET", statusurl, null).statusCode());
        assertEquals(401, send("carol", "wonder-1", "POST", "/zosmf/swmgmt/dep", TestServer.v1(r -> r)).statusCode());
        assertEquals(200, server.get("/zosmf/info").statusCode(), "info needs no authentication, as z/OSMF's");
        assertFalse(server.log().contains("wonder-1"));
        assertTrue(server.log().contains(" alice"), "the log names the user");
    }

    private HttpResponse<String> send(String user, String password, String method, String pathOrUrl, String body) {
        String auth = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl
                : server.base + pathOrUrl)).header("Authorization", "Basic " + auth).header("Content-Type",
                "application/json");
        request = body == null ? request.GET() : request.method(method, HttpRequest.BodyPublishers.ofString(body));
        return server.send(request);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.get(field).asText()));
        return texts;
    }

    private static JsonNode readTree(String json) {
        try {
            return TestServer.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An executor that runs its tasks only when told: the test sees a deployment while it runs. */
    static final class ManualExecutor extends AbstractExecutorService {
        private final List<Runnable> tasks = new ArrayList<>();
        private boolean shutdown;

        @Override
        public synchronized void execute(Runnable command) {
            tasks.add(command);
        }

        void runAll() {
            List<Runnable> now;
            synchronized (this) {
                now = List.copyOf(tasks);
                tasks.clear();
            }
            now.forEach(Runnable::run);
        }

        @Override
        public synchronized void shutdown() {
            shutdown = true;
        }

        @Override
        public synchronized List<Runnable> shutdownNow() {
            shutdown = true;
            List<Runnable> left = List.copyOf(tasks);
            tasks.clear();
            return left;
        }

        @Override
        public synchronized boolean isShutdown() {
            return shutdown;
        }

        @Override
        public synchronized boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
