package dev.zdeploy.simulate;

import java.util.List;

/**
 * The result of a failure drill.
 *
 * @param faults   the failures injected: the first, then one per rerun
 * @param injected whether the first failure happened (false: no such step ran, or it has fewer units)
 * @param log      the drill's steps as a person would do them: failure, instruction followed, rerun
 * @param outcome  how it ended
 * @param report   every job run (failed runs and reruns), the differences from the plan, what was not modelled
 */
public record DrillReport(List<Fault> faults, boolean injected, List<String> log, Outcome outcome,
        SimulationReport report) {

    /** How a drill ended. */
    public enum Outcome {
        /** Following the instructions reached the planned state. */
        PLANNED,
        /** The instruction for the failed step is a manual procedure (stated in the comment box): not followed. */
        MANUAL,
        /** The instructions did not reach the plan, or a failed step had no instruction. */
        FAILED
    }

    public DrillReport {
        faults = List.copyOf(faults);
        log = List.copyOf(log);
    }

    /** The log, then the simulation report. */
    public String text() {
        StringBuilder out = new StringBuilder();
        log.forEach(l -> out.append("drill: ").append(l).append('\n'));
        out.append(SimulationText.of(report));
        out.append("drill outcome: ").append(outcome).append('\n');
        return out.toString();
    }
}
