package dev.zdeploy.output;

import static dev.zdeploy.output.CrashRecoveryTest.content;
import static dev.zdeploy.output.PdsDirectoryWriterTest.CP;
import static dev.zdeploy.output.PdsDirectoryWriterTest.RA;
import static dev.zdeploy.output.PdsDirectoryWriterTest.RN;
import static dev.zdeploy.output.PdsDirectoryWriterTest.topLevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.jcl.JclSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deck written one member at a time: the bytes {@link IebupdteDeck#build} makes from all members at
 * once, the same refusals in the same order, the same all-or-nothing update, and memory that does not
 * grow with the deck.
 */
class IebupdteDeckWriterTest {

    private static final String MANIFEST = "{ \"jcl\" : [ ] }\n";
    private static final Member DOLLARS = new Member("IZUD04UC", "//IZUD04UC JOB\n$$ BEGINS LIKE THE FIRST PAIR\n");
    private static final Member EVERY_NATIONAL_PAIR = new Member("IZUD05VF",
            "$$\n@@\n##\n//IZUD05VF JOB\n");

    @TempDir
    Path work;

    static Stream<Arguments> decks() {
        return Stream.of(
                Arguments.of(List.of(), List.of(RA)),
                Arguments.of(List.of(), List.of(RA, CP, RN)),
                // the delimiter is decided by the last member: the header is written after it
                Arguments.of(List.of(), List.of(RA, CP, DOLLARS)),
                Arguments.of(List.of("//DEPLOYJ  JOB (ACCT#1,'DEPT 42'),'SYS PROG',CLASS=A,", "//             NOTIFY=&SYSUID"),
                        List.of(EVERY_NATIONAL_PAIR, RA)),
                Arguments.of(List.of(), generated(3, 2_000)));
    }

    @ParameterizedTest
    @MethodSource("decks")
    void theDeckIsTheOneBuiltFromAllMembersAtOnce(List<String> cards, List<Member> members) throws IOException {
        Path out = work.resolve("deck");

        WriteReport report = write(out, cards, members, false);

        assertEquals(IebupdteDeck.build(cards, "DEPLOY.JCL", members), Files.readString(out.resolve("IZUDLOAD")));
        assertEquals(MANIFEST, Files.readString(out.resolve(".zdeploy/manifest.json")));
        assertEquals(List.of(".zdeploy", "IZUDLOAD"), topLevel(out));
        assertEquals(List.of("deck"), topLevel(work), "no staging directory left beside the target");
        assertEquals(new WriteReport(out, List.of("IZUDLOAD"), List.of(), List.of(), true), report);
        OwnershipRecord record = OwnershipRecord.parse(Files.readAllBytes(out.resolve(OwnershipRecord.PATH)),
                new StringBuilder()).orElseThrow();
        Path deck = out.resolve("IZUDLOAD");
        assertEquals(new OwnershipRecord.Written(Files.size(deck), OwnershipRecord.sha256(deck)),
                record.files().get("IZUDLOAD"));
        assertEquals(List.of(".zdeploy/manifest.json", "IZUDLOAD"), List.copyOf(record.files().keySet()));
    }

    @Test
    void theSameDeckAgainChangesNothingAndAnotherReplacesIt() throws IOException {
        Path out = work.resolve("deck");
        write(out, List.of(), List.of(RA, CP), false);
        Map<String, String> first = content(out);

        assertTrue(write(out, List.of(), List.of(RA, CP), false).nothingChanged());
        assertEquals(first, content(out));
        assertThrows(OutputDirectoryNotEmptyException.class, () -> write(out, List.of(), List.of(RA, RN), false));
        assertEquals(first, content(out));

        WriteReport forced = write(out, List.of(), List.of(RA, RN), true);

        assertEquals(List.of("IZUDLOAD"), forced.written());
        assertEquals(IebupdteDeck.build(List.of(), "DEPLOY.JCL", List.of(RA, RN)), Files.readString(out.resolve("IZUDLOAD")));
    }

    @Test
    void aMemberTheDeckCannotCarryLeavesTheDirectoryAsItWas() throws IOException {
        Path out = work.resolve("deck");
        write(out, List.of(), List.of(RA), false);
        Map<String, String> before = content(out);
        Member control = new Member("IZUD02CP", "//IZUD02CP JOB\n./ ADD NAME=X\n");

        JclSyntaxException e = assertThrows(JclSyntaxException.class,
                () -> write(out, List.of(), List.of(RA, control, RN), true));

        JclSyntaxException inMemory = assertThrows(JclSyntaxException.class,
                () -> IebupdteDeck.build(List.of(), "DEPLOY.JCL", List.of(RA, control, RN)));
        assertEquals(inMemory.getMessage(), e.getMessage());
        assertTrue(e.getMessage().startsWith("member IZUD02CP line 2 starts with ./"), e.getMessage());
        assertEquals(before, content(out));
        assertEquals(List.of("deck"), topLevel(work));
    }

    @Test
    void aFailureOfALaterMemberIsReportedBeforeTheDeckProblemOfAnEarlierOne() throws IOException {
        // As when every member was rendered before the deck was built: a template failing after a member
        // the deck cannot carry is what the run reports.
        Path out = work.resolve("deck");
        IllegalStateException later = new IllegalStateException("a later template failed");
        Member wide = new Member("IZUD01RA", "//" + "X".repeat(71) + "\n");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new IebupdteDeckWriter().write(out,
                List.of(), "DEPLOY.JCL", sink -> {
                    sink.add(wide);
                    throw later;
                }, writer -> writer.write(MANIFEST), false));

        assertSame(later, e);
        assertFalse(Files.exists(out));
        assertEquals(List.of(), topLevel(work));
    }

    @Test
    void problemsComeInTheOrderOfTheDeckBuiltAtOnce() throws IOException {
        Path out = work.resolve("deck");
        Member wide = new Member("IZUD02CP", "//" + "X".repeat(71) + "\n");

        JclSyntaxException dsn = assertThrows(JclSyntaxException.class, () -> new IebupdteDeckWriter().write(out,
                List.of(), "deploy.jcl", sink -> sink.add(wide), writer -> writer.write(MANIFEST), false));
        assertTrue(dsn.getMessage().startsWith("the JCL data set: "), dsn.getMessage());

        JclSyntaxException member = assertThrows(JclSyntaxException.class,
                () -> write(out, List.of(), List.of(RA, wide, RA), false));
        assertEquals("member IZUD02CP line 1 is at most 72 columns (got 73)", member.getMessage());

        JclSyntaxException twice = assertThrows(JclSyntaxException.class, () -> write(out, List.of(), List.of(RA, RA), false));
        assertEquals("member IZUD01RA appears twice in the deck", twice.getMessage());

        JclSyntaxException none = assertThrows(JclSyntaxException.class, () -> write(out, List.of(), List.of(), false));
        assertEquals("an IEBUPDTE deck loads at least one member", none.getMessage());

        JclSyntaxException card = assertThrows(JclSyntaxException.class,
                () -> write(out, List.of("//TOOLONGJOB JOB 1"), List.of(RA), false));
        assertEquals("job statement card 1: a job name is 1-8 characters (got \"TOOLONGJOB\")", card.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aRunKilledWhileTheDeckIsStagedLeavesTheOldDeckAndTheNextRunCleansUp() throws IOException {
        Path out = work.resolve("deck");
        write(out, List.of(), List.of(RA), false);
        Map<String, String> before = content(out);
        AtomicInteger files = new AtomicInteger();

        // The second file created is the deck itself, after the work file holding the members.
        assertThrows(FileWriteHook.Halt.class, () -> new IebupdteDeckWriter(file -> {
            if (files.incrementAndGet() == 2) {
                throw new FileWriteHook.Halt(file.getFileName().toString());
            }
        }).write(out, List.of(), "DEPLOY.JCL", sink -> sink.add(CP), writer -> writer.write(MANIFEST), true));

        assertEquals(before, content(out));
        assertTrue(topLevel(work).size() > 1, "the crash left its staging directory: " + topLevel(work));
        WriteReport next = write(out, List.of(), List.of(CP), true);
        assertEquals(List.of("an interrupted update was undone"), next.notes());
        assertEquals(IebupdteDeck.build(List.of(), "DEPLOY.JCL", List.of(CP)), Files.readString(out.resolve("IZUDLOAD")));
        assertEquals(List.of("deck"), topLevel(work));
        assertEquals(List.of(".zdeploy", "IZUDLOAD"), topLevel(out));
    }

    /** Members of this size, 60 of them: a deck of about 117 MB, three times the child's heap. */
    private static final int RECORDS = 50_000;
    private static final int MEMBERS = 60;

    /**
     * Written by a JVM of 32 MB of heap: a deck of about 117 MB, so neither the deck nor its members can be
     * held together (building it as one string needs twice the deck); one member of 2 MB at a time can.
     */
    @Test
    void aDeckSeveralTimesLargerThanTheHeapIsWrittenOneMemberAtATime() throws IOException, InterruptedException {
        Path out = work.resolve("deck");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx32m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), SmallHeap.class.getName(), out.toString(),
                Integer.toString(MEMBERS), Integer.toString(RECORDS))
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));

        assertEquals(0, child.exitValue(), output);
        Path deck = out.resolve("IZUDLOAD");
        Member first = generated(0, MEMBERS, RECORDS);
        Member last = generated(MEMBERS - 1, MEMBERS, RECORDS);
        String header = header(MEMBERS, "@@");
        String tail = "//* LAST RECORD OF THE LAST MEMBER\n$$ END\n./ ENDUP\n@@\n";
        long size = header.length() + (MEMBERS - 1L) * (DeckAssembly.addStatement(first).length() + first.text().length())
                + DeckAssembly.addStatement(last).length() + last.text().length() + "./ ENDUP\n@@\n".length();
        assertEquals(size, Files.size(deck));
        assertTrue(size > 3L * 32 * 1024 * 1024, "the deck is more than three times the heap: " + size);
        try (InputStream in = Files.newInputStream(deck)) {
            String start = header + DeckAssembly.addStatement(first) + first.text();
            assertEquals(start, new String(in.readNBytes(start.length()), StandardCharsets.US_ASCII));
            in.skipNBytes(size - start.length() - tail.length());
            assertEquals(tail, new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }
        assertEquals(List.of(".zdeploy", "IZUDLOAD"), topLevel(out));
        assertEquals(List.of("deck"), topLevel(work));
    }

    /** The child JVM of {@link #aDeckSeveralTimesLargerThanTheHeapIsWrittenOneMemberAtATime}. */
    static final class SmallHeap {
        public static void main(String[] args) throws IOException {
            int members = Integer.parseInt(args[1]);
            int records = Integer.parseInt(args[2]);
            new IebupdteDeckWriter().write(Path.of(args[0]), List.of(), "DEPLOY.JCL", sink -> {
                for (int i = 0; i < members; i++) {
                    sink.add(generated(i, members, records));
                }
            }, writer -> writer.write(MANIFEST), false);
        }
    }

    private static String header(int members, String delimiter) {
        return "//IZUDLOAD JOB (ACCOUNT),'NAME'\n"
                + "//* zdeploy: load " + members + " members into the PDS on SYSUT2 with IEBUPDTE.\n"
                + "//* PARM=NEW replaces members of the same name, so a rerun is safe.\n"
                + "//LOAD     EXEC PGM=IEBUPDTE,PARM=NEW\n"
                + "//SYSPRINT DD SYSOUT=*\n"
                + "//SYSUT2   DD DSN=DEPLOY.JCL,DISP=OLD\n"
                + "//SYSIN    DD DATA,DLM=" + delimiter + "\n";
    }

    private static List<Member> generated(int members, int records) {
        List<Member> all = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            all.add(generated(i, members, records));
        }
        return all;
    }

    /**
     * Member {@code index} of {@code members}: a job with {@code records} IDCAMS commands of 40 bytes; the
     * last member's last record begins with {@code $$}, so the deck's delimiter is {@code @@}, decided only
     * after the last member.
     */
    private static Member generated(int index, int members, int records) {
        String name = String.format("M%07d", index);
        StringBuilder text = new StringBuilder(records * 40 + 200);
        text.append("//").append(name).append(" JOB (ACCOUNT),'NAME'\n//DELETE   EXEC PGM=IDCAMS\n//SYSIN    DD *\n");
        char[] command = "  DELETE SYN.L0000000.SABCLOAD NONVSAM\n".toCharArray();
        for (int i = 0; i < records; i++) {
            for (int digit = 0, rest = i; digit < 7; digit++, rest /= 10) {
                command[20 - digit] = (char) ('0' + rest % 10);
            }
            text.append(command);
        }
        text.append("/*\n");
        if (index == members - 1) {
            text.append("//* LAST RECORD OF THE LAST MEMBER\n$$ END\n");
        }
        return new Member(name, text.toString());
    }

    private static WriteReport write(Path out, List<String> cards, List<Member> members, boolean force)
            throws IOException {
        return new IebupdteDeckWriter().write(out, cards, "DEPLOY.JCL", sink -> {
            for (Member member : members) {
                sink.add(member);
            }
        }, writer -> writer.write(MANIFEST), force);
    }
}
