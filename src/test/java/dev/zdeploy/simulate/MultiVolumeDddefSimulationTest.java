package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 10 minor: the DDDEF of a data set that spans volumes names them all. The golden multi-volume
 * scenario reaches its plan; with the old DDDEF (the first volume only) the zone's DDDEF differs from
 * the plan, as SMP/E would reach only the part on the first volume.
 */
class MultiVolumeDddefSimulationTest {

    @Test
    void aMultiVolumeLibrarysDddefNamesEveryVolumeAndTheOldFirstVolumeOnlyFormIsReported() {
        SimulationReport now = Scenario.golden("multi-volume").simulate();
        assertTrue(now.reachedPlan(), SimulationText.of(now));

        Scenario old = Scenario.golden("multi-volume").edit("UC", jcl -> jcl.replace(
                "DATASET(CICSTS61.CICS.SDFHLOAD) VOLUME(CIC621\n   CIC622)", "DATASET(CICSTS61.CICS.SDFHLOAD) VOLUME(CIC621)"));
        SimulationReport before = old.simulate();
        assertFalse(before.reachedPlan(), SimulationText.of(before));
        assertTrue(before.differences().stream().anyMatch(d -> d.subject().startsWith("DDDEF SDFHLOAD")
                && d.message().contains("VOLUME=CIC621 CIC622")), SimulationText.of(before));
    }
}
