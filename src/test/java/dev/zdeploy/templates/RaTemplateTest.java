package dev.zdeploy.templates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.jobs.JobType;
import dev.zdeploy.testing.PlanFixtures;
import org.junit.jupiter.api.Test;

class RaTemplateTest {

    @Test
    void smoke() {
        String text = Rendering.render(PlanFixtures.copyPlan(2), JobType.RA);
        System.out.println(text);
        assertTrue(text.contains("ADDGROUP PROD"));
    }
}
