package dev.zdeploy.cli;

import dev.zdeploy.OutputFormat;
import dev.zdeploy.ZDeploy;
import dev.zdeploy.ZDeployOptions;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.jobs.JobPlanner;
import dev.zdeploy.output.WriteReport;
import dev.zdeploy.plan.DeploymentPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zdeploy render}: inputs to jobs, written to a PDS-style directory (or an IEBUPDTE deck). */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Plans the deployment and writes its jobs into a PDS-style directory, one file per member.",
                "The plan JSON goes beside them, in .zdeploy/manifest.json.",
                "Without --descriptor and --request it renders the built-in example deployment."})
final class RenderCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Option(names = "--templates", paramLabel = "DIR", description = "templates that shadow the shipped ones file by file")
    private Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: ${DEFAULT-VALUE})", defaultValue = "zdeploy-out")
    private Path out;

    @Option(names = "--force", description = "update an earlier output in the directory: rewrite changed members, remove"
            + " those that no longer belong (files zdeploy did not write are never touched)")
    private boolean force;

    @Option(names = "--format", paramLabel = "pds|iebupdte", description = "pds: one file per member (default); iebupdte: one job loading every member into the request's jcldataset",
            defaultValue = "pds", converter = FormatConverter.class)
    private OutputFormat format;

    @Mixin
    private TemplateLimitOptions templateLimits;

    @Option(names = "--quiet", description = "print nothing on success (warnings still go to standard error)")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (templates != null && !Files.isDirectory(templates)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--templates " + templates + " is not a directory");
        }
        ZDeploy zdeploy = ZDeploy.create(ZDeployOptions.defaults().withTemplateDirectory(templates).withForce(force)
                .withFormat(format).withTemplateLimits(templateLimits.limits(spec.commandLine())));
        Inputs read = inputs.read(zdeploy, spec.commandLine());
        DeploymentPlan plan = zdeploy.plan(read);
        if (format == OutputFormat.IEBUPDTE && plan.jcldataset() == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format iebupdte loads the members into the"
                    + " request's jcldataset, and " + inputs.requestName() + " names none");
        }
        // Each member is written as it is rendered: a large deployment is never held whole.
        WriteReport report = zdeploy.renderTo(plan, out);
        if (quiet) {
            report.notes().forEach(note -> spec.commandLine().getErr().println("warning: " + report.directory() + ": " + note));
            Warnings.print(plan.warnings(), spec.commandLine().getErr());
        } else {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(RenderSummary.text(plan, JobPlanner.jobs(plan), format, report, plan.warnings()));
            stdout.flush();
        }
        return ExitStatus.OK;
    }

    /** {@code pds} or {@code iebupdte}, in any case ({@code IEBUPDTE} too); the usage shows them in lower case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "pds" -> OutputFormat.PDS;
                case "iebupdte" -> OutputFormat.IEBUPDTE;
                default -> throw new CommandLine.TypeConversionException("--format is pds or iebupdte (got \"" + value + "\")");
            };
        }
    }
}
