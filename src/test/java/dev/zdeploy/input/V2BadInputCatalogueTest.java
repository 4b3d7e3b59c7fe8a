package dev.zdeploy.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.plan.PlanBuilder;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad v2 bodies ({@code POST /zosmf/swmgmt/v2/dep}): each folder of
 * src/test/resources/bad-inputs-v2 holds a v2 request.json, perhaps its own descriptor.json (else the
 * built-in example's), and expected.txt, the exact problem lines that reading and planning them give,
 * every pointer into the v2 body as given.
 */
class V2BadInputCatalogueTest {

    static final String CATALOGUE = "bad-inputs-v2";

    static List<String> cases() {
        return TestFiles.subdirectories(CATALOGUE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseGivesExactlyItsExpectedProblems(String name) {
        Path dir = TestFiles.resource(CATALOGUE + "/" + name);
        if (Boolean.getBoolean("v2.approve")) {
            approve(name, problemLines(dir));
        }
        String expected = TestFiles.text(dir.resolve("expected.txt")).strip();
        assertEquals(expected, String.join("\n", problemLines(dir)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseHasAnError(String name) {
        Path dir = TestFiles.resource(CATALOGUE + "/" + name);
        assertTrue(problemLines(dir).stream().anyMatch(line -> !line.startsWith("warning:")), name);
    }

    @Test
    void aPasswordGivenAsAnObjectIsNeverQuoted() {
        Path dir = TestFiles.resource(CATALOGUE + "/password-not-string");
        assertFalse(String.join("\n", problemLines(dir)).contains("s3cr3t-in-object"));
    }

    @Test
    void catalogueHoldsAtLeastTwentyCases() {
        assertTrue(cases().size() >= 20, "only " + cases().size() + " cases");
    }

    /** -Dv2.approve=true writes expected.txt into the source tree from what the case gives now: review the diff. */
    private static void approve(String name, List<String> lines) {
        Path source = Path.of(System.getProperty("zdeploy.project.dir", "."), "src/test/resources", CATALOGUE, name,
                "expected.txt");
        try {
            Files.writeString(source, String.join("\n", lines) + "\n");
            Files.writeString(TestFiles.resource(CATALOGUE + "/" + name).resolve("expected.txt"),
                    String.join("\n", lines) + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> problemLines(Path dir) {
        Path descriptor = dir.resolve("descriptor.json");
        String descriptorText = Files.exists(descriptor) ? TestFiles.text(descriptor)
                : InputReader.exampleText(InputReader.EXAMPLE_DESCRIPTOR);
        try {
            Inputs inputs = InputReader.read("descriptor.json", descriptorText, "request.json",
                    TestFiles.text(dir.resolve("request.json")));
            List<Problem> warnings = PlanBuilder.build(inputs.descriptor(), inputs.request(), null, inputs.sources())
                    .warnings();
            return java.util.stream.Stream.concat(inputs.warnings().stream(), warnings.stream())
                    .map(Problem::format).toList();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
    }
}
