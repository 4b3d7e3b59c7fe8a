package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * simulate models up to 100,000 data sets; one more is refused naming descriptor, count and limit. The
 * members are read when their jobs run.
 */
class SimulationSizeTest {

    @Test
    void upToTheLimitADeploymentIsSimulated() {
        assertNull(Simulator.tooManyDataSets("d.json", 1));
        assertNull(Simulator.tooManyDataSets("d.json", Simulator.MAX_DATA_SETS));
    }

    @Test
    void pastTheLimitTheMessageNamesDescriptorCountAndLimit() {
        assertEquals("in/IZUD00DF.json: the descriptor lists 100,001 data sets; simulate models at most 100,000 (the"
                + " model of the driving system grows with them: README, \"Limits\"); render, plan and lint take up"
                + " to 1,000,000", Simulator.tooManyDataSets("in/IZUD00DF.json", 100_001));
    }

    /** A member read from a file is read each time its job runs, not held for the whole simulation. */
    @Test
    void aMemberReadFromAFileIsReadWhenItsJobRuns() {
        int[] reads = {0};
        SimulationMember member = SimulationMember.read("IZUD03CP", () -> "//J" + ++reads[0] + " JOB\n",
                SimulationMember.Role.SUBMITTED);

        assertEquals(0, reads[0]);
        assertEquals("//J1 JOB\n", member.text());
        assertEquals("//J2 JOB\n", member.text());
    }
}
