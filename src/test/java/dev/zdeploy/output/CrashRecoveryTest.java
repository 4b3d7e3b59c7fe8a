package dev.zdeploy.output;

import static dev.zdeploy.output.PdsDirectoryWriterTest.CP;
import static dev.zdeploy.output.PdsDirectoryWriterTest.RA;
import static dev.zdeploy.output.PdsDirectoryWriterTest.RN;
import static dev.zdeploy.output.PdsDirectoryWriterTest.output;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.zdeploy.output.FileWriteHook.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15 item 6: a run killed at any step leaves the directory whole (the old content or the new,
 * never a mix, at worst absent for the instant between the two renames) and the next run puts right
 * what it left. The crash is injected at each step through the hook ({@link FileWriteHook.Halt}: the
 * run stops there, nothing is cleaned up, only the lock is released as the OS would), not by timing a
 * kill.
 */
class CrashRecoveryTest {

    private static final Member UC = new Member("IZUD04UC", "//IZUD04UC JOB (ACCOUNT),'NAME'\n");
    private static final RenderedOutput OLD = output("{ \"version\" : \"old\" }\n", RA, CP, RN);
    private static final RenderedOutput NEW = output("{ \"version\" : \"new\" }\n", RA,
            new Member("IZUD02CP", "//IZUD02CP JOB (ACCOUNT),'NAME'\n//* NEW\n"), UC);

    @TempDir
    Path work;

    private Path out;
    private Map<String, String> oldContent;
    private Map<String, String> newContent;

    @BeforeEach
    void referenceContents() throws IOException {
        oldContent = content(written(OLD, "reference-old"));
        newContent = content(written(NEW, "reference-new"));
        out = Files.createDirectory(work.resolve("run")).resolve("jcl");
    }

    /** Each step of an update, with which of its occurrences (the journal is written twice) to crash at. */
    static Stream<Arguments> updateSteps() {
        return Stream.of(Arguments.of(Step.WRITE_JOURNAL, 1, "old"), Arguments.of(Step.WRITE_JOURNAL, 2, "old"),
                Arguments.of(Step.MOVE_ASIDE, 1, "old"), Arguments.of(Step.MOVE_IN, 1, "none"),
                Arguments.of(Step.DELETE_PREVIOUS, 1, "new"), Arguments.of(Step.DELETE_JOURNAL, 1, "new"));
    }

    @ParameterizedTest(name = "crash before {0} #{1}")
    @MethodSource("updateSteps")
    void anUpdateKilledAtAnyStepLeavesOneWholeVersionAndTheNextRunFinishes(Step step, int occurrence, String seen)
            throws IOException {
        new PdsDirectoryWriter().write(out, OLD, false);

        assertThrows(FileWriteHook.Halt.class, () -> new PdsDirectoryWriter(haltAt(step, occurrence)).write(out, NEW, true));

        assertEquals(switch (seen) {
            case "old" -> oldContent;
            case "new" -> newContent;
            default -> Map.of();
        }, content(out), "what a reader sees after the crash");
        if (step != Step.WRITE_JOURNAL || occurrence != 1) {
            assertTrue(besideTarget().size() > 1, "the crash left something beside the directory: " + besideTarget());
        }

        WriteReport next = new PdsDirectoryWriter().write(out, NEW, true);

        assertEquals(newContent, content(out));
        assertEquals(List.of("jcl"), besideTarget(), "the next run cleaned up every leftover");
        assertEquals(step == Step.DELETE_JOURNAL || step == Step.WRITE_JOURNAL && occurrence == 1 ? 0 : 1,
                next.notes().size(), next.notes().toString());
    }

    @ParameterizedTest(name = "crash before {0} #{1}")
    @MethodSource("updateSteps")
    void anUndoneUpdateIsExactlyTheOldVersion(Step step, int occurrence, String seen) throws IOException {
        new PdsDirectoryWriter().write(out, OLD, false);
        assertThrows(FileWriteHook.Halt.class, () -> new PdsDirectoryWriter(haltAt(step, occurrence)).write(out, NEW, true));

        // The next run writes the old output again without force: accepted only if the directory is exactly it.
        if (seen.equals("new")) {
            assertThrows(OutputDirectoryNotEmptyException.class, () -> new PdsDirectoryWriter().write(out, OLD, false));
        } else {
            assertTrue(new PdsDirectoryWriter().write(out, OLD, false).nothingChanged());
        }
        assertEquals(seen.equals("new") ? newContent : oldContent, content(out));
        assertEquals(List.of("jcl"), besideTarget());
    }

