package dev.zdeploy.cli;

import dev.zdeploy.ZDeploy;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    @Option(names = "--json", description = "print the result as JSON: valid, the problems (severity, source,"
            + " pointer, rule, value) and what was checked")
    private boolean json;

    @Override
    public Integer call() {
        ZDeploy zdeploy = ZDeploy.create();
        Inputs inputs;
        DeploymentPlan plan;
        try {
            inputs = inputOptions.read(zdeploy, spec.commandLine());
            plan = zdeploy.plan(inputs);
        } catch (InvalidInputException e) {
            if (!json) {
                throw e;
            }
            JsonOutput.print(result(false, e.problems(), null), spec.commandLine().getOut());
            return ExitStatus.INVALID_INPUT;
        }
        if (json) {
            JsonOutput.print(result(true, plan.warnings(), inputs), spec.commandLine().getOut());
            return ExitStatus.OK;
        }
        Warnings.print(plan.warnings(), spec.commandLine().getErr());
        spec.commandLine().getOut().println("valid: " + Plural.of(inputs.descriptor().datasets().size(), "data set")
                + ", " + Plural.of(inputs.descriptor().zones().size(), "zone") + ", "
                + Plural.of(inputs.request().targetvolumes().size(), "target volume")
                + (inputs.hasInventory() ? ", checked against the inventory" : ""));
        spec.commandLine().getOut().flush();
        return ExitStatus.OK;
    }

    private static Map<String, Object> result(boolean valid, List<Problem> problems, Inputs inputs) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("valid", valid);
        result.put("problems", problems.stream().map(JsonOutput::problem).toList());
        if (inputs != null) {
            result.put("datasets", inputs.descriptor().datasets().size());
            result.put("zones", inputs.descriptor().zones().size());
            result.put("targetvolumes", inputs.request().targetvolumes().size());
            result.put("inventory", inputs.hasInventory());
        }
        return result;
    }
}
