package dev.zdeploy.cli;

import static dev.zdeploy.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zdeploy lint}: one line per problem, exit 1 when there is any. */
class LintCommandTest {

    /** An 80-column member with sequence numbers in 73-80: what z/OS accepts and zdeploy never writes. */
    private static final String NUMBERED = String.format("%-72s00000100\n%-72s00000200\n",
            "//SEQJOB   JOB (ACCT),NAME", "//STEP1    EXEC PGM=IEFBR14");

    @TempDir
    Path dir;

    @Test
    void renderedMembersAreClean() {
        Path out = dir.resolve("out");
        run("render", "--quiet", "--out", out.toString()).assertOk();

        assertEquals("5 members, 0 problems\n", run("lint", out.toString()).assertOk().out());
        assertEquals("1 member, 0 problems\n", run("lint", out.resolve("IZUD02CP").toString()).assertOk().out());
    }

    @Test
    void problemsArePrintedOnePerLineWithMemberLineColumnAndRuleAndExitOne() throws IOException {
        Path member = Files.writeString(dir.resolve("MEMBER1"), "//BADJOB   JOB (ACCT),NAME\n//STEP1    EXEC PGM=IEFBR14 \n");
        Files.writeString(dir.resolve("SEQ"), NUMBERED);

        Cli.Result one = run("lint", member.toString());
        Cli.Result both = run("lint", dir.toString());

        assertEquals(1, one.status());
        assertEquals("MEMBER1:2:28: trailing-blank: trailing blanks\n1 member, 1 problem\n", one.out());
        assertEquals("", one.err());
        assertEquals(1, both.status());
        assertEquals("""
                MEMBER1:2:28: trailing-blank: trailing blanks
                SEQ:1:73: columns-73-80: text in columns 73-80 (record is 80 columns long; zdeploy writes at most 72)
                SEQ:2:73: columns-73-80: text in columns 73-80 (record is 80 columns long; zdeploy writes at most 72)
                2 members, 3 problems
                """, both.out());
    }

    @Test
    void zosChecksOnlyWhatZosRequires() throws IOException {
        Path member = Files.writeString(dir.resolve("SEQ"), NUMBERED);

        assertEquals("1 member, 0 problems\n", run("lint", "--zos", member.toString()).assertOk().out());
    }

    @Test
    void aMissingPathIsAUsageError() {
        Path missing = dir.resolve("NOPE");

        Cli.Result result = run("lint", missing.toString()).assertUserError(2);

        assertEquals("zdeploy: no such file or directory: " + missing + "\nTry 'zdeploy lint --help' for more information.\n",
                result.err());
    }

    @Test
    void aPathIsRequired() {
        Cli.Result result = run("lint").assertUserError(2);

        assertEquals("zdeploy: Missing required parameter: 'PATH'\nTry 'zdeploy lint --help' for more information.\n",
                result.err());
    }
}
