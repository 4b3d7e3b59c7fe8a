package dev.zdeploy.cli;

import dev.zdeploy.Deployment;
import dev.zdeploy.OutputFormat;
import dev.zdeploy.ZDeploy;
import dev.zdeploy.ZDeployOptions;
import dev.zdeploy.output.WriteReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zdeploy render}: inputs to jobs, written to a PDS-style directory (or an IEBUPDTE deck). */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Plans the deployment and writes its jobs, one file per member, with .zdeploy/manifest.json.",
                "Without --descriptor and --request it renders the built-in example deployment."})
final class RenderCommand implements Callable<Integer> {

    static final Path DEFAULT_OUT = Path.of("zdeploy-out");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Option(names = "--templates", paramLabel = "DIR", description = "templates that shadow the shipped ones file by file")
    private Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: ${DEFAULT-VALUE})", defaultValue = "zdeploy-out")
    private Path out;

    @Option(names = "--force", description = "update an existing output directory: rewrite changed members, remove stale ones")
    private boolean force;

    @Option(names = "--format", paramLabel = "pds|iebupdte", description = "pds: one file per member (default); iebupdte: one job loading every member into the request's jcldataset",
            defaultValue = "pds", converter = FormatConverter.class)
    private OutputFormat format;

    @Option(names = "--quiet", description = "print nothing on success")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        ZDeploy zdeploy = ZDeploy.create(ZDeployOptions.defaults().withTemplateDirectory(templates).withForce(force)
                .withFormat(format));
        Deployment deployment = zdeploy.generate(inputs.read(zdeploy, spec.commandLine()));
        WriteReport report = zdeploy.write(deployment, out);
        if (!quiet) {
            spec.commandLine().getOut().print(RenderSummary.text(deployment, report));
            spec.commandLine().getOut().flush();
        }
        return ExitStatus.OK;
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return switch (value) {
                case "pds" -> OutputFormat.PDS;
                case "iebupdte" -> OutputFormat.IEBUPDTE;
                default -> throw new CommandLine.TypeConversionException("--format is pds or iebupdte (got \"" + value + "\")");
            };
        }
    }
}
