package dev.zdeploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zdeploy.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * simulate models at most 100,000 data sets: one more is refused as bad input (exit 2) naming the
 * descriptor, its data sets and the limit, once the descriptor is read and before the plan; not after
 * minutes, out of memory. About 6 seconds (100,001 data sets read), so long.
 */
@org.junit.jupiter.api.Tag("long")
class SimulateSizeLimitTest {

    @TempDir
    Path dir;

    @Test
    void aDeploymentLargerThanSimulateModelsIsExit2NamingDescriptorCountAndLimit() throws IOException {
        SyntheticJson json = new SyntheticJson(100_001);
        Path descriptor = Files.writeString(dir.resolve("descriptor.json"), json.descriptor);
        Path request = Files.writeString(dir.resolve("request.json"), json.request);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Main.execute(new String[] {"simulate", "--descriptor", descriptor.toString(), "--request",
                request.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, status, err::toString);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals(descriptor + ": the descriptor lists 100,001 data sets; simulate models at most 100,000 (the model"
                + " of the driving system grows with them: README, \"Limits\"); render, plan and lint take up to"
                + " 1,000,000\n", err.toString(StandardCharsets.UTF_8));
    }
}
