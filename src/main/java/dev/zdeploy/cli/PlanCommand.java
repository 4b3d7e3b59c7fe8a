package dev.zdeploy.cli;

import dev.zdeploy.ZDeploy;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.PlanJson;
import dev.zdeploy.plan.PlanReport;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zdeploy plan}: every decision of the deployment, for a person or (--json) for a tool. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Prints the deployment plan: volume map, target data sets per volume, zones, warnings.",
                "Without --descriptor and --request it plans the built-in example deployment."})
final class PlanCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Option(names = "--json", description = "print the plan JSON (shaped like z/OSMF's deployment status response)")
    private boolean json;

    @Override
    public Integer call() {
        ZDeploy zdeploy = ZDeploy.create();
        DeploymentPlan plan = zdeploy.plan(inputs.read(zdeploy, spec.commandLine()));
        spec.commandLine().getOut().print(json ? PlanJson.write(plan, List.of()) : PlanReport.text(plan));
        spec.commandLine().getOut().flush();
        return ExitStatus.OK;
    }
}
