package dev.zdeploy.cli;

import static dev.zdeploy.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    @TempDir
    Path temp;

    @Test
    void theBuiltInExampleReachesItsPlan() {
        Cli.Result result = run("simulate").assertOk();
        assertTrue(result.out().contains("IZUD03CP "), result.out());
        assertTrue(result.out().contains("  DEFCAT   IDCAMS   RC 0\n"), result.out());
        assertTrue(result.out().endsWith("no differences from the plan\n"), result.out());
    }

    @Test
    void jsonReportsTheStepsAndNoDifference() {
        Cli.Result result = run("simulate", "--json").assertOk();
        assertTrue(result.out().contains("\"reachedPlan\" : true"), result.out());
        assertTrue(result.out().contains("\"differences\" : [ ]"), result.out());
    }

    @Test
    void aFailureDrillFollowsTheRecoveryInstructionAndReachesThePlan() {
        Cli.Result result = run("simulate", "--fail", "CP.COPY002:1").assertOk();
        assertTrue(result.out().contains("COPY002  ADRDSSU  RC 8"), result.out());
        assertTrue(result.out().contains("drill: instruction STEP=* DELETE=* RESTART=*"), result.out());
        assertTrue(result.out().contains(" with RESTART=COPY002"), result.out());
        assertTrue(result.out().endsWith("no differences from the plan\ndrill outcome: PLANNED\n"), result.out());
    }

    @Test
    void aDrillThatCannotFollowItsInstructionExits1() throws IOException {
        // A member edited to lose its recovery lines: the drill stops at the failure and says why.
        run("render", "--out", temp.resolve("out").toString(), "--quiet").assertOk();
        try (var files = Files.list(temp.resolve("out"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("CP")).toList()) {
                Files.writeString(f, Files.readString(f, StandardCharsets.ISO_8859_1).replace("ZDEPLOY RECOVERY", "RECOVERY"),
                        StandardCharsets.ISO_8859_1);
            }
        }
        Cli.Result result = run("simulate", "--jcl", temp.resolve("out").toString(), "--fail", "CP.COPY002:1");
        assertEquals(1, result.status(), result.toString());
        assertTrue(result.out().contains("states no recovery for step COPY002 (no ZDEPLOY RECOVERY line)"), result.out());
        assertTrue(result.out().endsWith("drill outcome: FAILED\n"), result.out());
    }

    @Test
    void theEndStateCanBeWrittenAndStartedFrom() throws IOException {
        Path state = temp.resolve("state.json");
        run("simulate", "--state-out", state.toString()).assertOk();
        String json = Files.readString(state, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"masterCatalog\" : \"CATALOG.DRIVING.MASTER\""), json);
        // The deployment already ran in that state: its data sets are on the target volumes, so the pre-flight
        // job ends with 12 and nothing after it runs.
        Cli.Result again = run("simulate", "--state", state.toString());
        assertEquals(1, again.status(), again.toString());
        assertTrue(again.out().contains("VTOCS    ADRDSSU  RC 12"), again.out());
        assertFalse(again.out().contains("DEFCAT "), again.out());
    }

    @Test
    void handEditedMembersAreSimulatedFromADirectory() throws IOException {
        run("render", "--out", temp.resolve("out").toString(), "--quiet").assertOk();
        Cli.Result result = run("simulate", "--jcl", temp.resolve("out").toString()).assertOk();
        assertTrue(result.out().endsWith("no differences from the plan\n"), result.out());
    }

    @Test
    void badInputIsExit2() {
        run("simulate", "--fail", "NOSTEP").assertUserError(2);
        run("simulate", "--state", temp.resolve("missing.json").toString()).assertUserError(2);
        run("simulate", "--jcl", temp.resolve("missing").toString()).assertUserError(2);
    }

    @Test
    void aStateThatIsNotOneIsExit2() throws IOException {
        Path state = temp.resolve("bad.json");
        Files.writeString(state, "{\"volumes\": 3}");
        Cli.Result result = run("simulate", "--state", state.toString()).assertUserError(2);
        assertTrue(result.err().contains("bad.json: not a simulation state"), result.err());
    }

    @Test
    void aStateOrMemberPastItsLimitIsRefusedBeforeItIsRead() throws IOException {
        Path state = temp.resolve("huge.json");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(state.toFile(), "rw")) {
            file.setLength(dev.zdeploy.simulate.StateJson.MAX_STATE_BYTES + 1);
        }
        Cli.Result result = run("simulate", "--state", state.toString()).assertUserError(2);
        assertTrue(result.err().contains("huge.json: the file holds 1,073,741,825 bytes"), result.err());
    }

    /**
     * simulate --jcl reads any member render writes for the deployment (64 MiB for each 50,000 data sets
     * begun, as render's output limit), and refuses a larger one before reading it, naming file, size and
     * bound.
     */
    @Test
    void aMemberLargerThanRenderWritesForTheDeploymentIsRefusedBeforeItIsRead() throws IOException {
        Path jcl = Files.createDirectories(temp.resolve("jcl"));
        Path big = jcl.resolve("BIG");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength((64L << 20) + 1);
        }
        Cli.Result result = run("simulate", "--jcl", jcl.toString()).assertUserError(2);
        assertEquals(big + ": the member holds 67,108,865 bytes; zdeploy reads members of at most 67,108,864 bytes"
                + " (64 MiB for each 50,000 data sets of the deployment) for a deployment of "
                + dev.zdeploy.ZDeploy.create().builtInExample().descriptor().datasets().size() + " data sets\n",
                result.err());
    }
}
