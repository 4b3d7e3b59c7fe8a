package dev.zdeploy.output;

import static dev.zdeploy.output.CrashRecoveryTest.content;
import static dev.zdeploy.output.PdsDirectoryWriterTest.CP;
import static dev.zdeploy.output.PdsDirectoryWriterTest.RA;
import static dev.zdeploy.output.PdsDirectoryWriterTest.RN;
import static dev.zdeploy.output.PdsDirectoryWriterTest.output;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.output.FileWriteHook.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 15 item 6: two runs on one directory exclude each other. The first run is held at a step by
 * its hook while the second one runs, so the overlap is certain, not a matter of timing: exactly one
 * wins, the other is refused with the lock message, and the directory holds entirely the winner's output.
 */
class ConcurrentUpdateTest {

    private static final RenderedOutput FIRST = output("{ \"run\" : 1 }\n", RA, CP);
    private static final RenderedOutput SECOND = output("{ \"run\" : 2 }\n", RN,
            new Member("IZUD02CP", "//IZUD02CP JOB (ACCOUNT),'NAME'\n//* SECOND\n"));

    @TempDir
    Path work;

    @ParameterizedTest(name = "second run while the first is before {0}")
    @EnumSource(value = Step.class, names = {"WRITE_JOURNAL", "MOVE_ASIDE", "MOVE_IN", "DELETE_PREVIOUS"})
    void whileOneRunWritesTheOtherIsRefusedAndTheResultIsEntirelyTheWinners(Step step) throws Exception {
        Path out = work.resolve("jcl");
        new PdsDirectoryWriter().write(out, output("{ \"run\" : 0 }\n", RA), false);
        Map<String, String> expected = content(written(FIRST));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FileWriteHook hold = new FileWriteHook() {
            @Override
            public void beforeWrite(Path file) {}

            @Override
            public void beforeStep(Step reached, Path path) throws IOException {
                if (reached == step && holding.getCount() > 0) {
                    holding.countDown();
                    try {
                        assertTrue(release.await(30, TimeUnit.SECONDS), "released");
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                }
            }
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<WriteReport> first = pool.submit(() -> new PdsDirectoryWriter(hold).write(out, FIRST, true));
            assertTrue(holding.await(30, TimeUnit.SECONDS), "the first run reached " + step);

            DirectoryLockedException refused = assertThrows(DirectoryLockedException.class,
                    () -> new PdsDirectoryWriter().write(out, SECOND, true));

            release.countDown();
            first.get(30, TimeUnit.SECONDS);
            assertTrue(refused.getMessage().matches("output directory " + java.util.regex.Pattern.quote(out.toString())
                    + " is being written by another zdeploy run \\(pid " + ProcessHandle.current().pid()
                    + ", since [0-9T:-]+Z\\); try again when it has finished\\. The lock is released when that run"
                    + " ends, even if it is killed"), refused.getMessage());
        } finally {
            release.countDown();
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertEquals(expected, content(out));
        assertEquals(List.of("jcl", "reference"), PdsDirectoryWriterTest.topLevel(work));
        new PdsDirectoryWriter().write(out, SECOND, true);
        assertEquals(content(written(SECOND, "reference-second")), content(out), "the lock was released");
    }

    @Test
    void aFreshWriteExcludesAnotherFreshWrite() throws Exception {
        Path out = work.resolve("jcl");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<WriteReport> first = pool.submit(() -> new PdsDirectoryWriter(file -> {
                holding.countDown();
                try {
                    assertTrue(release.await(30, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }).write(out, FIRST, false));
            assertTrue(holding.await(30, TimeUnit.SECONDS));

            assertThrows(DirectoryLockedException.class, () -> new PdsDirectoryWriter().write(out, SECOND, false));

            release.countDown();
            first.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertEquals(content(written(FIRST)), content(out));
    }

    private Path written(RenderedOutput output) throws IOException {
        return written(output, "reference");
    }

    private Path written(RenderedOutput output, String name) throws IOException {
        Path directory = work.resolve(name);
        if (!Files.exists(directory)) {
            new PdsDirectoryWriter().write(directory, output, false);
        }
        return directory;
    }
}
