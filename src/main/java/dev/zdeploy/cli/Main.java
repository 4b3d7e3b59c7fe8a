package dev.zdeploy.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:success", "1:lint found problems, or simulate found differences or statements not modelled",
                "2:bad input or usage: every problem is printed, nothing is written",
                "3:internal error: report the line printed, the command line and the inputs"},
        subcommands = {RenderCommand.class, PlanCommand.class, ValidateCommand.class, LintCommand.class,
                TemplatesCommand.class, SimulateCommand.class, ServeCommand.class, CompletionCommand.class, DaemonCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "after an internal error (exit 3), print its stack trace too")
    boolean debug;

    /** What an input named {@code -} is read from. */
    private final InputStream in;

    /** The command reading the process's standard input. */
    public Main() {
        this(System.in);
    }

    private Main(InputStream in) {
        this.in = in;
    }

    /** Standard input of the run a command belongs to. */
    static InputStream standardInput(CommandLine commandLine) {
        Object root = commandLine.getCommandSpec().root().userObject();
        return root instanceof Main main ? main.in : System.in;
    }

    /** Runs the command line in-process: {@code out} gets results, {@code err} problems and usage. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(args, System.in, out, err);
    }

    /** As {@link #execute(String[], PrintStream, PrintStream)}, with {@code in} as standard input. */
    public static int execute(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new Main(in));
        versionAtTopLevelOnly(commandLine);
        commandLine.setOut(new PrintWriter(new TerminalSafeWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), true));
        commandLine.setErr(new PrintWriter(new TerminalSafeWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)), true));
        // No colours, whatever the terminal: picocli's would reach the terminal only as escapes (the
        // writers above show control characters as text), and output must not depend on whether it goes
        // to a terminal (a background JVM has none).
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(Main::usageError);
        commandLine.setExecutionExceptionHandler(new Failures());
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // An Error passes picocli by: without this it would print a stack trace and exit 1, which
            // means "lint found problems". Unwinding has freed what the run held, so printing works.
            return Failures.outOfMemory(commandLine.getErr(), e);
        }
    }

    /** The {@code zdeploy} command: exits with the status of {@link #execute}. */
    public static void main(String[] args) {
        // `zdeploy --version` alone needs no command model: answering it before picocli builds one
        // (reflection over every command class) keeps it about as fast as the JVM starts.
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println(VersionProvider.version());
            System.exit(ExitStatus.OK);
        }
        // bin/zdeploy asks for the background JVM (README, "Background JVM") for a short run; a plain
        // `java -jar zdeploy.jar` never uses one.
        String daemon = System.getProperty("zdeploy.daemon");
        if ("train".equals(daemon)) {
            DaemonClient.train();
        } else if (daemon != null && DaemonClient.eligible(args)) {
            DaemonClient client = new DaemonClient(daemon.equals("on"));
            int status = client.run(args);
            if (status != DaemonClient.NOT_RUN) {
                System.exit(status);
            }
            status = execute(args, System.out, System.err);
            System.out.flush();
            System.err.flush();
            client.startIfNone();
            System.exit(status);
        }
        System.exit(execute(args, System.out, System.err));
    }

    /** {@code zdeploy} without a command: the usage, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitStatus.INVALID_INPUT;
    }

    /**
     * {@code -V} and {@code --version} belong to {@code zdeploy} itself: a subcommand's version is the
     * program's, and {@code zdeploy render -V} rendering nothing but printing a version surprises.
     */
    private static void versionAtTopLevelOnly(CommandLine commandLine) {
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            CommandLine.Model.OptionSpec version = sub.getCommandSpec().findOption("--version");
            if (version != null) {
                sub.getCommandSpec().remove(version);
            }
            versionAtTopLevelOnly(sub);
        }
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("zdeploy: " + e.getMessage());
        // picocli's "Did you mean: render?" for a mistyped command or option.
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitStatus.INVALID_INPUT;
    }
}
