package dev.zdeploy.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zdeploy.ZDeploy;
import dev.zdeploy.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden scenario is a deployment that plans cleanly: its inputs read without errors, and the
 * plan holds no warning but a descriptor version's (pswi-v9-zfs-moved-mountpoint is read as version 7
 * on purpose). With the published schemas (PublishedSchemasTest) this is the independent check of the
 * golden inputs: a broken input is caught before its approved output is made from it.
 */
class GoldenInputsTest {

    /** The one scenario with passwords: the secrets tests look for exactly these in every output. */
    static final String PASSWORD_SCENARIO = "default-job-statement";

    static List<Path> scenarios() throws IOException {
        Path golden = Path.of(System.getProperty("zdeploy.project.dir", "."), "golden");
        if (!Files.isDirectory(golden)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(golden)) {
            return entries.filter(dir -> Files.exists(dir.resolve("descriptor.json"))).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioPlansWithoutWarnings(Path dir) {
        Path inventory = dir.resolve("inventory.json");
        ZDeploy zdeploy = ZDeploy.create();
        Inputs inputs = zdeploy.read(dir.resolve("descriptor.json"), dir.resolve("request.json"),
                Files.exists(inventory) ? inventory : null);
        List<Problem> warnings = zdeploy.plan(inputs).warnings();
        assertTrue(warnings.stream().map(Problem::rule).allMatch(rule -> rule.startsWith("descriptor version")),
                warnings.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void onlyThePasswordScenarioCarriesPasswords(Path dir) throws IOException {
        JsonNode request = PublishedSchemas.parse(Files.readString(dir.resolve("request.json")));
        boolean passwordScenario = dir.getFileName().toString().equals(PASSWORD_SCENARIO);
        for (String field : List.of("zosmfpw", "proxypw")) {
            assertEquals(passwordScenario, request.has(field), field);
        }
        if (passwordScenario) {
            assertEquals("S3CR3TPW", request.get("zosmfpw").asText());
            assertEquals("PR0XYPW1", request.get("proxypw").asText());
        }
    }
}
