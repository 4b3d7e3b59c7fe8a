package dev.zdeploy.cli;

import dev.zdeploy.testing.ExampleFiles;
import static dev.zdeploy.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zdeploy validate}: inputs and the plan made from them, nothing written. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private ExampleFiles example;

    @BeforeEach
    void writeTheBuiltInExample() {
        example = ExampleFiles.write(dir);
    }

    private Cli.Result validate(String... more) {
        return run(Cli.args("validate", example.args(), more));
    }

    @Test
    void validInputsExitZero() {
        List<String> before = Cli.tree(dir);

        assertEquals("valid: 22 data sets, 3 zones, 2 target volumes\n", validate().assertOk().out());
        assertEquals(before, Cli.tree(dir), "nothing is written");
    }

    @Test
    void anInventoryIsCheckedAgainstThePlan() throws IOException {
        Path inventory = Files.writeString(dir.resolve("inventory.json"), """
                {"volumes": [{"volume": "TM2R01", "tracks": 3000}, {"volume": "TM2R02", "devicetype": "3390-3"}]}
                """);

        assertEquals("valid: 22 data sets, 3 zones, 2 target volumes, checked against the inventory\n",
                validate("--inventory", inventory.toString()).assertOk().out());
    }

    @Test
    void problemsOfThePlanAreFound() throws IOException {
        Path inventory = Files.writeString(dir.resolve("inventory.json"), """
                {"volumes": [{"volume": "TM2R01", "tracks": 2000}]}
                """);

        Cli.Result result = validate("--inventory", inventory.toString()).assertUserError(2);

        assertEquals("", result.out());
        assertEquals("plan /zdeploy/volumeusage/0/tracks: target volume TM2R01 would hold 2,445 tracks of data sets,"
                + " more than its capacity of 2,000 tracks (got \"2445\")\n", result.err());
    }

    @Test
    void problemsArePrintedOnePerLineAndExitTwo() throws IOException {
        Path request = example.editRequest(text -> text.replace("\"TM2R01\"", "\"TM2R001\"")
                .replace("\"XYZTMP\"", "\"XYZTEMPAL\"")).request();

        Cli.Result result = validate().assertUserError(2);

        assertEquals(request + " /targetvolumes/0/volume: a volume serial is 1-6 characters (got \"TM2R001\")\n"
                + request + " /mastercatalog/volume: a volume serial is 1-6 characters (got \"TM2R001\")\n"
                + request + " /mastercatalog/tempcatalias: a temporary catalog alias is 1-8 characters (got \"XYZTEMPAL\")\n",
                result.err());
    }

    @Test
    void warningsArePrintedAndExitZero() throws IOException {
        Path request = example.editRequest(text -> text.replace("\"jcldataset\"", "\"jcldsn\"")).request();

        Cli.Result result = validate();

        assertEquals(0, result.status());
        assertEquals("valid: 22 data sets, 3 zones, 2 target volumes\n", result.out());
        assertEquals("warning: " + request + " /jcldsn: unknown field, ignored\n", result.err());
    }

    @Test
    void oneOfEachIsSaidWithoutAPlural() {
        Path scenario = Cli.GOLDEN.resolve("default-job-statement");

        Cli.Result result = run("validate", "--descriptor", scenario.resolve("descriptor.json").toString(),
                "--request", scenario.resolve("request.json").toString()).assertOk();

        assertEquals("valid: 9 data sets, 3 zones, 1 target volume\n", result.out());
    }

    @Test
    void aMissingFileIsOneLineWithoutStackTrace() {
        Path inventory = dir.resolve("nope.json");

        Cli.Result result = validate("--inventory", inventory.toString()).assertUserError(2);

        assertEquals(inventory + ": the file does not exist\n", result.err());
    }

    @Test
    void descriptorAndRequestGoTogether() {
        Cli.Result result = run("validate", "--descriptor", example.descriptor().toString()).assertUserError(2);

        assertTrue(result.err().startsWith("zdeploy: give both --descriptor and --request, or neither for the built-in"
                + " example\n"), result.err());
    }

    @Test
    void withoutInputsTheBuiltInExampleIsChecked() {
        Cli.Result result = run("validate").assertOk();

        assertEquals("valid: 22 data sets, 3 zones, 2 target volumes\n", result.out());
    }

    @Test
    void oneInputMayComeFromStandardInputWithAByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] request = Files.readAllBytes(example.request());
        byte[] withBom = new byte[bom.length + request.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(request, 0, withBom, bom.length, request.length);

        Cli.runWithInput(withBom, "validate", "--descriptor", example.descriptor().toString(), "--request", "-")
                .assertOk();
        Files.write(example.request(), withBom);
        validate().assertOk();

        Cli.Result broken = Cli.runWithInput("{\"name\": 1}".getBytes(StandardCharsets.UTF_8), "validate",
                "--descriptor", example.descriptor().toString(), "--request", "-").assertUserError(2);
        assertTrue(broken.err().startsWith("(standard input) /name: "), broken.err());
        Cli.Result twice = run("validate", "--descriptor", "-", "--request", "-").assertUserError(2);
        assertTrue(twice.err().startsWith("zdeploy: only one input can be read from standard input (-)\n"), twice.err());
    }
}
