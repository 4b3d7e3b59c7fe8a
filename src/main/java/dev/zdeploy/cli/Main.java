package dev.zdeploy.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zdeploy} command line. Commands only parse options, call the library and print. Exit
 * status: 0 success; 1 lint found problems; 2 bad input or usage (problems printed one per line, no
 * stack trace, nothing written); 3 internal error (one line, and what to report).
 */
@Command(
        name = "zdeploy",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Generates the JCL that deploys a z/OS software instance, offline.",
        subcommands = {RenderCommand.class, PlanCommand.class, ValidateCommand.class, LintCommand.class,
                TemplatesCommand.class})
public final class Main implements Callable<Integer> {

    public static final int OK = ExitStatus.OK;
    public static final int INVALID_INPUT = ExitStatus.INVALID_INPUT;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line in-process: {@code out} gets results, {@code err} problems and usage. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setParameterExceptionHandler(Main::usageError);
        commandLine.setExecutionExceptionHandler(new Failures());
        return commandLine.execute(args);
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return INVALID_INPUT;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("zdeploy: " + e.getMessage());
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
        return INVALID_INPUT;
    }
}
