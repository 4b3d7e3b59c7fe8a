package dev.zdeploy.output;

import static dev.zdeploy.output.CrashRecoveryTest.content;
import static dev.zdeploy.output.PdsDirectoryWriterTest.CP;
import static dev.zdeploy.output.PdsDirectoryWriterTest.RA;
import static dev.zdeploy.output.PdsDirectoryWriterTest.RN;
import static dev.zdeploy.output.PdsDirectoryWriterTest.output;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9}: a child JVM updating a directory is killed between its two renames (the
 * moment the directory is absent), while this process checks that the child's lock holds across
 * processes. The next run undoes the update and writes its own. Bounded: the child holds at a step
 * (no timing), and every wait has a limit.
 */
class KillDuringUpdateTest {

    static final RenderedOutput OLD = output("{ \"version\" : \"old\" }\n", RA, CP);
    static final RenderedOutput NEW = output("{ \"version\" : \"new\" }\n", RA, RN);

    @TempDir
    Path work;

    @Test
    void aRunKilledBetweenItsRenamesIsUndoneByTheNext() throws Exception {
        Path out = work.resolve("jcl");
        new PdsDirectoryWriter().write(out, OLD, false);
        Map<String, String> oldContent = content(out);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), KilledWriterMain.class.getName(), out.toString(), "MOVE_IN")
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String first = CompletableFuture.supplyAsync(() -> {
                try {
                    return lines.readLine();
                } catch (java.io.IOException e) {
                    return e.toString();
                }
            }).get(60, TimeUnit.SECONDS);
            assertEquals("HOLDING", first);

            DirectoryLockedException locked = assertThrows(DirectoryLockedException.class,
                    () -> new PdsDirectoryWriter().write(out, OLD, true));
            assertTrue(locked.getMessage().contains("(pid " + child.pid() + ", since "), locked.getMessage());
            assertEquals(Map.of(), content(out), "between the renames the directory is absent, never mixed");
        } finally {
            child.destroyForcibly(); // SIGKILL
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(137, child.exitValue(), "killed by signal 9");

        WriteReport next = new PdsDirectoryWriter().write(out, OLD, false);

        assertEquals(List.of("an interrupted update was undone: the previous content is back in place"), next.notes());
        assertTrue(next.nothingChanged(), "the undone update is exactly the previous output");
        assertEquals(oldContent, content(out));
        assertEquals(List.of("jcl"), PdsDirectoryWriterTest.topLevel(work));
    }
}
