package dev.zdeploy.cli;

import dev.zdeploy.output.TemplateExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zdeploy templates}: the shipped templates, for a site to start its own from. */
@Command(name = "templates", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Works with the shipped FreeMarker templates.",
        subcommands = TemplatesCommand.Export.class)
final class TemplatesCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** {@code zdeploy templates} without a subcommand: the usage, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitStatus.INVALID_INPUT;
    }

    /** {@code zdeploy templates export DIR}. */
    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Writes the shipped templates into DIR, a new or empty directory; edit them there and render"
                    + " with --templates DIR.",
                    "A template you do not change can be deleted: the shipped one is used in its place."})
    static final class Export implements Callable<Integer> {

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "directory to write the templates into")
        private Path directory;

        @Option(names = "--force", description = "update an earlier export in DIR (templates edited since are never overwritten)")
        private boolean force;

        @Override
        public Integer call() throws IOException {
            if (Files.exists(directory) && !Files.isDirectory(directory)) {
                throw new CommandLine.ParameterException(spec.commandLine(), directory + " is not a directory");
            }
            PrintWriter err = spec.commandLine().getErr();
            List<Path> written = TemplateExport.write(directory, force,
                    note -> err.println("warning: " + directory + ": " + note));
            err.flush();
            written.forEach(path -> spec.commandLine().getOut().println(path));
            spec.commandLine().getOut().flush();
            return ExitStatus.OK;
        }
    }
}
