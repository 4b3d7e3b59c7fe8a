package dev.zdeploy.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real JCL written by others (Zowe's samples, EPL-2.0, copied from the shared corpus): in ZOS mode
 * the linter reports only the install placeholders the members keep on purpose, each listed in
 * {@code corpus/zowe.expected}.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @Test
    void zosModeReportsOnlyThePlaceholders() throws IOException {
        List<String> got = new Linter(Linter.Mode.ZOS).lint(CORPUS.resolve("zowe")).stream()
                .map(LintFinding::format).toList();
        assertEquals(Files.readAllLines(CORPUS.resolve("zowe.expected")), got);
        assertTrue(got.stream().allMatch(line -> line.contains(": placeholder: ") || line.contains(": if-endif: ")),
                "only placeholders, and the IF/ENDIF pairs two members break");
        assertEquals(47, Linter.members(CORPUS.resolve("zowe")).size());
    }

    @Test
    void everyPlaceholderOutsideCommentsAndProcedureDataIsReported() throws IOException {
        long expected = 0;
        for (Path member : Linter.members(CORPUS.resolve("zowe"))) {
            for (String line : Files.readAllLines(member)) {
                if (!line.startsWith("//*")) {
                    expected += Placeholders.find(line, !line.startsWith("#include") && !line.startsWith("#define")).size();
                }
            }
        }
        long reported = new Linter(Linter.Mode.ZOS).lint(CORPUS.resolve("zowe")).stream()
                .filter(finding -> finding.rule().equals(LintRule.PLACEHOLDER.id())).count();
        assertEquals(expected, reported);
    }
}
