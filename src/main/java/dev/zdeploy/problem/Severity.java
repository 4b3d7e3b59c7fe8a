package dev.zdeploy.problem;

/** How serious a {@link Problem} is: errors stop the pipeline, warnings are reported and carried on. */
public enum Severity {
    ERROR,
    WARNING
}
