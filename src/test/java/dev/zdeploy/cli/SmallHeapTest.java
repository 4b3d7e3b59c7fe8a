package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.bench.SyntheticJson;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real JVM with a heap too small for its deployment (not a simulated OutOfMemoryError): the render
 * ends with exit 3 and the advice, in seconds, with no stack trace and nothing written. Before, a
 * heap too small for 100,000 data sets ended in a stack trace and exit 1 ("lint found problems").
 */
class SmallHeapTest {

    @TempDir
    Path dir;

    @Test
    void aHeapTooSmallForTheDeploymentIsExitThreeWithAdviceAndNothingWritten() throws Exception {
        SyntheticJson json = new SyntheticJson(20_000);
        Path descriptor = Files.writeString(dir.resolve("IZUD00DF.json"), json.descriptor);
        Path request = Files.writeString(dir.resolve("request.json"), json.request);
        Path out = dir.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx32m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "render", "--descriptor", descriptor.toString(), "--request", request.toString(),
                "--out", out.toString());
        File stdout = dir.resolve("stdout").toFile();
        File stderr = dir.resolve("stderr").toFile();

        Process process = new ProcessBuilder(command).redirectOutput(stdout).redirectError(stderr).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the run ends");

        String err = Files.readString(stderr.toPath(), StandardCharsets.UTF_8);
        assertEquals(3, process.exitValue(), err);
        assertTrue(err.startsWith("zdeploy: out of memory ("), err);
        assertTrue(err.contains("ZDEPLOY_JAVA_OPTS=-Xmx4g"), err);
        assertEquals(1, err.lines().count(), "one line, no stack trace: " + err);
        assertEquals("", Files.readString(stdout.toPath(), StandardCharsets.UTF_8));
        assertFalse(Files.exists(out), "nothing written");
    }
}
