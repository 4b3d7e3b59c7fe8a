package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.ZDeploy;
import dev.zdeploy.ZDeployOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun guard broken in a template (through a --templates override, as a site would) makes the
 * drills fail, naming the job, the step, the unit and the difference; the deployment without a
 * failure still reaches the plan, so only the drills can see the break.
 */
class PlantedGuardBreakTest {

    @TempDir
    Path templates;

    @Test
    void aRenameGuardThatNoLongerAcceptsAnEarlierRenameFailsTheRerunDrill() throws Exception {
        // RN's rename guards (IdcamsUnits.renameIfPresent, deleteIfPresent; a VSAM component here: the SYS1
        // data sets are copied under their final names): LISTCAT of the temporary name; not found means an
        // earlier run renamed it. The break, in a site RN.ftl, turns "not found" into a failure: a rerun of
        // RN can no longer pass that data set.
        String original = Files.readString(GoldenSimulationTest.project().resolve("templates/RN.ftl"), StandardCharsets.UTF_8);
        String units = "<@jcl.write.renameUnits plan=plan datasets=job.datasets/>";
        assertTrue(original.contains(units), "RN.ftl changed: update the planted break");
        Files.writeString(templates.resolve("RN.ftl"), original.replace(units,
                "${jcl.renameUnits(plan, job.datasets)?replace(\"ELSE SET LASTCC = 0\", \"ELSE SET LASTCC = 12\")}"),
                StandardCharsets.UTF_8);
        Scenario broken = Scenario.golden("indirect-catalog",
                ZDeploy.create(ZDeployOptions.defaults().withTemplateDirectory(templates)));
        assertTrue(broken.simulate().reachedPlan(), "without a failure the break is invisible");

        String rn = broken.member("RN");
        DrillReport failedDrill = null;
        int drills = 0;
        // Every third unit: the break shows in a drill failing any unit after the CSI's component renames.
        for (int unit = 1; unit <= 400 && failedDrill == null; unit += 3) {
            DrillReport drill = Drill.run(broken.inputs, broken.plan, broken.simulationMembers(), null,
                    List.of(new Fault(rn, "RENAME", null, unit)));
            drills++;
            if (drill.outcome() == DrillReport.Outcome.FAILED) {
                failedDrill = drill;
            }
        }
        assertTrue(failedDrill != null, "no RN drill failed in " + drills + " drills: the break went unseen");
        String text = failedDrill.text();
        System.out.println("planted break of RN's rename guard, the first failing drill:\n" + String.join("\n", failedDrill.log())
                + "\n" + failedDrill.report().differences().stream().map(Object::toString).limit(5).toList());
        int unit = failedDrill.faults().get(0).unit();
        assertTrue(text.contains("drill: inject " + rn + ".RENAME:" + unit + " (unit " + unit + " fails)"), text);
        assertTrue(text.contains("drill: " + rn + " failed in step RENAME (return code 16)"), text);
        assertTrue(text.contains("drill: " + rn + " still fails after 3 reruns"), text);
        assertTrue(!failedDrill.report().differences().isEmpty(), text);
        assertTrue(text.contains("from the plan:"), text);

        // The same drill on the shipped templates reaches the plan.
        Scenario shipped = Scenario.golden("indirect-catalog");
        DrillReport good = Drill.run(shipped.inputs, shipped.plan, shipped.simulationMembers(), null,
                List.of(new Fault(rn, "RENAME", null, unit)));
        assertEquals(DrillReport.Outcome.PLANNED, good.outcome(), good.text());
    }
}
