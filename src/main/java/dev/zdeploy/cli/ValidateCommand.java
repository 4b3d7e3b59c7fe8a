package dev.zdeploy.cli;

import dev.zdeploy.input.InputReader;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zdeploy validate}: reads and checks the inputs, printing every problem, one per line. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Checks a descriptor, a deployment request and an optional inventory; prints every problem.")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--descriptor", required = true, paramLabel = "FILE", description = "the IZUD00DF.json descriptor")
    private Path descriptor;

    @Option(names = "--request", required = true, paramLabel = "FILE", description = "the deployment request (JSON)")
    private Path request;

    @Option(names = "--inventory", paramLabel = "FILE", description = "what exists on the driving system (JSON)")
    private Path inventory;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Inputs inputs = InputReader.read(descriptor, request, inventory);
            print(inputs.warnings(), err);
            spec.commandLine().getOut().println("valid: " + inputs.descriptor().datasets().size() + " data sets, "
                    + inputs.descriptor().zones().size() + " zones, "
                    + inputs.request().targetvolumes().size() + " target volumes");
            return Main.OK;
        } catch (InvalidInputException e) {
            print(e.problems(), err);
            return Main.INVALID_INPUT;
        }
    }

    private static void print(List<Problem> problems, PrintWriter err) {
        problems.forEach(problem -> err.println(problem.format()));
        err.flush();
    }
}
