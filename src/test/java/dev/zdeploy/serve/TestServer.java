package dev.zdeploy.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zdeploy.DeploymentService;
import dev.zdeploy.SourceRegistry;
import dev.zdeploy.ZDeploy;
import dev.zdeploy.input.InputReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * A started {@code zdeploy serve} over a temporary registry holding the built-in example as
 * {@code XYZTM21} (uuid {@value #UUID}), a JDK HttpClient to call it, and what it logged.
 */
final class TestServer implements AutoCloseable {

    static final String UUID = "a1b2c3d4-xyztm21";
    static final String DSN = "SYSPROG.XYZTM21.DEPLOY.CNTL";
    static final ObjectMapper JSON = new ObjectMapper();

    final ZDeployServer server;
    final DeploymentService service;
    final HttpClient client;
    final String base;
    private final ByteArrayOutputStream log;

    private TestServer(ZDeployServer server, DeploymentService service, HttpClient client, ByteArrayOutputStream log) {
        this.server = server;
        this.service = service;
        this.client = client;
        this.base = server.url();
        this.log = log;
    }

    /** The example registry under {@code dir}. */
    static SourceRegistry registry(Path dir) {
        try {
            Path instance = Files.createDirectories(dir.resolve("instances/XYZTM21"));
            Files.writeString(instance.resolve(SourceRegistry.DESCRIPTOR),
                    InputReader.exampleText(InputReader.EXAMPLE_DESCRIPTOR));
            Files.writeString(instance.resolve(SourceRegistry.UUID), UUID + "\n");
            return SourceRegistry.open(dir.resolve("instances"), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TestServer start(Path dir, ServeSettings settings) {
        return start(dir, settings, Clock.systemUTC(), Executors.newFixedThreadPool(2));
    }

    static TestServer start(Path dir, ServeSettings settings, Clock clock, ExecutorService renderer) {
        DeploymentService service = new DeploymentService(ZDeploy.create(), registry(dir), settings.service(), clock,
                renderer);
        return start(settings, service, HttpClient.newHttpClient());
    }

    static TestServer start(ServeSettings settings, DeploymentService service, HttpClient client) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ZDeployServer server = ZDeployServer.start(settings, service, new PrintStream(log, true, StandardCharsets.UTF_8));
        return new TestServer(server, service, client, log);
    }

    /** What the server logged so far. */
    synchronized String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    /** The built-in example's v1 request, changed by {@code edit}. */
    static String v1(UnaryOperator<ObjectNode> edit) {
        try {
            ObjectNode request = (ObjectNode) JSON.readTree(InputReader.exampleText(InputReader.EXAMPLE_REQUEST));
            return JSON.writeValueAsString(edit.apply(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The v2 body of the example (src/test/resources/v2/example-v2.json), changed by {@code edit}. */
    static String v2(UnaryOperator<ObjectNode> edit) {
        try {
            Path file = Path.of(System.getProperty("zdeploy.project.dir", "."), "src/test/resources/v2/example-v2.json");
            ObjectNode request = (ObjectNode) JSON.readTree(Files.readString(file));
            return JSON.writeValueAsString(edit.apply(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl)).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Submits {@code body} and polls its status URL until it is no longer running. */
    JsonNode deployAndWait(String path, String body) {
        HttpResponse<String> accepted = post(path, body);
        if (accepted.statusCode() != 202) {
            throw new AssertionError("expected 202, got " + accepted.statusCode() + " " + accepted.body());
        }
        return waitFor(json(accepted).get("statusurl").asText());
    }

    JsonNode waitFor(String statusurl) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> status = get(statusurl);
            JsonNode node = json(status);
            if (status.statusCode() != 200 || !node.get("status").asText().equals("running")) {
                return node;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("still running after 60 s: " + statusurl);
    }

    @Override
    public void close() {
        server.close();
    }
}
