package dev.zdeploy.cli;

import dev.zdeploy.testing.ExampleFiles;
import static dev.zdeploy.cli.Cli.args;
import static dev.zdeploy.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zdeploy plan} and {@code plan --json}. */
class PlanCommandTest {

    @TempDir
    Path dir;

    @Test
    void thePlanOfTheBuiltInExampleForAPerson() {
        Cli.Result result = run("plan").assertOk();

        assertTrue(result.out().startsWith("""
                Deployment plan xyztm21Deploy
                  source:          swi XYZTM21 (system SYSA), descriptor version 7
                  target instance: XYZTM21_1
                """), result.out());
        assertTrue(result.out().contains("\nVolume map\n  XYZ001 -> TM2R01\n  XYZ002 -> TM2R02\n"), result.out());
        assertTrue(result.out().contains("\nTarget volume TM2R01: 11 data sets, 2,445 of 150,255 tracks (1%)"),
                result.out());
        assertTrue(result.out().contains("\nChecks not made\n"), result.out());
        assertTrue(result.out().endsWith(Cli.EXAMPLE_JOBS), result.out());
    }

    @Test
    void thePlanJsonIsShapedLikeZosmfsResponseAndIsTheManifestRenderWrites() throws IOException {
        Cli.Result result = run("plan", "--json").assertOk();

        JsonNode plan = new ObjectMapper().readTree(result.out());
        assertEquals("XYZTM21_1", plan.get("tgtswiname").asText());
        assertEquals("SYSPROG.XYZTM21.DEPLOY.CNTL(IZUD01RA)", plan.get("jcl").get(0).asText());
        assertEquals(22, plan.get("tgtswidatasets").size());
        assertEquals("XYZTM.GLOBAL.CSI", plan.get("tgtswidatasets").get(0).get("dsname").asText());
        Path out = dir.resolve("out");
        run("render", "--quiet", "--out", out.toString()).assertOk();
        assertEquals(Files.readString(out.resolve(".zdeploy/manifest.json")), result.out());
    }

    @Test
    void inputWarningsArePartOfThePlanWhicheverCommandMadeIt() throws IOException {
        ExampleFiles example = ExampleFiles.write(dir, text -> text, text -> text.replace("\"description\"", "\"remark\""));
        String warning = "warning: " + example.request() + " /remark: unknown field, ignored";

        Cli.Result report = run(args(new String[] {"plan"}, example.args())).assertOk();
        assertTrue(report.out().contains("Warnings (1)\n  " + warning + "\n"), report.out());

        Cli.Result json = run(args(new String[] {"plan", "--json"}, example.args()));
        assertEquals(0, json.status());
        assertEquals(warning + "\n", json.err(), "for a person running it, on standard error too");
        assertTrue(json.out().contains("\"warnings\": [\n      {\n        \"source\": \"" + example.request() + "\",\n"
                + "        \"pointer\": \"/remark\",\n"), json.out());

        Path out = dir.resolve("out");
        Cli.Result render = run(args(new String[] {"render", "--out", out.toString()}, example.args())).assertOk();
        assertTrue(render.out().contains(warning), render.out());
        assertEquals(json.out(), Files.readString(out.resolve(".zdeploy/manifest.json")));
    }

    @Test
    void aPlanThatCannotBeCarriedOutPrintsItsProblemsAndNoPlan() throws IOException {
        ExampleFiles example = ExampleFiles.write(dir);
        Path inventory = Files.writeString(dir.resolve("inventory.json"), """
                {"datasets": [{"dsname": "XYZTM.SXYZLOAD", "volumes": ["TM2R02"], "catalog": "CATALOG.SYSA.MASTER"}]}
                """);

        Cli.Result result = run(args("plan", example.args(), "--inventory", inventory.toString())).assertUserError(2);

        assertEquals("", result.out());
        assertEquals("plan /tgtswidatasets/14/dsname: target data set XYZTM.SXYZLOAD already exists on volume TM2R02"
                + " (got \"XYZTM.SXYZLOAD\")\n", result.err());
    }

    @Test
    void badInputPrintsEveryProblemAndNoPlan() throws IOException {
        ExampleFiles example = ExampleFiles.write(dir, text -> "{\"IZUD00DF\": ",
                text -> text.replace("\"TM2R01\"", "\"TM2R001\""));

        Cli.Result result = run(args("plan", example.args(), "--json")).assertUserError(2);

        assertEquals("", result.out());
        assertEquals(3, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith(example.descriptor() + ": JSON syntax error"), result.err());
        assertTrue(result.err().contains(example.request() + " /targetvolumes/0/volume: a volume serial is 1-6 characters"),
                result.err());
    }
}
