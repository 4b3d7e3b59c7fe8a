package dev.zdeploy.cli;

import dev.zdeploy.ZDeploy;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.plan.DeploymentPlan;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code zdeploy validate}: reads and checks the inputs and makes the plan (where collisions and space
 * are checked against the inventory), printing every problem and warning on standard error, one per
 * line; nothing is rendered or written.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Checks a descriptor, a deployment request and an optional inventory, and the plan made"
                + " from them; prints every problem, one per line. Nothing is written.",
                "Without --descriptor and --request it checks the built-in example deployment."})
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputOptions inputOptions;

    @Override
    public Integer call() {
        ZDeploy zdeploy = ZDeploy.create();
        Inputs inputs = inputOptions.read(zdeploy, spec.commandLine());
        DeploymentPlan plan = zdeploy.plan(inputs);
        Warnings.print(plan.warnings(), spec.commandLine().getErr());
        spec.commandLine().getOut().println("valid: " + Plural.of(inputs.descriptor().datasets().size(), "data set")
                + ", " + Plural.of(inputs.descriptor().zones().size(), "zone") + ", "
                + Plural.of(inputs.request().targetvolumes().size(), "target volume")
                + (inputs.hasInventory() ? ", checked against the inventory" : ""));
        spec.commandLine().getOut().flush();
        return ExitStatus.OK;
    }
}
