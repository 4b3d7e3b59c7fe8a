package dev.zdeploy.simulate;

import java.util.List;

/**
 * What one job did.
 *
 * @param member  member name
 * @param jobName job name
 * @param phase   why it ran: SUBMITTED (in run order), CLEANUP (the cleanup job, run after the
 *                deployment to check its effect), or GIVEN (a --jcl member)
 * @param steps   its steps in order
 */
public record JobResult(String member, String jobName, String phase, List<StepResult> steps) {
    public JobResult {
        steps = List.copyOf(steps);
    }

    /** The highest return code of the steps that ran, or 0. */
    public int maxRc() {
        return steps.stream().filter(s -> s.rc() != null).mapToInt(StepResult::rc).max().orElse(0);
    }
}
