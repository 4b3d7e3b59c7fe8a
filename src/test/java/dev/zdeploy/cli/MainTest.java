package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.input.InputReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path descriptor;
    private Path request;

    @BeforeEach
    void writeTheBuiltInExample() throws IOException {
        descriptor = Files.writeString(dir.resolve("IZUD00DF.json"), InputReader.exampleText("descriptor.json"));
        request = Files.writeString(dir.resolve("request.json"), InputReader.exampleText("request.json"));
    }

    private int run(String... args) {
        return Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validInputsExitZero() {
        assertEquals(0, run("validate", "--descriptor", descriptor.toString(), "--request", request.toString()));
        assertEquals("valid: 22 data sets, 3 zones, 2 target volumes\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", err());
    }

    @Test
    void problemsArePrintedOnePerLineAndExitTwo() throws IOException {
        Files.writeString(request, InputReader.exampleText("request.json")
                .replace("\"TM2R01\"", "\"TM2R001\"").replace("\"XYZTMP\"", "\"XYZTEMPAL\""));
        assertEquals(2, run("validate", "--descriptor", descriptor.toString(), "--request", request.toString()));
        assertEquals(request + " /targetvolumes/0/volume: a volume serial is 1-6 characters (got \"TM2R001\")\n"
                + request + " /mastercatalog/volume: a volume serial is 1-6 characters (got \"TM2R001\")\n"
                + request + " /mastercatalog/tempcatalias: a temporary catalog alias is 1-8 characters (got \"XYZTEMPAL\")\n",
                err());
    }

    @Test
    void warningsArePrintedAndExitZero() throws IOException {
        Files.writeString(request, InputReader.exampleText("request.json").replace("\"jcldataset\"", "\"jcldsn\""));
        assertEquals(0, run("validate", "--descriptor", descriptor.toString(), "--request", request.toString()));
        assertEquals("warning: " + request + " /jcldsn: unknown field, ignored\n", err());
    }

    @Test
    void aMissingFileIsOneLineWithoutStackTrace() {
        Path inventory = dir.resolve("nope.json");
        assertEquals(2, run("validate", "--descriptor", descriptor.toString(), "--request", request.toString(),
                "--inventory", inventory.toString()));
        assertEquals(inventory + ": the file does not exist\n", err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("validate", "--descriptor", descriptor.toString()));
        assertTrue(err().startsWith("zdeploy: Missing required option: '--request=FILE'\n"), err());
        assertFalse(err().contains("Exception"));
    }

    @Test
    void noCommandShowsUsage() {
        assertEquals(2, run());
        assertTrue(err().contains("validate"), err());
    }
}
