package dev.zdeploy.simulate;

import java.util.List;

/**
 * What one step did.
 *
 * @param step    step name
 * @param program program
 * @param status  RAN, BYPASSED, NOT_RUN (a JCL error or a step not modelled ended the job before
 *                it), FAILED_ALLOCATION (its DD statements could not be allocated: JCL error)
 * @param rc      return code when it ran, else null
 * @param changes the changes it made to catalogs, VTOCs, CSIs, mounts, in order
 * @param messages what it reported (the messages a person would read in SYSPRINT), in order
 */
public record StepResult(String step, String program, Status status, Integer rc, List<String> changes,
        List<String> messages) {

    /** How a step ended. */
    public enum Status { RAN, BYPASSED, NOT_RUN, FAILED_ALLOCATION }

    public StepResult {
        changes = List.copyOf(changes);
        messages = List.copyOf(messages);
    }
}
