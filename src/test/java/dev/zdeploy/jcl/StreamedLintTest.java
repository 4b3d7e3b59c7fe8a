package dev.zdeploy.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.bench.GeneratedMember;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A member is linted as it is read, a record at a time: one far past the bounds lint had before (64 MiB,
 * 1,000,000 records) in a heap smaller than the member, its problems at the end still found; the same
 * findings as for the text in memory (render's lint gate); past the bounds one finding that says which.
 */
class StreamedLintTest {

    /** 1,800,000 IDCAMS commands of 40 bytes: 72 MB (more than 64 MiB) and more than a million records. */
    static final int COMMANDS = 1_800_000;

    static List<String> planted(int commands) {
        return GeneratedMember.planted("BIG", commands);
    }

    /**
     * Linted in a JVM of 32 MB of heap, less than half the member: holding it whole (as lint did, up to
     * 64 MiB) would run out of memory; the problems planted after 1.8 million records are found.
     */
    @Test
    void aMemberPastTheOldBoundsIsLintedInAHeapSmallerThanIt() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx32m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), SmallHeap.class.getName(), Integer.toString(COMMANDS))
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));

        assertEquals(0, child.exitValue(), output);
        assertEquals(String.join("\n", planted(COMMANDS)) + "\n", output);
    }

    /** The child JVM of {@link #aMemberPastTheOldBoundsIsLintedInAHeapSmallerThanIt}. */
    static final class SmallHeap {
        public static void main(String[] args) throws IOException {
            for (String finding : format(new Linter().lint("BIG", new GeneratedMember(Integer.parseInt(args[0])),
                    MemberBounds.LARGEST))) {
                System.out.println(finding);
            }
        }
    }

    @Test
    void aStreamAndATextInMemoryGiveTheSameFindings() throws IOException {
        List<Path> members = new ArrayList<>();
        for (String dir : List.of("src/test/resources/lint/bad", "src/test/resources/lint/bad-zos",
                "src/test/resources/lint/good")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(Files::isRegularFile).sorted().forEach(members::add);
            }
        }
        try (Stream<Path> scenarios = Files.list(Path.of("golden"))) {
            for (Path scenario : scenarios.filter(Files::isDirectory).sorted().toList()) {
                members.addAll(Linter.members(scenario));
            }
        }
        assertTrue(members.size() > 50, "members " + members.size());
        for (Linter.Mode mode : Linter.Mode.values()) {
            Linter linter = new Linter(mode);
            for (Path member : members) {
                byte[] bytes = Files.readAllBytes(member);
                String name = member.getFileName().toString();
                List<LintFinding> fromText = linter.lint(name, new String(bytes, StandardCharsets.ISO_8859_1));
                List<LintFinding> fromStream = linter.lint(name, new ByteArrayInputStream(bytes), MemberBounds.LARGEST);
                // A record past 32,760 bytes is read from a file only as one size finding.
                if (!fromStream.stream().anyMatch(f -> f.rule().equals("size"))) {
                    assertEquals(fromText, fromStream, mode + " " + member);
                }
            }
        }
    }

    @Test
    void pastABoundTheMemberIsOneFindingSayingWhich() throws IOException {
        Linter linter = new Linter();

        assertEquals(List.of("M:3:1: size: the member is larger than 100 bytes; it is not read further"),
                format(linter.lint("M", stream("//*" + " ".repeat(16) + "\n//*" + " ".repeat(16) + "\n"
                        + "x".repeat(70)), new MemberBounds(100, 80))));
        assertEquals(List.of("M:2:1: size: record 2 is longer than 20 bytes (is this a member of JCL?); the member is not"
                + " read further"), format(linter.lint("M", stream("//*\n" + "y".repeat(21) + "\n"),
                new MemberBounds(100, 20))));
        // Within the bounds exactly: linted as it is.
        assertEquals(List.of(), format(linter.lint("M", stream("//A        JOB\n//*\n//S EXEC PGM=X\n"),
                new MemberBounds(37, 14))));
    }

    /** A statement continued without end is not held whole: one size finding at its first record. */
    @Test
    void aStatementContinuedWithoutEndIsOneFinding() throws IOException {
        String member = "//ENDLESS  JOB (1),'X'\n//S1       EXEC PGM=IEFBR14\n//DD1      DD DSN=A.B,\n"
                + "//            UNIT=SYSDA,\n".repeat(100_000);
        String expected = "ENDLESS:3:1: size: the statement begun here has more than 65536 characters of operands (is"
                + " this a member of JCL?); the member is not read further";

        assertEquals(List.of(expected), format(new Linter().lint("ENDLESS", member)));
        assertEquals(List.of(expected), format(new Linter().lint("ENDLESS", stream(member), MemberBounds.LARGEST)));
        assertTrue(new Linter().lint("ENDLESS", member).get(0).stoppedReading());
    }

    @Test
    void aMemberOfMoreFindingsThanListedEndsWithHowManyMore() {
        String member = "//A        JOB\n" + "//*\t\n".repeat(MemberFindings.MAX + 5);

        List<LintFinding> findings = new Linter().lint("M", member);

        assertEquals(MemberFindings.MAX + 1, findings.size());
        assertEquals("M:10001:4: character: tab character: JCL has no tabs, use blanks",
                findings.get(MemberFindings.MAX - 1).format());
        assertEquals("M:10001:4: size: 5 more findings after this one are not listed (at most 10,000 per member)",
                findings.get(MemberFindings.MAX).format());
        assertFalse(findings.get(MemberFindings.MAX).stoppedReading());
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    static List<String> format(List<LintFinding> findings) {
        return findings.stream().map(LintFinding::format).toList();
    }
}
