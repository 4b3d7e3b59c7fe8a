package dev.zdeploy.input;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden scenario's inputs read without errors (they are what generation is tested on). */
class GoldenInputsTest {

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
    void scenarioInputsAreValid(Path dir) {
        Path inventory = dir.resolve("inventory.json");
        Inputs inputs = InputReader.read(dir.resolve("descriptor.json"), dir.resolve("request.json"),
                Files.exists(inventory) ? inventory : null);
        assertTrue(inputs.warnings().stream().map(Problem::rule).allMatch(rule -> rule.startsWith("descriptor version")),
                inputs.warnings().toString());
    }
}
