package dev.zdeploy.simulate;

/**
 * A way the end state differs from the plan.
 *
 * @param checkpoint when it was seen: "after the submitted jobs" or "after the cleanup job"
 * @param subject    what it is about (a data set, a zone, a catalog, the source instance...)
 * @param message    what the plan expects and what the state holds
 */
public record Difference(String checkpoint, String subject, String message) {
    @Override
    public String toString() {
        return checkpoint + ": " + subject + ": " + message;
    }
}
