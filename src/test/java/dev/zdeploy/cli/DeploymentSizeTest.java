package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.zdeploy.input.InputReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deployments beyond the supported size (descriptor.DeploymentSize) are refused as bad input before
 * the work they would cost: one line, exit 2, nothing written, at once. A million data sets used to
 * run for four minutes and end in exit 3 ("Negative buffer size").
 */
class DeploymentSizeTest {

    @TempDir
    Path dir;

    @Test
    void aDescriptorBeyondTheSupportedSizeIsRefusedBeforeItIsRead() throws IOException {
        // The size a descriptor of two million data sets has (about 700 bytes each), as a sparse file:
        // nothing of it is read, so its content does not matter.
        Path descriptor = dir.resolve("IZUD00DF.json");
        try (RandomAccessFile file = new RandomAccessFile(descriptor.toFile(), "rw")) {
            file.setLength(1_400_000_000L);
        }
        Path out = dir.resolve("out");

        Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Cli.run("render", "--descriptor", descriptor.toString(), "--request", request().toString(),
                        "--out", out.toString()));

        result.assertUserError(2);
        assertEquals(descriptor + ": the file holds 1,400,000,000 bytes; zdeploy reads descriptors of at most"
                + " 1,073,741,824 bytes (1,000,000 data sets)\n", result.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aDescriptorBeyondWhatSimulateModelsIsRefusedBeforeItIsRead() throws IOException {
        // 200 MB: within render's bound, past simulate's (100,000 data sets); sparse, so never read.
        Path descriptor = dir.resolve("IZUD00DF.json");
        try (RandomAccessFile file = new RandomAccessFile(descriptor.toFile(), "rw")) {
            file.setLength(200_000_000L);
        }

        Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Cli.run("simulate", "--descriptor", descriptor.toString(), "--request", request().toString()));

        result.assertUserError(2);
        assertEquals(descriptor + ": the file holds 200,000,000 bytes; simulate reads descriptors of at most"
                + " 107,374,182 bytes (100,000 data sets: README, \"Limits\"); render, plan and lint read up to"
                + " 1,073,741,824 bytes (1,000,000 data sets)\n", result.err());
    }

    @Test
    void moreDataSetsThanSupportedAreOneProblemNotOnePerEntry() throws IOException {
        String example = InputReader.exampleText(InputReader.EXAMPLE_DESCRIPTOR);
        int from = example.indexOf("\"datasets\": [") + "\"datasets\": [".length();
        int to = example.indexOf("\"smpeproducts\"");
        String entries = "{}," .repeat(1_000_000) + "{}";
        Path descriptor = dir.resolve("IZUD00DF.json");
        Files.writeString(descriptor, example.substring(0, from) + entries + "],\n    " + example.substring(to));

        Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Cli.run("validate", "--descriptor", descriptor.toString(), "--request", request().toString()));

        result.assertUserError(2);
        assertEquals(descriptor + " /izud.pswi.descriptor/datasets: lists 1,000,001 data sets; zdeploy deploys at"
                + " most 1,000,000 in one deployment (split the instance, or deploy its products separately)",
                result.err().lines().filter(line -> line.contains("data sets;")).findFirst().orElse(result.err()));
        assertEquals(1, result.err().lines().filter(line -> line.contains("data sets;")).count(), result.err());
        // The list is also beyond the bound of any list (json.InputLimits), said once; no entry is reported.
        assertEquals(0, result.err().lines().filter(line -> line.contains("/datasets/")).count(), result.err());
    }

    private Path request() throws IOException {
        Path request = dir.resolve("request.json");
        Files.writeString(request, InputReader.exampleText(InputReader.EXAMPLE_REQUEST));
        return request;
    }
}
