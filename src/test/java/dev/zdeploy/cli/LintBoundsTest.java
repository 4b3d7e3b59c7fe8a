package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** lint reads within its bounds: a file without end or beyond the bounds is one finding, in bounded memory. */
class LintBoundsTest {

    @TempDir
    Path dir;

    @Test
    @EnabledOnOs(OS.LINUX)
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void devZeroNamedExplicitlyIsOneFindingNotOutOfMemory() {
        Cli.Result result = Cli.run("lint", "/dev/zero");

        assertEquals(1, result.status(), result::toString);
        assertEquals("zero:1:1: size: record 1 is longer than 32760 bytes (is this a member of JCL?); the member is"
                + " not read further\n", result.out());
    }

    /** A million records was lint's bound before render wrote members of up to 8 million (issue 13). */
    @Test
    void aMemberOfMoreThanAMillionRecordsIsLintedToItsEnd() throws IOException {
        Path member = Files.writeString(dir.resolve("HUGE"), "//HUGE     JOB\n" + "//*\n".repeat(1_100_000)
                + "//S1       EXEC PGM=IEFBR14 \n");

        Cli.Result result = Cli.run("lint", member.toString());

        assertEquals(1, result.status(), result::toString);
        assertEquals("HUGE:1100002:28: trailing-blank: trailing blanks\n", result.out());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aDirectoryLintsOnlyItsRegularFiles() throws IOException, InterruptedException {
        Path members = Files.createDirectory(dir.resolve("members"));
        Files.writeString(members.resolve("GOOD"), "//GOOD     JOB (1),'X'\n//S1       EXEC PGM=IEFBR14\n");
        Process mkfifo = new ProcessBuilder("mkfifo", members.resolve("PIPE").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Files.createSymbolicLink(members.resolve("ZERO"), Path.of("/dev/zero"));

        Cli.Result result = Cli.run("lint", members.toString());

        assertEquals(0, result.status(), result::toString);
    }
}
