package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** simulate models up to 100,000 data sets; one more is refused naming descriptor, count and limit. */
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
}
