package dev.zdeploy.cli;

import dev.zdeploy.input.Inputs;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.problem.Problem;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The warnings of a run: those found reading the inputs, then those of the plan. */
final class Warnings {

    private Warnings() {}

    static List<Problem> of(Inputs inputs, DeploymentPlan plan) {
        List<Problem> warnings = new ArrayList<>(inputs.warnings());
        warnings.addAll(plan.warnings());
        return warnings;
    }

    static void print(List<Problem> warnings, PrintWriter err) {
        warnings.forEach(warning -> err.println(warning.format()));
        err.flush();
    }
}
