package dev.zdeploy.serve;

import static dev.zdeploy.serve.TestServer.DSN;
import static dev.zdeploy.serve.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zdeploy.DeploymentService;
import dev.zdeploy.ZDeploy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with a checked certificate, graceful stop, and clients that break off mid-request. */
class TransportTest {

    @TempDir
    Path dir;

    @Test
    void httpsServesAWholeDeploymentToAClientThatChecksTheCertificate() throws Exception {
        TestKeystore keystore = TestKeystore.shared();
        ServeSettings settings = ServeSettings.DEFAULTS.withTls(keystore.tls());
        DeploymentService service = DeploymentService.create(ZDeploy.create(), TestServer.registry(dir),
                settings.service());
        HttpClient checking = HttpClient.newBuilder().sslContext(keystore.trustingContext()).build();
        try (TestServer server = TestServer.start(settings, service, checking)) {
            assertTrue(server.base.startsWith("https://127.0.0.1:"), server.base);
            JsonNode status = server.deployAndWait("/zosmf/swmgmt/dep", TestServer.v1(r -> r));
            assertEquals("complete", status.get("status").asText());
            assertTrue(status.get("tgtswiurl").asText().startsWith("https://"));
            HttpResponse<String> member = server.get("/zosmf/restfiles/ds/" + DSN + "(IZUD03CP)");
            assertEquals(200, member.statusCode());
            assertTrue(member.body().startsWith("//XYZDEPLY JOB"));

            HttpClient trustingNothing = HttpClient.newHttpClient();
            assertThrows(SSLHandshakeException.class, () -> trustingNothing.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(server.base + "/zosmf/info")).build(), HttpResponse.BodyHandlers.ofString()));
        }
    }

    @Test
    void withTlsTheServerListensForHttpsOnly() throws Exception {
        TestKeystore keystore = TestKeystore.shared();
        try (TestServer server = TestServer.start(dir, ServeSettings.DEFAULTS.withTls(keystore.tls()))) {
            assertEquals(java.util.List.of("[ssl, http/1.1]"), server.server.connectorProtocols());
        }
        try (TestServer server = TestServer.start(dir, ServeSettings.DEFAULTS)) {
            assertEquals(java.util.List.of("[http/1.1]"), server.server.connectorProtocols());
        }
    }

    @Test
    void aGracefulStopFinishesTheRequestUnderWayAndRefusesNewOnes() throws Exception {
        TestServer server = TestServer.start(dir, ServeSettings.DEFAULTS);
        assertTrue(server.server.stopsGracefully());
        int port = server.server.port();
        byte[] body = TestServer.v1(r -> r).getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /zosmf/swmgmt/dep HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 100);
            out.flush();
            waitUntil(() -> server.server.inFlight() == 1);

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
            Thread.sleep(200);
            assertTrue(!stopping.isDone(), "the stop waits for the request under way");
            assertEquals(503, server.get("/zosmf/info").statusCode(), "a new request while stopping");

            out.write(body, 100, body.length - 100);
            out.flush();
            String response = new String(readResponse(socket.getInputStream()), StandardCharsets.US_ASCII);
            assertTrue(response.startsWith("HTTP/1.1 202"), response);
            stopping.get(30, TimeUnit.SECONDS);
        }
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
    }

    @Test
    void aClientThatBreaksOffMidBodyLeavesNothingBehind() throws Exception {
        try (TestServer server = TestServer.start(dir, ServeSettings.DEFAULTS.withStopTimeout(Duration.ofSeconds(2)))) {
            byte[] body = TestServer.v1(r -> r).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 5; i++) {
                try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
                    OutputStream out = socket.getOutputStream();
                    out.write(("POST /zosmf/swmgmt/dep HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, 0, body.length / 2);
                    out.flush();
                }
            }
            waitUntil(() -> server.server.inFlight() == 0);
            assertEquals(0, server.service.held(), "a broken-off request is never accepted");
            JsonNode status = server.deployAndWait("/zosmf/swmgmt/dep", TestServer.v1(r -> r));
            assertEquals("complete", status.get("status").asText(), "the server still serves");
            assertEquals("XYZTM21_1", status.get("tgtswiname").asText());
        }
    }

    @Test
    void aClientThatLeavesBeforeTheAnswerDoesNotStopTheDeployment() throws Exception {
        try (TestServer server = TestServer.start(dir, ServeSettings.DEFAULTS)) {
            byte[] body = TestServer.v1(r -> r).getBytes(StandardCharsets.UTF_8);
            try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /zosmf/swmgmt/dep HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
            waitUntil(() -> server.service.held() == 1);
            assertEquals(200, waitForMembers(server), "the deployment completes without its client");
        }
    }

    private static int waitForMembers(TestServer server) throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            int status = server.get("/zosmf/restfiles/ds/" + DSN + "/member").statusCode();
            if (status == 200) {
                return status;
            }
            Thread.sleep(10);
        }
        return 404;
    }

    private static byte[] readResponse(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        int read = in.read(buffer);
        return read < 0 ? new byte[0] : java.util.Arrays.copyOf(buffer, read);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in 30 s");
            }
            Thread.sleep(10);
        }
    }
}
