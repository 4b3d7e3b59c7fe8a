package dev.zdeploy.cli;

import dev.zdeploy.ZDeploy;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.jobs.JobPlanner;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.PlanReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zdeploy plan}: every decision of the deployment, for a person or (--json) for a tool. The
 * JSON is exactly what {@code render} writes to {@code .zdeploy/manifest.json}. The warnings, those of
 * the inputs included, are part of the plan; with --json they also go to standard error, for a person.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints the deployment plan: volume map, target data sets per volume, zones, warnings, jobs.",
                "Without --descriptor and --request it plans the built-in example deployment."})
final class PlanCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Option(names = "--json", description = "print the plan JSON (shaped like z/OSMF's deployment status response),"
            + " as render writes it to .zdeploy/manifest.json")
    private boolean json;

    @Override
    public Integer call() {
        ZDeploy zdeploy = ZDeploy.create();
        Inputs read = inputs.read(zdeploy, spec.commandLine());
        DeploymentPlan plan = zdeploy.plan(read);
        if (json) {
            Warnings.print(plan.warnings(), spec.commandLine().getErr());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            // Streamed as it is made: about 1,500 characters a data set, which one string held (twice over
            // while it was gathered) and which passes what one string holds past about 1.4 million.
            zdeploy.writeManifest(plan, out);
        } else {
            out.print(PlanReport.text(plan) + RenderSummary.jobs(JobPlanner.jobs(plan)));
        }
        out.flush();
        return ExitStatus.OK;
    }
}
