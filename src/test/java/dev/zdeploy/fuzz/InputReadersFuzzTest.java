package dev.zdeploy.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.zdeploy.input.InputReader;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import org.junit.jupiter.api.Tag;

/**
 * Whatever bytes arrive as inputs, the readers answer with the inputs or with problems: never an
 * exception of another kind, and never a password in a message. {@code mvn test -Plong} runs the seeds
 * (regression mode); {@code JAZZER_FUZZ=1 mvn test -Plong -Dtest=InputReadersFuzzTest} fuzzes.
 */
@Tag("long")
class InputReadersFuzzTest {

    private static final String DESCRIPTOR = InputReader.exampleText("descriptor.json");
    private static final String REQUEST = InputReader.exampleText("request.json");

    @FuzzTest(maxDuration = "30s")
    void anyRequestTextIsReadOrRefusedWithProblems(FuzzedDataProvider data) {
        readExpectingOnlyProblems(DESCRIPTOR, data.consumeRemainingAsString(), null);
    }

    @FuzzTest(maxDuration = "30s")
    void anyDescriptorTextIsReadOrRefusedWithProblems(FuzzedDataProvider data) {
        readExpectingOnlyProblems(data.consumeRemainingAsString(), REQUEST, null);
    }

    @FuzzTest(maxDuration = "30s")
    void aMutatedExampleRequestIsReadOrRefusedWithProblems(FuzzedDataProvider data) {
        StringBuilder request = new StringBuilder(REQUEST.replace("{\n", "{\n  \"zosmfpw\": \"S3CR3TPW\",\n"));
        int edits = data.consumeInt(1, 8);
        for (int i = 0; i < edits && request.length() > 0; i++) {
            int at = data.consumeInt(0, request.length() - 1);
            switch (data.consumeInt(0, 2)) {
                case 0 -> request.deleteCharAt(at);
                case 1 -> request.insert(at, data.consumeChar());
                default -> request.setCharAt(at, data.consumeChar());
            }
        }
        readExpectingOnlyProblems(DESCRIPTOR, request.toString(), "S3CR3TPW");
    }

    /**
     * Reads the pair; only InvalidInputException may come out, and no message may show the password
     * the mutated example request carries (null: none), whatever the mutations did to its key (checked by value).
     */
    private static void readExpectingOnlyProblems(String descriptor, String request, String password) {
        try {
            InputReader.read("descriptor.json", descriptor, "request.json", request);
        } catch (InvalidInputException e) {
            for (Problem problem : e.problems()) {
                assertFalse(password != null && problem.format().contains(password), problem.format());
            }
        }
    }
}