    @Test
    void anUpdateKilledWhileStagingAFileLeavesTheOldVersion() throws IOException {
        new PdsDirectoryWriter().write(out, OLD, false);
        AtomicInteger writes = new AtomicInteger();

        assertThrows(FileWriteHook.Halt.class, () -> new PdsDirectoryWriter(file -> {
            if (writes.incrementAndGet() == 2) {
                throw new FileWriteHook.Halt("the second file");
            }
        }).write(out, NEW, true));

        assertEquals(oldContent, content(out));
        WriteReport next = new PdsDirectoryWriter().write(out, NEW, true);
        assertEquals(List.of("an interrupted update was undone"), next.notes());
        assertEquals(newContent, content(out));
        assertEquals(List.of("jcl"), besideTarget());
    }

    @ParameterizedTest(name = "crash before {0}")
    @MethodSource("freshSteps")
    void aFreshWriteKilledAtAnyStepLeavesNothingOrAllAndTheNextRunFinishes(Step step, String seen) throws IOException {
        assertThrows(FileWriteHook.Halt.class, () -> new PdsDirectoryWriter(haltAt(step, 1)).write(out, NEW, false));

        assertEquals(seen.equals("new") ? newContent : Map.of(), content(out));

        new PdsDirectoryWriter().write(out, NEW, false);

        assertEquals(newContent, content(out));
        assertEquals(List.of("jcl"), besideTarget());
    }

    static Stream<Arguments> freshSteps() {
        return Stream.of(Arguments.of(Step.WRITE_JOURNAL, "none"), Arguments.of(Step.PUBLISH, "none"),
                Arguments.of(Step.DELETE_JOURNAL, "new"));
    }

    @Test
    void aFileTheUserAddsWhileTheUpdateRunsIsNotDeletedWithThePreviousContent() throws IOException {
        new PdsDirectoryWriter().write(out, OLD, false);
        FileWriteHook addsMine = onStep(step -> {
            if (step == Step.MOVE_ASIDE) {
                Files.writeString(out.resolve("MYJOB"), "//MYJOB JOB\n"); // after the check, before the exchange
            }
        });

        WriteReport report = new PdsDirectoryWriter(addsMine).write(out, NEW, true);

        assertEquals(newContent, content(out));
        List<String> beside = besideTarget();
        assertEquals(2, beside.size(), beside.toString());
        Path previous = out.resolveSibling(beside.get(0));
        assertEquals("//MYJOB JOB\n", Files.readString(previous.resolve("MYJOB")));
        assertEquals(List.of("left alone: " + previous.getFileName() + " beside it, the previous content, holds files"
                + " zdeploy did not write (MYJOB (not written by zdeploy: .zdeploy/files.json does not list it)); move"
                + " them out and delete it"), report.notes());
    }

    @Test
    void aFileTheUserAddsBeforeAKilledUpdateIsNotDeletedByTheNextRun() throws IOException {
        new PdsDirectoryWriter().write(out, OLD, false);
        FileWriteHook addsMineThenDies = onStep(step -> {
            if (step == Step.MOVE_ASIDE) {
                Files.writeString(out.resolve("MYJOB"), "//MYJOB JOB\n");
            }
            if (step == Step.DELETE_PREVIOUS) {
                throw new FileWriteHook.Halt(step.toString());
            }
        });
        assertThrows(FileWriteHook.Halt.class, () -> new PdsDirectoryWriter(addsMineThenDies).write(out, NEW, true));

        WriteReport next = new PdsDirectoryWriter().write(out, NEW, true);

        assertEquals(1, next.notes().size(), next.notes().toString());
        assertTrue(next.notes().get(0).contains("holds files zdeploy did not write (MYJOB"), next.notes().toString());
        assertEquals(newContent, content(out));
        assertEquals(2, besideTarget().size(), "the previous content, with the user's file, is kept");
    }

    @Test
    void aStagingDirectoryThatCannotBeDeletedStaysJournaledForTheNextRun() throws IOException, InterruptedException {
        new PdsDirectoryWriter().write(out, OLD, false);
        List<Path> staged = new java.util.ArrayList<>();
        AtomicInteger writes = new AtomicInteger();
        FileWriteHook pinsTheFirstFileThenFails = file -> {
            if (writes.incrementAndGet() == 2) {
                // The staged member can no longer be deleted (immutable, as root can make it), then the disk fills.
                staged.add(file.resolveSibling("IZUD01RA"));
                if (!chattr("+i", staged.get(0))) {
                    staged.clear();
                }
                throw new IOException("disk full (injected)");
            }
        };
        try {
            assertThrows(IOException.class, () -> new PdsDirectoryWriter(pinsTheFirstFileThenFails).write(out, NEW, true));
            org.junit.jupiter.api.Assumptions.assumeFalse(staged.isEmpty(), "chattr +i needs root on a file system with attributes");
            assertTrue(Files.exists(out.resolveSibling(".jcl.zdeploy-journal")), "the journal names what is left");
        } finally {
            for (Path file : staged) {
                chattr("-i", file);
            }
        }

        WriteReport next = new PdsDirectoryWriter().write(out, NEW, true);

        assertEquals(List.of("an interrupted update was undone"), next.notes());
        assertEquals(newContent, content(out));
        assertEquals(List.of("jcl"), besideTarget());
    }

