package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Failures injected into a step end it as the utility would, leaving what was done before the
 * failing unit in place; following the job's recovery instruction then reaches the plan.
 */
class FaultInjectionTest {

    private static StepResult step(SimulationReport report, String member, String step) {
        return report.jobs().stream().filter(j -> j.member().equals(member)).flatMap(j -> j.steps().stream())
                .filter(s -> s.step().equals(step)).findFirst().orElseThrow();
    }

    @Test
    void theSecondDataSetOfACopyFailsAndTheOthersAreCopied() {
        Scenario scenario = Scenario.golden("seed-swi-new-mcat");
        int group = 0;
        while (scenario.plan.copyGroups().get(group).datasets().size() < 2) {
            group++;
        }
        String step = String.format(java.util.Locale.ROOT, "COPY%03d", group + 1);
        SimulationReport report = scenario.simulate(null, List.of(new Fault(scenario.member("CP"), step, null, 2)));
        StepResult copy = step(report, scenario.member("CP"), step);
        assertEquals(8, copy.rc(), SimulationText.of(report));
        long copied = copy.changes().stream().filter(c -> c.contains(" copied to ")).count();
        long selected = scenario.plan.copyGroups().isEmpty() ? 0 : copied + 1;
        assertTrue(copied >= 1 && selected >= 2, SimulationText.of(report));
        assertTrue(copy.messages().stream().anyMatch(m -> m.contains("WAS NOT SUCCESSFULLY PROCESSED (injected)")));
        // The copy job stops there: the rest of the deployment is not submitted.
        assertEquals(scenario.member("CP"), report.jobs().get(report.jobs().size() - 1).member(), SimulationText.of(report));
        assertFalse(report.reachedPlan());
    }

    @Test
    void anIdcamsCommandFailsWithConditionCode12AndTheStreamGoesOn() {
        Scenario scenario = Scenario.golden("seed-swi-new-mcat");
        // DEFALIAS runs one command: it fails, and the copy steps (COND=(4,LT)) are bypassed.
        SimulationReport report = scenario.simulate(null, List.of(new Fault(scenario.member("CP"), "DEFALIAS", null, 1)));
        assertEquals(12, step(report, scenario.member("CP"), "DEFALIAS").rc());
        assertEquals(StepResult.Status.BYPASSED, step(report, scenario.member("CP"), "COPY001").status());
    }

    @Test
    void aUclinStatementFailsAloneAndTheStepEndsWith8() {
        Scenario scenario = Scenario.golden("seed-swi-new-mcat");
        SimulationReport report = scenario.simulate(null, List.of(new Fault(scenario.member("UC"), "DDDEFS", null, 1)));
        StepResult dddefs = step(report, scenario.member("UC"), "DDDEFS");
        assertEquals(8, dddefs.rc(), SimulationText.of(report));
        // The statements after the failing one in the same UCLIN ran ("Processing continues with the next
        // statement"): one DDDEF fewer than planned was changed in that UCLIN.
        assertTrue(dddefs.changes().size() > 1, SimulationText.of(report));
        // UC's last step failed: the operator stops, the verification job is not submitted.
        assertTrue(report.jobs().stream().noneMatch(j -> j.member().equals(scenario.member("VF"))), SimulationText.of(report));
    }

    @Test
    void aShellStepEndingWithOneStopsTheDeploymentLikeAFailedUtility() {
        // BPXBATCH's return code is the shell's exit status: 1 is a failed command, not a warning.
        // The plain simulation used to take a job with such a step as ended well and go on.
        Scenario scenario = Scenario.golden("pswi-new-mcat");
        SimulationReport report = scenario.simulate(null, List.of(new Fault(scenario.member("UZ"), "MOUNT", 1, null)));

        assertEquals(1, step(report, scenario.member("UZ"), "MOUNT").rc());
        assertTrue(report.skipped().stream().anyMatch(s -> s.startsWith(scenario.member("RN") + ": not submitted, "
                + scenario.member("UZ") + " did not end well")), report.skipped().toString());
    }

    @Test
    void aStepEndedWithAReturnCodeDoesNothing() {
        Scenario scenario = Scenario.golden("seed-swi-new-mcat");
        SimulationReport report = scenario.simulate(null, List.of(Fault.parse("UC.ZINDEX=12")));
        StepResult first = step(report, scenario.member("UC"), "ZINDEX");
        assertEquals(12, first.rc());
        assertEquals(List.of(), first.changes());
        assertEquals(StepResult.Status.BYPASSED, step(report, scenario.member("UC"), "DDDEFS").status());
    }

    @Test
    void faultsAreParsedOrRefused() {
        assertEquals(new Fault("RN", "RENAME", null, 3), Fault.parse("rn.rename:3"));
        assertEquals(new Fault("IZUD02CP", "COPY001", 8, null), Fault.parse("IZUD02CP.COPY001=8"));
        for (String bad : List.of("RN", ".STEP", "RN.STEP:0", "RN.STEP:x", "RN.STEP=5000", "RN.:1")) {
            try {
                Fault.parse(bad);
                throw new AssertionError(bad + " was accepted");
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage().contains(bad), expected.getMessage());
            }
        }
    }

    /**
     * Issue 10 blocker 3, as the rename job is now: the DEFINE NONVSAM of an indirect entry fails after
     * its DELETE NOSCRATCH ran; the job's instruction is to submit it again as it is, and the rerun must
     * reach the plan.
     */
    @Test
    void theRenameJobRecoversFromAFailedIndirectDefine() {
        Scenario scenario = Scenario.golden("indirect-catalog");
        String rn = scenario.member("RN");
        int failedUnit = 0;
        for (int unit = 1; unit < 200 && failedUnit == 0; unit++) {
            SimulationReport report = scenario.simulate(null, List.of(new Fault(rn, "RENAME", null, unit)));
            StepResult rename = step(report, rn, "RENAME");
            int index = rename.messages().indexOf("injected failure of unit " + unit);
            if (index >= 0 && rename.messages().get(index + 1).startsWith("IDCAMS DEFINE failed")
                    && rename.changes().stream().anyMatch(c -> c.contains("NOSCRATCH"))) {
                failedUnit = unit;
            }
        }
        assertTrue(failedUnit > 0, "no unit of RN's RENAME step is a DEFINE after a DELETE NOSCRATCH");
        // The job's instruction (submit it again as it is) followed by the drill, which compares the end
        // with the state before the first job: the data sets COPY cataloged directly under their final
        // names (copied under their final names, issue 10 major 12) are cataloged indirectly in the end.
        DrillReport drill = Drill.run(scenario.inputs, scenario.plan, scenario.simulationMembers(), null,
                List.of(new Fault(rn, "RENAME", null, failedUnit)));
        assertEquals(DrillReport.Outcome.PLANNED, drill.outcome(), drill.text());
        assertTrue(drill.log().stream().anyMatch(l -> l.contains("rerun")), drill.text());
    }
}
