package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void cleanMembersExitZero() throws IOException {
        Files.writeString(dir.resolve("GOOD"), "//GOOD     JOB (A),'B'\n//STEP1    EXEC PGM=IEFBR14\n");
        assertEquals(0, run("lint", dir.toString()));
        assertEquals("", out());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void problemsArePrintedOnePerLineAndExitOne() throws IOException {
        Files.writeString(dir.resolve("BAD"), "//BAD      JOB (A),'B'\n//1STEP    EXEC PGM=IEFBR14   \n");
        assertEquals(1, run("lint", dir.resolve("BAD").toString()));
        assertEquals("BAD:2:3: name-field: name field 1STEP: a JCL name starts with A-Z, @, # or $\n"
                + "BAD:2:28: trailing-blank: trailing blanks\n", out());
    }

    @Test
    void zosModeAllowsSequenceNumbers() throws IOException {
        Path member = Files.writeString(dir.resolve("SEQ"), "//SEQ      JOB (A),'B'" + " ".repeat(50) + "00000100\n"
                + "// EXEC PGM=IEFBR14\n");
        assertEquals(1, run("lint", member.toString()));
        assertTrue(out().contains("columns-73-80"), out());
        out.reset();
        assertEquals(0, run("lint", "--zos", member.toString()));
        assertEquals("", out());
    }

    @Test
    void theCorpusPassesInZosModeExceptPlaceholders() {
        assertEquals(1, run("lint", "--zos", "src/test/resources/corpus/zowe"));
        assertTrue(out().lines().allMatch(line -> line.contains(": placeholder: ")), out());
    }

    @Test
    void aMissingPathExitsTwo() {
        Path missing = dir.resolve("NOPE");
        assertEquals(2, run("lint", missing.toString()));
        assertEquals(missing + ": the file does not exist\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("", out());
    }

    @Test
    void noPathIsAUsageError() {
        assertEquals(2, run("lint"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("zdeploy: Missing required parameter"),
                err.toString(StandardCharsets.UTF_8));
    }
}
