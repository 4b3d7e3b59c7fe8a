package dev.zdeploy.simulate;

import java.util.List;

/**
 * The result of a simulation.
 *
 * @param jobs         each job run, in order
 * @param skipped      members not run, each {@code MEMBER: why} (a sample not submitted with the
 *                     others, or a job after one that did not end well)
 * @param differences  every difference between the end state and the plan
 * @param notModelled  statements outside the modelled subset: the run is incomplete when any
 * @param initialState the state the run started from
 * @param finalState   the state it ended in
 */
public record SimulationReport(List<JobResult> jobs, List<String> skipped, List<Difference> differences,
        List<NotModelled> notModelled, SystemState initialState, SystemState finalState) {

    public SimulationReport {
        jobs = List.copyOf(jobs);
        skipped = List.copyOf(skipped);
        differences = List.copyOf(differences);
        notModelled = List.copyOf(notModelled);
    }

    /** True when every statement was modelled. */
    public boolean complete() {
        return notModelled.isEmpty();
    }

    /** True when the run was complete and reached the plan. */
    public boolean reachedPlan() {
        return complete() && differences.isEmpty();
    }
}
