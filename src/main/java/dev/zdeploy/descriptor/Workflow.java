package dev.zdeploy.descriptor;

/**
 * A workflow of the instance (version 4+).
 *
 * @param performonhostsystem documented default true when absent (version 6+)
 */
public record Workflow(String name, String description, WorkflowLocation location, boolean performonhostsystem) {}
