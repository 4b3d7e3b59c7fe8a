package dev.zdeploy.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of broken members ({@code lint/bad} for POLICY, {@code lint/bad-zos} for ZOS), each
 * with the exact findings expected in {@code lint/expected} or {@code lint/expected-zos}, and valid
 * members that stay clean.
 */
class LinterCatalogueTest {

    private static final Path LINT = Path.of("src/test/resources/lint");

    static Stream<Arguments> broken() throws IOException {
        return Stream.concat(members("bad", "expected", Linter.Mode.POLICY), members("bad-zos", "expected-zos", Linter.Mode.ZOS));
    }

    private static Stream<Arguments> members(String dir, String expected, Linter.Mode mode) throws IOException {
        return Linter.members(LINT.resolve(dir)).stream()
                .map(p -> Arguments.of(p.getFileName().toString(), p, LINT.resolve(expected).resolve(p.getFileName()), mode));
    }

    @ParameterizedTest(name = "{0} ({3})")
    @MethodSource("broken")
    void brokenMembersAreFlaggedExactly(String name, Path member, Path expected, Linter.Mode mode) throws IOException {
        List<String> want = Files.readAllLines(expected);
        List<String> got = new Linter(mode).lint(member).stream().map(LintFinding::format).toList();
        assertFalse(want.isEmpty(), "a broken member has expected findings");
        assertEquals(want, got);
    }

    @Test
    void theCatalogueHasAtLeastThirtyMembersAndCoversEveryRule() throws IOException {
        assertTrue(Linter.members(LINT.resolve("bad")).size() + Linter.members(LINT.resolve("bad-zos")).size() >= 30);
        Set<String> seen = new TreeSet<>();
        for (String dir : List.of("expected", "expected-zos")) {
            for (Path file : Linter.members(LINT.resolve(dir))) {
                for (String line : Files.readAllLines(file)) {
                    seen.add(line.split(": ")[1]);
                }
            }
        }
        Set<String> all = new TreeSet<>(Arrays.stream(LintRule.values()).map(LintRule::id).toList());
        assertEquals(all, seen);
    }

    @Test
    void validMembersStayClean() throws IOException {
        assertEquals(List.of(), new Linter().lint(LINT.resolve("good")));
        assertEquals(List.of(), new Linter(Linter.Mode.ZOS).lint(LINT.resolve("good")));
        assertEquals(List.of(), new Linter(Linter.Mode.ZOS).lint(LINT.resolve("good-zos")));
    }

    @Test
    void policyIsStricterThanZos() throws IOException {
        List<String> rules = new Linter().lint(LINT.resolve("good-zos")).stream().map(LintFinding::rule).distinct()
                .toList();
        assertTrue(rules.contains("columns-73-80"), rules.toString());
        assertTrue(rules.contains("name-field"), rules.toString());
    }

    @Test
    void findingsFormatAsMemberLineColumnRuleMessage() {
        LintFinding finding = new LintFinding("IZUD01RA", 3, 72, "column-72", "JCL text in column 72");
        assertEquals("IZUD01RA:3:72: column-72: JCL text in column 72", finding.format());
    }

    @Test
    void aDirectoryIsReadAsAPdsAndDotFilesAreSkipped(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("GOOD"), "//GOOD     JOB (A),'B'\n//S        EXEC PGM=IEFBR14\n");
        Files.writeString(dir.resolve(".hidden"), "garbage\n");
        Files.createDirectory(dir.resolve("SUBDIR"));
        Files.writeString(dir.resolve("BAD"), "//BAD      JOB (A),'B'\n//1S       EXEC PGM=IEFBR14\n");
        assertEquals(List.of(dir.resolve("BAD"), dir.resolve("GOOD")), Linter.members(dir));
        assertEquals(List.of("BAD:2:3: name-field: name field 1S: a JCL name starts with A-Z, @, # or $"),
                new Linter().lint(dir).stream().map(LintFinding::format).toList());
        org.junit.jupiter.api.Assertions.assertThrows(java.nio.file.NoSuchFileException.class,
                () -> new Linter().lint(dir.resolve("MISSING")));
    }
}
