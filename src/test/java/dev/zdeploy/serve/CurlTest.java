package dev.zdeploy.serve;

import static dev.zdeploy.serve.TestServer.DSN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zdeploy.ZDeploy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** curl, a client of its own, drives a whole deployment over HTTP, and checks the certificate over HTTPS. */
class CurlTest {

    @TempDir
    Path dir;

    private static String curl;

    @BeforeAll
    static void findCurl() {
        for (String candidate : List.of("/usr/bin/curl", "/usr/local/bin/curl", "/bin/curl")) {
            if (Files.isExecutable(Path.of(candidate))) {
                curl = candidate;
            }
        }
        if (curl == null) {
            System.out.println("CurlTest skipped: curl is not installed on this machine");
        }
        Assumptions.assumeTrue(curl != null, "curl is not installed on this machine");
    }

    private String curl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(curl, "--silent", "--show-error", "--fail-with-body",
                "--max-time", "30"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + out + err);
        return out;
    }

    @Test
    void curlDeploysPollsAndDownloadsEveryMember() throws Exception {
        try (TestServer server = TestServer.start(dir, ServeSettings.DEFAULTS)) {
            Path body = Files.writeString(dir.resolve("request.json"), TestServer.v1(r -> r));
            String accepted = curl("-X", "POST", "-H", "Content-Type: application/json", "--data-binary",
                    "@" + body, server.base + "/zosmf/swmgmt/dep");
            String statusurl = TestServer.JSON.readTree(accepted).get("statusurl").asText();
            JsonNode status = TestServer.JSON.readTree(curl(statusurl));
            for (int i = 0; i < 500 && status.get("status").asText().equals("running"); i++) {
                Thread.sleep(20);
                status = TestServer.JSON.readTree(curl(statusurl));
            }
            assertEquals("complete", status.get("status").asText());
            JsonNode list = TestServer.JSON.readTree(curl(server.base + "/zosmf/restfiles/ds/" + DSN + "/member"));
            Map<String, String> expected = ZDeploy.create().generate(ZDeploy.create().builtInExample()).members();
            assertEquals(expected.size(), list.get("items").size());
            for (JsonNode item : list.get("items")) {
                String member = item.get("member").asText();
                assertEquals(expected.get(member), curl(server.base + "/zosmf/restfiles/ds/" + DSN + "(" + member + ")"),
                        member);
            }
        }
    }

    @Test
    void curlChecksTheCertificateOverHttps() throws Exception {
        TestKeystore keystore = TestKeystore.shared();
        try (TestServer server = TestServer.start(dir, ServeSettings.DEFAULTS.withTls(keystore.tls()))) {
            String url = server.base.replace("127.0.0.1", "localhost") + "/zosmf/info";
            JsonNode info = TestServer.JSON.readTree(curl("--cacert", keystore.certificatePem().toString(), url));
            assertEquals("1", info.get("api_version").asText());
        }
    }
}
