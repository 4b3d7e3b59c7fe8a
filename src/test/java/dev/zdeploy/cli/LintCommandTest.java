package dev.zdeploy.cli;

import static dev.zdeploy.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zdeploy lint}: one line per problem, nothing when clean, exit 1 when there is any problem. */
class LintCommandTest {

    /** An 80-column member with sequence numbers in 73-80: what z/OS accepts and zdeploy never writes. */
    private static final String NUMBERED = String.format("%-72s00000100\n%-72s00000200\n",
            "//SEQJOB   JOB (ACCT),NAME", "//STEP1    EXEC PGM=IEFBR14");

    @TempDir
    Path dir;

    @Test
    void cleanMembersExitZeroSilently() throws IOException {
        Files.writeString(dir.resolve("GOOD"), "//GOOD     JOB (A),'B'\n//STEP1    EXEC PGM=IEFBR14\n");

        assertEquals("", run("lint", dir.toString()).assertOk().out());
    }

    @Test
    void renderedMembersAreClean() {
        Path out = dir.resolve("out");
        run("render", "--quiet", "--out", out.toString()).assertOk();

        assertEquals("", run("lint", out.toString()).assertOk().out());
        assertEquals("", run("lint", out.resolve("IZUD03CP").toString()).assertOk().out());
    }

    @Test
    void aDdStarWhoseContinuationBreaksOffIsAProblemNotACrash() throws IOException {
        // The in-stream data opened only when the next step had begun; the data record then failed (exit 3).
        Files.writeString(dir.resolve("DDOPEN"), "//DDOPEN   JOB (A),'B'\n//COPY     EXEC PGM=IEBGENER\n"
                + "//SYSUT1   DD *,\n//NEXT     EXEC PGM=IEFBR14\n DATA\n/*\n");

        Cli.Result result = run("lint", "--zos", dir.resolve("DDOPEN").toString());

        assertEquals(1, result.status(), result::toString);
        assertEquals("DDOPEN:3:16: continuation: the statement ends with a comma, but record 4 does not continue it\n",
                result.out());
        assertEquals("", result.err());
    }

    @Test
    void problemsArePrintedOnePerLineAndExitOne() throws IOException {
        Files.writeString(dir.resolve("BAD"), "//BAD      JOB (A),'B'\n//1STEP    EXEC PGM=IEFBR14   \n");

        Cli.Result result = run("lint", dir.resolve("BAD").toString());

        assertEquals(1, result.status());
        assertEquals("BAD:2:3: name-field: name field 1STEP: a JCL name starts with A-Z, @, # or $\n"
                + "BAD:2:28: trailing-blank: trailing blanks\n", result.out());
        assertEquals("", result.err());
    }

    @Test
    void everyPathIsLintedMembersOfADirectoryInNameOrder() throws IOException {
        Path bad = Files.writeString(dir.resolve("BAD"), "//BAD      JOB (A),'B'\n//STEP1    EXEC PGM=IEFBR14 \n");
        Path numbered = Files.createDirectory(dir.resolve("numbered"));
        Files.writeString(numbered.resolve("SEQ2"), NUMBERED);
        Files.writeString(numbered.resolve("SEQ1"), NUMBERED);

        Cli.Result result = run("lint", bad.toString(), numbered.toString());

        assertEquals(1, result.status());
        assertEquals("""
                BAD:2:28: trailing-blank: trailing blanks
                SEQ1:1:73: columns-73-80: text in columns 73-80 (record is 80 columns long; zdeploy writes at most 72)
                SEQ1:2:73: columns-73-80: text in columns 73-80 (record is 80 columns long; zdeploy writes at most 72)
                SEQ2:1:73: columns-73-80: text in columns 73-80 (record is 80 columns long; zdeploy writes at most 72)
                SEQ2:2:73: columns-73-80: text in columns 73-80 (record is 80 columns long; zdeploy writes at most 72)
                """, result.out());
    }

    @Test
    void zosModeAllowsSequenceNumbers() throws IOException {
        Path member = Files.writeString(dir.resolve("SEQ"), NUMBERED);

        assertEquals(1, run("lint", member.toString()).status());
        assertEquals("", run("lint", "--zos", member.toString()).assertOk().out());
    }

    @Test
    void theCorpusPassesInZosModeExceptPlaceholdersAndTwoBrokenIfEndifPairs() {
        Cli.Result result = run("lint", "--zos", Cli.PROJECT.resolve("src/test/resources/corpus/zowe").toString());

        assertEquals(1, result.status());
        assertTrue(result.out().lines().allMatch(line -> line.contains(": placeholder: ")
                || line.startsWith("ZWEIKRA2:119:1: if-endif") || line.startsWith("ZWEIKRT3:12")), result.out());
    }

    @Test
    void aMissingPathExitsTwo() {
        Path missing = dir.resolve("NOPE");

        Cli.Result result = run("lint", missing.toString()).assertUserError(2);

        assertEquals(missing + ": the file does not exist\n", result.err());
        assertEquals("", result.out());
    }

    @Test
    void noPathIsAUsageError() {
        Cli.Result result = run("lint").assertUserError(2);

        assertEquals("zdeploy: Missing required parameter: 'PATH'\nTry 'zdeploy lint --help' for more information.\n",
                result.err());
    }
}
