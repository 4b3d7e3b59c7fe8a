package dev.zdeploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.Deployment;
import dev.zdeploy.ZDeploy;
import dev.zdeploy.input.InputReader;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.plan.DeploymentPlan;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The pipeline benchmark measures inputs that read, plan and render cleanly, at the size it says. */
class SyntheticJsonTest {

    @Test
    void theGrownExampleReadsPlansAndRenders() {
        SyntheticJson json = new SyntheticJson(1_000);
        ZDeploy zdeploy = ZDeploy.create();

        Inputs inputs = InputReader.read("descriptor.json", json.descriptor, "request.json", json.request);
        DeploymentPlan plan = zdeploy.plan(inputs);
        Deployment deployment = zdeploy.render(plan);

        assertEquals(1_000, inputs.descriptor().datasets().size());
        assertEquals(1_000, plan.datasets().size());
        assertEquals(7, plan.volumeMap().size());
        assertTrue(deployment.members().get("IZUD03CP").contains("XYZTM.AX000977"));
        StringWriter manifest = new StringWriter();
        zdeploy.writeManifest(plan, manifest);
        assertEquals(deployment.manifest(), manifest.toString());
    }
}