    private static boolean chattr(String change, Path file) {
        try {
            Process chattr = new ProcessBuilder("chattr", change, file.toString()).redirectErrorStream(true).start();
            chattr.getInputStream().readAllBytes();
            return chattr.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && chattr.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aJournalZdeployDidNotWriteIsNotActedOn() throws IOException {
        new PdsDirectoryWriter().write(out, OLD, false);
        Path journal = Files.writeString(out.resolveSibling(".jcl.zdeploy-journal"),
                "zdeploy journal 1\nstate exchange\nstaging ../../etc\nprevious .jcl.zdeploy-old-1\n");
        Map<String, String> before = DirectorySnapshot.of(work);

        IOException e = assertThrows(IOException.class, () -> new PdsDirectoryWriter().write(out, NEW, true));

        assertEquals("cannot write output directory " + out + ": .jcl.zdeploy-journal beside it is not a journal"
                + " zdeploy wrote, so nothing is done; look at it and delete it, then run again", e.getMessage());
        assertEquals(before, DirectorySnapshot.of(work));
        Files.delete(journal);
    }

    @Test
    void aScratchDirectoryNoJournalNamesIsReportedAndLeftAlone() throws IOException {
        new PdsDirectoryWriter().write(out, OLD, false);
        Path older = Files.createDirectory(out.resolveSibling(".jcl.zdeploy-tmp-3k2j9x"));
        Files.writeString(older.resolve("IZUD01RA"), "half");

        WriteReport report = new PdsDirectoryWriter().write(out, NEW, true);

        assertEquals(List.of("left alone: .jcl.zdeploy-tmp-3k2j9x beside it, which no zdeploy journal names (an older"
                + " zdeploy's leftover?); delete it if it is not yours"), report.notes());
        assertEquals("half", Files.readString(older.resolve("IZUD01RA")));
    }

    @Test
    void aStaleLockFileOfAKilledRunIsTakenOver() throws IOException {
        new PdsDirectoryWriter().write(out, OLD, false);
        Files.writeString(out.resolveSibling(".jcl.zdeploy-lock"), "pid 1, since 2001-01-01T00:00:00Z, run x\n");

        new PdsDirectoryWriter().write(out, NEW, true);

        assertEquals(newContent, content(out));
        assertEquals(List.of("jcl"), besideTarget());
    }

    @Test
    void aLockFileThatIsALinkIsNotFollowed() throws IOException {
        Path elsewhere = Files.writeString(work.resolve("precious"), "mine\n");
        Files.createSymbolicLink(out.resolveSibling(".jcl.zdeploy-lock"), elsewhere);

        IOException e = assertThrows(IOException.class, () -> new PdsDirectoryWriter().write(out, NEW, false));

        assertTrue(e.getMessage().startsWith("cannot write output directory " + out + ": cannot create the lock file"
                + " beside it in " + out.getParent() + " ("), e.getMessage());
        assertEquals("mine\n", Files.readString(elsewhere));
        assertTrue(Files.notExists(out));
    }

    /** Halts the run the {@code occurrence}-th time it reaches {@code step}. */
    private static FileWriteHook haltAt(Step step, int occurrence) {
        AtomicInteger seen = new AtomicInteger();
        return onStep(reached -> {
            if (reached == step && seen.incrementAndGet() == occurrence) {
                throw new FileWriteHook.Halt(step + " #" + occurrence);
            }
        });
    }

    /** What a test does at each step of an update. */
    @FunctionalInterface
    interface StepAction {
        void at(Step step) throws IOException;
    }

    /** A hook acting at the steps only, not at each file written. */
    static FileWriteHook onStep(StepAction action) {
        return new FileWriteHook() {
            @Override
            public void beforeWrite(Path file) {}

            @Override
            public void beforeStep(Step step, Path path) throws IOException {
                action.at(step);
            }
        };
    }

    private Path written(RenderedOutput output, String name) throws IOException {
        Path directory = work.resolve(name);
        new PdsDirectoryWriter().write(directory, output, false);
        return directory;
    }

    /** Every file below {@code directory} with its text; empty when the directory does not exist. */
    static Map<String, String> content(Path directory) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                try {
                    files.put(directory.relativize(file).toString(), Files.readString(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            fail(e);
        }
        return files;
    }

    private List<String> besideTarget() throws IOException {
        return PdsDirectoryWriterTest.topLevel(out.getParent());
    }
}
