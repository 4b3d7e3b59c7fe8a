package dev.zdeploy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code zdeploy daemon status|stop}: the background JVMs bin/zdeploy starts (README, "Background JVM"),
 * for the user to see and stop. Never runs in one itself.
 */
@Command(name = "daemon", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Shows or stops the background JVMs bin/zdeploy keeps for fast short runs: one per jar, JDK"
                + " and working directory, each ending after ZDEPLOY_DAEMON_IDLE minutes (default 15) without a"
                + " command. ZDEPLOY_DAEMON=off runs without them."},
        subcommands = {DaemonCommand.Status.class, DaemonCommand.Stop.class})
final class DaemonCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** {@code zdeploy daemon} without a subcommand: the usage, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitStatus.INVALID_INPUT;
    }

    /** {@code zdeploy daemon status}. */
    @Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Lists this user's background JVMs: process id, start, commands run, idle time, jar, JDK,"
                    + " working directory.")
    static final class Status implements Callable<Integer> {

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return report(spec.commandLine().getOut(), DaemonProtocol.STATUS);
        }
    }

    /** {@code zdeploy daemon stop}. */
    @Command(name = "stop", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Stops this user's background JVMs (each after the command it is running, if any).")
    static final class Stop implements Callable<Integer> {

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return report(spec.commandLine().getOut(), DaemonProtocol.STOP);
        }
    }

    private static int report(PrintWriter out, byte kind) throws IOException {
        Path dir = DaemonDirectory.path();
        List<String> answers = DaemonQuery.each(dir, kind);
        if (answers.isEmpty()) {
            out.println("no background JVM is running (" + dir + ")");
        }
        for (String answer : answers) {
            out.print(answer);
        }
        out.flush();
        return ExitStatus.OK;
    }
}
