package dev.zdeploy.cli;

import static dev.zdeploy.cli.Cli.args;
import static dev.zdeploy.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passwords of a request (zosmfpw, proxypw) appear in nothing zdeploy prints or writes. */
class SecretsTest {

    private static final String SCENARIO = "default-job-statement";
    private static final List<String> SECRETS = List.of("S3CR3TPW", "PR0XYPW1");

    @TempDir
    Path dir;

    @Test
    void theScenarioCarriesBothPasswords() throws IOException {
        String request = Files.readString(Cli.GOLDEN.resolve(SCENARIO).resolve("request.json"));

        assertTrue(request.contains("\"zosmfpw\": \"S3CR3TPW\""), request);
        assertTrue(request.contains("\"proxypw\": \"PR0XYPW1\""), request);
    }

    @Test
    void renderWritesNeitherPasswordInMembersManifestOrSummary() throws IOException {
        for (String format : List.of("pds", "iebupdte")) {
            Path out = dir.resolve(format);
            Cli.Result result = run(args("render", Cli.goldenInputs(SCENARIO), "--out", out.toString(), "--format", format))
                    .assertOk();

            assertNoSecret(result.out());
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertNoSecret(Files.readString(file));
                }
            }
        }
    }

    @Test
    void planAndValidatePrintNeitherPassword() {
        for (String[] command : List.of(args("plan", Cli.goldenInputs(SCENARIO)),
                args("plan", Cli.goldenInputs(SCENARIO), "--json"), args("validate", Cli.goldenInputs(SCENARIO)))) {
            Cli.Result result = run(command);

            assertEquals(0, result.status(), result::toString);
            assertFalse(result.out().isEmpty());
            assertNoSecret(result.out());
            assertNoSecret(result.err());
        }
    }

    @Test
    void aProblemWithAPasswordDoesNotShowIt() throws IOException {
        Path scenario = Cli.GOLDEN.resolve(SCENARIO);
        Path request = Files.writeString(dir.resolve("request.json"),
                Files.readString(scenario.resolve("request.json")).replace("\"S3CR3TPW\"", "[\"S3CR3TPW\"]"));

        Cli.Result result = run("validate", "--descriptor", scenario.resolve("descriptor.json").toString(),
                "--request", request.toString()).assertUserError(2);

        assertEquals(request + " /zosmfpw: must be a string\n", result.err());
    }

    @Test
    void aProblemShowsAWrappedRequestByItsShapeNotItsPasswords() throws IOException {
        Path scenario = Cli.GOLDEN.resolve(SCENARIO);
        String valid = Files.readString(scenario.resolve("request.json"))
                .replaceAll(",\\s*\"(zosmfpw|proxypw)\":\\s*\"[^\"]*\"", "");
        String passwordsFirst = "{\"zosmfpw\": \"S3CR3TPW\", \"proxypw\": \"PR0XYPW1\", " + valid.strip().substring(1);
        Path wrapped = Files.writeString(dir.resolve("wrapped.json"), "[" + passwordsFirst + "]");

        Cli.Result result = run("validate", "--descriptor", scenario.resolve("descriptor.json").toString(),
                "--request", wrapped.toString()).assertUserError(2);

        assertEquals(wrapped + ": must be an object ({...}) (got \"[... 1 item]\")\n",
                result.err());
    }

    @Test
    void aPasswordFieldMisplacedInsideAnotherValueIsNotShown() throws IOException {
        Path scenario = Cli.GOLDEN.resolve(SCENARIO);
        Path request = Files.writeString(dir.resolve("request.json"), Files.readString(scenario.resolve("request.json"))
                .replaceFirst("\"jcldataset\"\\s*:", "\"configuration\": [{\"proxypw\": \"PR0XYPW1\"}], \"jcldataset\":"));

        Cli.Result result = run("validate", "--descriptor", scenario.resolve("descriptor.json").toString(),
                "--request", request.toString()).assertUserError(2);

        assertNoSecret(result.err());
        assertTrue(result.err().contains("/configuration: must be an object ({...}) (got \"[... 1 item]\")"),
                result.err());
    }

    @Test
    void aMisspeltPasswordKeyInAWrappedRequestIsNotShownEither() throws IOException {
        // Found by SecretsFuzzTest (-Plong): "proxyxpw" is no password key by name, yet its value is
        // the user's password; a problem quoting the list used to print it.
        Path scenario = Cli.GOLDEN.resolve(SCENARIO);
        Path wrapped = Files.writeString(dir.resolve("misspelt.json"),
                "[{\"proxyxpw\": \"Q76P2$P7FK@C744\", \"name\": \"x\"}]");

        Cli.Result result = run("validate", "--descriptor", scenario.resolve("descriptor.json").toString(),
                "--request", wrapped.toString()).assertUserError(2);

        assertEquals(wrapped + ": must be an object ({...}) (got \"[... 1 item]\")\n", result.err());
        assertFalse(result.out().contains("Q76P2") || result.err().contains("Q76P2"));
    }

    private static void assertNoSecret(String text) {
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), () -> "the password " + secret + " shows in:\n" + text);
        }
    }
}
