package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.plan.TargetDataSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, major 11: a data set already in a target volume's VTOC under a name the jobs create there
 * (final or temporary) makes the pre-flight job end with 12, so the deployment stops before anything is
 * copied; with nothing in the way it ends with 4 and the deployment reaches its plan. The pre-flight job
 * as it was before (one DUMP listing every name, no IF: it only listed the data set) let the copy run and
 * the rename fail.
 */
class OldDataSetsOnTargetVolumesTest {

    private static final String SCENARIO = "seed-swi-new-mcat";

    private static StepResult vtocs(SimulationReport report, Scenario scenario) {
        return report.jobs().stream().filter(j -> j.member().equals(scenario.member("PF"))).findFirst().orElseThrow()
                .steps().stream().filter(s -> s.step().equals("VTOCS")).findFirst().orElseThrow();
    }

    /** A non-VSAM target the plan puts on a volume (copied under its final name: issue 10 major 12). */
    private static TargetDataSet nonVsam(Scenario scenario) {
        return scenario.plan.datasets().stream().filter(ds -> !ds.isVsamCluster() && !ds.isSmsManaged())
                .findFirst().orElseThrow();
    }

    /** A target that carries a temporary name while the jobs run. */
    private static TargetDataSet renamed(Scenario scenario) {
        return scenario.plan.datasets().stream().filter(ds -> !ds.isSmsManaged() && ds.needsRename())
                .findFirst().orElseThrow();
    }

    private static SystemState withOld(Scenario scenario, String name, String volume) {
        SystemState start = scenario.initialState();
        DataSetBody old = start.newBody("NONVSAM", "existing:old release");
        start.volumes.get(volume).vtoc.put(name, new VtocEntry(name, old.id, 15));
        return start;
    }

    @Test
    void withNothingInTheWayThePreFlightJobEndsWithFourAndTheDeploymentReachesItsPlan() {
        Scenario scenario = Scenario.golden(SCENARIO);
        SimulationReport report = scenario.simulate();
        assertTrue(report.reachedPlan(), SimulationText.of(report));
        assertEquals(4, vtocs(report, scenario).rc(), "every name reported not selected (ADR383W)");
    }

    @Test
    void aFinalNameOnATargetVolumeEndsThePreFlightJobWithTwelveBeforeTheCopy() {
        Scenario scenario = Scenario.golden(SCENARIO);
        TargetDataSet target = nonVsam(scenario);
        String volume = target.volumes().get(0);
        SimulationReport report = scenario.simulate(withOld(scenario, target.name(), volume), List.of());

        StepResult step = vtocs(report, scenario);
        assertEquals(12, step.rc(), SimulationText.of(report));
        assertTrue(step.messages().contains("TYPRUN=NORUN: selected " + target.name() + " on " + volume),
                step.messages().toString());
        assertTrue(report.skipped().contains(scenario.member("CP") + ": not submitted, " + scenario.member("PF")
                + " did not end well"), report.skipped().toString());
        assertTrue(report.jobs().stream().noneMatch(j -> j.member().equals(scenario.member("CP"))));
        assertTrue(report.finalState().volumes.get(volume).vtoc.containsKey(target.name()), "the old data set is left alone");
    }

    @Test
    void aTemporaryNameLeftOnATargetVolumeByAnEarlierAttemptIsFoundToo() {
        Scenario scenario = Scenario.golden(SCENARIO);
        TargetDataSet target = renamed(scenario);
        String volume = target.volumes().get(0);
        SimulationReport report = scenario.simulate(withOld(scenario, target.temporaryName(), volume), List.of());
        assertEquals(12, vtocs(report, scenario).rc(), SimulationText.of(report));
        assertTrue(report.jobs().stream().noneMatch(j -> j.member().equals(scenario.member("CP"))));
    }

    @Test
    void thePreFlightJobAsItWasOnlyListedTheOldDataSetAndTheRenameFailedLater() {
        Scenario scenario = Scenario.golden(SCENARIO);
        TargetDataSet target = nonVsam(scenario);
        String volume = target.volumes().get(0);
        // The old VTOCS step: no condition code test after the DUMP, its return code said nothing.
        scenario.edit("PF", jcl -> jcl.replace(" IF LASTCC = 0 THEN SET MAXCC=12\n", ""));
        SimulationReport before = scenario.simulate(withOld(scenario, target.name(), volume), List.of());

        assertTrue(vtocs(before, scenario).rc() <= 4, SimulationText.of(before));
        assertTrue(before.jobs().stream().anyMatch(j -> j.member().equals(scenario.member("CP"))), "the copy ran");
        // The rename to it fails later, or (copied under its final name) the copy to that volume.
        assertTrue(before.jobs().stream().flatMap(j -> j.steps().stream()).flatMap(s -> s.messages().stream())
                .anyMatch(m -> m.contains("already holds " + target.name())
                        || m.contains(target.name() + " exists on the target volume")), SimulationText.of(before));
        assertFalse(before.reachedPlan());
    }
}
