package dev.zdeploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.PlanBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark measures a plan that succeeds, with every check made. */
class SyntheticInputsTest {

    @Test
    void syntheticDeploymentPlansCleanly() {
        SyntheticInputs inputs = new SyntheticInputs(4_500);
        DeploymentPlan plan = PlanBuilder.build(inputs.descriptor, inputs.request, inputs.inventory);
        assertEquals(4_501, plan.datasets().size());
        assertEquals(3, plan.volumeMap().size());
        assertEquals(List.of(), plan.warnings());
        assertEquals(List.of(), plan.checksNotMade());
        assertEquals("SYN_2", plan.tgtswiname());
        assertEquals("SYN.NEW.L000000.SABCLOAD", plan.datasets().get(1).name());
    }
}
