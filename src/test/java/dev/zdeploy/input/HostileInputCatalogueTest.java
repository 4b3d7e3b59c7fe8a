package dev.zdeploy.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.ZDeploy;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of hostile inputs: each folder of src/test/resources/hostile-inputs (but {@code base})
 * holds expected.txt, the exact problem lines reading and planning the inputs gives, and the inputs
 * that differ from {@code base}: a whole file ({@code request.json}), or edits of the base file
 * ({@code request.edits}: pairs of lines, {@code - old text} then {@code + new text}, each replacing
 * the first occurrence; {@code \n}, {@code \t}, {@code \e}, {@code \a} and {@code \u0000} escapes are
 * decoded, and {@code \\\\} is one backslash, so control characters can be written raw or as JSON escapes).
 */
class HostileInputCatalogueTest {

    static final String CATALOGUE = "hostile-inputs";
    private static final List<String> FILES = List.of("descriptor", "request", "inventory");

    static List<String> cases() {
        return TestFiles.subdirectories(CATALOGUE).stream().filter(name -> !name.equals("base")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseGivesExactlyItsExpectedProblems(String name) {
        Path dir = TestFiles.resource(CATALOGUE + "/" + name);
        String actual = String.join("\n", problemLines(dir));
        if (Boolean.getBoolean("hostile.approve")) {
            approve(name, actual);
        }
        String expected = TestFiles.text(dir.resolve("expected.txt")).strip();
        assertEquals(expected, actual);
    }

    @Test
    void catalogueHoldsAtLeastSixtyCases() {
        assertTrue(cases().size() >= 60, "only " + cases().size() + " cases");
    }

    /** -Dhostile.approve=true: writes what a case gives as its expected.txt in the source tree (review the diff). */
    private static void approve(String name, String actual) {
        Path source = Path.of(System.getProperty("zdeploy.project.dir", "."), "src/test/resources", CATALOGUE, name,
                "expected.txt");
        try {
            Files.writeString(source, actual + "\n");
            Files.writeString(TestFiles.resource(CATALOGUE + "/" + name).resolve("expected.txt"), actual + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every problem line of reading, then planning, the case's inputs; warnings of a good plan too. */
    static List<String> problemLines(Path dir) {
        String[] texts = FILES.stream().map(file -> input(dir, file)).toArray(String[]::new);
        try {
            Inputs inputs = InputReader.read("descriptor.json", texts[0], "request.json", texts[1],
                    texts[2] == null ? null : "inventory.json", texts[2]);
            ZDeploy.create().plan(inputs);
            return inputs.warnings().stream().map(Problem::format).toList();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::format).toList();
        }
    }

    /** The text of {@code file} ("request") of a case: its own, the base file with its edits, or the base file. */
    static String input(Path dir, String file) {
        Path whole = dir.resolve(file + ".json");
        if (Files.exists(whole)) {
            return TestFiles.text(whole);
        }
        String base = TestFiles.textOrNull(dir.resolveSibling("base").resolve(file + ".json"));
        Path edits = dir.resolve(file + ".edits");
        if (!Files.exists(edits)) {
            return base;
        }
        String text = base;
        List<String> lines = TestFiles.text(edits).lines().filter(line -> !line.isEmpty()).toList();
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            String old = decode(lines.get(i).substring(2));
            String replacement = decode(lines.get(i + 1).substring(2));
            if (!lines.get(i).startsWith("- ") || !lines.get(i + 1).startsWith("+ ") || !text.contains(old)) {
                throw new IllegalStateException(edits + ": no edit \"" + lines.get(i) + "\" applies");
            }
            int at = text.indexOf(old);
            text = text.substring(0, at) + replacement + text.substring(at + old.length());
        }
        return text;
    }

    private static String decode(String text) {
        StringBuilder decoded = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                decoded.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case '\\' -> decoded.append('\\');
                case 'n' -> decoded.append('\n');
                case 't' -> decoded.append('\t');
                case 'e' -> decoded.append('\u001b');
                case 'a' -> decoded.append('\u0007');
                case 'u' -> {
                    decoded.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> decoded.append('\\').append(next);
            }
        }
        return decoded.toString();
    }
}
