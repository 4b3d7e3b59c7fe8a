package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 10 minor: GIMUNZIP expands each archive "temporarily into a UNIX file system" (SMP/E Reference,
 * "GIMUNZIP processing"), in SMPWKDIR. The zFS job now does so on a work zFS of its own, as the unzip job
 * does; the old one expanded whole directory trees into its work path on the driving system's own file
 * system, whose room the simulator cannot vouch for.
 */
class ZfWorkZfsSimulationTest {

    private static final String NOW = "//SMPWKDIR DD PATH='/u/zdeploy/tmp/zdeploy/QWT310_1/IZUD04ZF/WORK/'";
    private static final String OLD = "//SMPWKDIR DD PATH='/u/zdeploy/tmp/zdeploy/QWT310_1/IZUD04ZF/'";

    @Test
    void theTreesAreExpandedOnTheJobsOwnWorkZfsWhichIsDeletedAfterwards() {
        Scenario now = Scenario.golden("pswi-v9-zfs-moved-mountpoint");
        assertTrue(now.members.get(now.member("ZF")).contains(NOW));
        SimulationReport report = now.simulate();
        assertTrue(report.reachedPlan(), SimulationText.of(report));
    }

    @Test
    void theOldZfsJobExpandedTheTreesOnTheDrivingSystemsOwnFileSystem() {
        Scenario old = Scenario.golden("pswi-v9-zfs-moved-mountpoint").edit("ZF", jcl -> jcl.replace(NOW, OLD));
        SimulationReport before = old.simulate();
        assertFalse(before.reachedPlan(), SimulationText.of(before));
        assertTrue(before.notModelled().stream().anyMatch(n -> n.what().contains("room for GIMUNZIP to expand archives in "
                + "/u/zdeploy/tmp/zdeploy/QWT310_1/IZUD04ZF, on no file system the jobs mounted")), SimulationText.of(before));
    }
}
