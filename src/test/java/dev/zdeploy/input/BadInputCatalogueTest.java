package dev.zdeploy.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad inputs: each folder of src/test/resources/bad-inputs holds a descriptor, a
 * request, perhaps an inventory, and expected.txt, the exact problem lines reading them gives.
 */
class BadInputCatalogueTest {

    static final String CATALOGUE = "bad-inputs";

    static List<String> cases() {
        return TestFiles.subdirectories(CATALOGUE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseGivesExactlyItsExpectedProblems(String name) {
        Path dir = TestFiles.resource(CATALOGUE + "/" + name);
        String expected = TestFiles.text(dir.resolve("expected.txt")).strip();
        assertEquals(expected, String.join("\n", TestFiles.problemLines(dir)));
    }

    @Test
    void catalogueHoldsAtLeastFortyCases() {
        assertTrue(cases().size() >= 40, "only " + cases().size() + " cases");
    }
}
