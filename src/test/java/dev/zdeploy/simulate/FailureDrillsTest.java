package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Failure drills (issue 12) over the golden scenarios: each submitted job's every step that runs is
 * failed at a unit position (or ended with return code 12), its comment box's ZDEPLOY RECOVERY
 * instruction is followed, and the deployment must end in the planned state, or in a manual
 * procedure the comment box states. In {@code mvn test}: unit 1 and RC=12 of every step of every
 * scenario but large-400 (the sample); with {@code -Plong}: every unit of every step, up to {@link #LONG_UNITS} per step
 * (a COPY step of large-400 has hundreds), and a second failure during the rerun for every drill of
 * the sample.
 */
class FailureDrillsTest {

    static final int SAMPLE_UNITS = 1;
    static final int LONG_UNITS = 60;

    /** Scenario, fault, outcome and the drill's log of every drill that did not reach the plan. */
    record Tally(List<String> failures, int[] counts) {
        Tally() {
            this(new ArrayList<>(), new int[3]);
        }

        void add(String scenario, DrillReport drill) {
            counts[drill.outcome().ordinal()]++;
            if (drill.outcome() == DrillReport.Outcome.FAILED) {
                failures.add(scenario + " " + drill.faults() + ":\n" + String.join("\n", drill.log()) + "\n"
                        + drill.report().differences().stream().map(Object::toString).limit(5).reduce("", (a, b) -> a + "  " + b + "\n")
                        + drill.report().notModelled().stream().map(Object::toString).limit(3).reduce("", (a, b) -> a + "  " + b + "\n"));
            }
        }

        int total() {
            return counts[0] + counts[1] + counts[2];
        }

        String summary(String what) {
            return what + ": " + total() + " drills run, " + counts[0] + " reached the plan, " + counts[1]
                    + " ended in a documented manual procedure, "
                    + counts[2] + " failed";
        }
    }

    static List<String> scenarios() throws Exception {
        try (Stream<Path> dirs = Files.list(GoldenSimulationTest.project().resolve("golden"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Runs the drills of one scenario: units 1..maxUnits of every step that runs, and RC=12; seconds: also fail the rerun. */
    static void drills(String name, int maxUnits, boolean seconds, Tally tally) {
        Scenario scenario = Scenario.golden(name);
        SimulationReport clean = scenario.simulate();
        List<SimulationMember> members = scenario.simulationMembers();
        for (JobResult job : clean.jobs()) {
            if (!job.phase().equals("SUBMITTED")) {
                continue;
            }
            for (StepResult step : job.steps()) {
                if (step.status() != StepResult.Status.RAN) {
                    continue;
                }
                List<Fault> faults = new ArrayList<>();
                faults.add(new Fault(job.member(), step.step(), 12, null));
                for (int unit = 1; unit <= maxUnits; unit++) {
                    faults.add(new Fault(job.member(), step.step(), null, unit));
                }
                for (Fault fault : faults) {
                    DrillReport drill = Drill.run(scenario.inputs, scenario.plan, members, null, List.of(fault));
                    if (!drill.injected()) {
                        break;
                    }
                    tally.add(name, drill);
                    if (seconds) {
                        // A second failure during the rerun: the same step fails again at its first unit.
                        tally.add(name, Drill.run(scenario.inputs, scenario.plan, members, null,
                                List.of(fault, new Fault(job.member(), step.step(), null, 1))));
                    }
                }
            }
        }
    }

    @Test
    void everyStepOfEveryGoldenScenarioRecoversAsItsCommentBoxSays() throws Exception {
        Tally tally = new Tally();
        for (String name : scenarios()) {
            if (name.equals("large-400")) {
                continue; // its hundreds of units per step are drilled under -Plong only (suite budget)
            }
            drills(name, SAMPLE_UNITS, false, tally);
        }
        System.out.println(tally.summary("failure drills (sample: RC=12, units 1-" + SAMPLE_UNITS + " of every step)"));
        assertTrue(tally.total() > 100, tally.summary("too few drills"));
        assertEquals(List.of(), tally.failures(), tally.summary("failure drills"));
    }

    @Test
    void aSecondFailureDuringTheRerunIsRecoveredFromToo() {
        Scenario scenario = Scenario.golden("seed-swi-new-mcat");
        String cp = scenario.member("CP");
        DrillReport drill = Drill.run(scenario.inputs, scenario.plan, scenario.simulationMembers(), null,
                List.of(new Fault(cp, "COPY002", null, 1), new Fault(cp, "COPY002", null, 2)));
        System.out.println("a drill with a second failure in the rerun:\n" + String.join("\n", drill.log()));
        assertEquals(DrillReport.Outcome.PLANNED, drill.outcome(), drill.text());
        assertEquals(2, drill.log().stream().filter(l -> l.equals(cp + " failed in step COPY002 (return code 8)")).count(),
                drill.text());
        assertTrue(drill.log().contains("rerun " + cp + " with RESTART=COPY002, injecting " + cp
                + ".COPY002:2 (unit 2 fails)"), drill.text());
    }

    @Test
    @Tag("long")
    void everyUnitOfEveryStepWithASecondFailureInTheRerun() throws Exception {
        Tally tally = new Tally();
        for (String name : scenarios()) {
            drills(name, LONG_UNITS, true, tally);
        }
        System.out.println(tally.summary("failure drills (every unit up to " + LONG_UNITS + ", and a second failure)"));
        assertEquals(List.of(), tally.failures(), tally.summary("failure drills"));
    }
}
