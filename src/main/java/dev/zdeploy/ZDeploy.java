package dev.zdeploy;

import dev.zdeploy.input.InputReader;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.jobs.Job;
import dev.zdeploy.jobs.JobPlanner;
import dev.zdeploy.output.IebupdteDeck;
import dev.zdeploy.output.Member;
import dev.zdeploy.output.PdsDirectoryWriter;
import dev.zdeploy.output.RenderedOutput;
import dev.zdeploy.output.WriteReport;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.PlanBuilder;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import dev.zdeploy.render.JobRenderer;
import dev.zdeploy.render.PolicyLintGate;
import dev.zdeploy.render.RenderedJob;
import dev.zdeploy.render.TemplateSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * zdeploy as a library: read the inputs, build the plan, render the members, write them. Each step
 * is a separate call, so a tool can stop after any of them or adjust the plan before rendering.
 * Nothing touches files or the console except {@link #write}.
 *
 * <pre>{@code
 * ZDeploy zdeploy = ZDeploy.create(ZDeployOptions.defaults().withForce(true));
 * Inputs inputs = zdeploy.read(Path.of("IZUD00DF.json"), Path.of("request.json"), null);
 * DeploymentPlan plan = zdeploy.plan(inputs);
 * Deployment deployment = zdeploy.render(plan);
 * deployment.members().forEach((member, jcl) -> System.out.println(member));
 * zdeploy.write(deployment, Path.of("out"));
 * }</pre>
 *
 * <p>Bad inputs and plans that cannot be carried out throw
 * {@link dev.zdeploy.problem.InvalidInputException} carrying every problem; a template that fails
 * throws {@link dev.zdeploy.render.TemplateRenderException}; a member that breaks the output policy
 * throws {@link dev.zdeploy.render.LintGateException}. Instances are immutable and thread-safe.
 */
public final class ZDeploy {

    private final ZDeployOptions options;
    private final JobRenderer renderer;

    private ZDeploy(ZDeployOptions options) {
        this.options = options;
        TemplateSource source = options.templateDirectory().map(TemplateSource::withUserDirectory)
                .orElseGet(TemplateSource::shipped);
        this.renderer = new JobRenderer(source, new PolicyLintGate());
    }

    /** A zdeploy with the default options. */
    public static ZDeploy create() {
        return create(ZDeployOptions.defaults());
    }

    public static ZDeploy create(ZDeployOptions options) {
        return new ZDeploy(options);
    }

    public ZDeployOptions options() {
        return options;
    }

    /** Reads and validates the inputs from files; {@code inventory} may be null. */
    public Inputs read(Path descriptor, Path request, Path inventory) {
        return InputReader.read(descriptor, request, inventory);
    }

    /**
     * Reads and validates the inputs from streams (UTF-8 JSON), each named for its messages;
     * {@code inventory} may be null.
     */
    public Inputs read(InputStream descriptor, InputStream request, InputStream inventory) throws IOException {
        String inventoryJson = inventory == null ? null : new String(inventory.readAllBytes(), StandardCharsets.UTF_8);
        return InputReader.read("descriptor.json", new String(descriptor.readAllBytes(), StandardCharsets.UTF_8),
                "request.json", new String(request.readAllBytes(), StandardCharsets.UTF_8),
                inventory == null ? null : "inventory.json", inventoryJson);
    }

    /** The built-in example deployment packaged in the jar. */
    public Inputs builtInExample() {
        return InputReader.builtInExample();
    }

    /** Makes every decision of the deployment. */
    public DeploymentPlan plan(Inputs inputs) {
        return PlanBuilder.build(inputs.descriptor(), inputs.request(), inputs.inventory());
    }

    /** Lays the plan's jobs out as members, each checked by the lint gate. */
    public Deployment render(DeploymentPlan plan) {
        List<Job> jobs = JobPlanner.jobs(plan);
        List<RenderedJob> rendered = renderer.render(plan, jobs);
        return new Deployment(plan, rendered, Manifest.json(plan, jobs));
    }

    /** Reads nothing: plans and renders inputs already read. */
    public Deployment generate(Inputs inputs) {
        return render(plan(inputs));
    }

    /**
     * Writes the deployment to {@code directory} in the format of the options: all of it or nothing.
     * A PDS-style directory holds one file per member and {@code .zdeploy/manifest.json}; an
     * IEBUPDTE deck is one member named after its job, beside the manifest.
     */
    public WriteReport write(Deployment deployment, Path directory) throws IOException {
        RenderedOutput output = new RenderedOutput(members(deployment), deployment.manifest());
        return new PdsDirectoryWriter().write(directory, output, options.force() || sameAs(directory, output));
    }

    private List<Member> members(Deployment deployment) {
        List<Member> members = deployment.jobs().stream().map(job -> new Member(job.member(), job.text())).toList();
        if (options.format() == OutputFormat.PDS) {
            return members;
        }
        if (deployment.plan().jcldataset() == null) {
            throw new InvalidInputException(List.of(Problem.error("request.json", "/jcldataset",
                    "an IEBUPDTE deck loads the members into jcldataset, which the request does not name")));
        }
        String deck = IebupdteDeck.build(deployment.plan().jobStatement(), deployment.plan().jcldataset(), members);
        return List.of(new Member(IebupdteDeck.DEFAULT_JOB_NAME, deck));
    }

    /**
     * An existing directory that already holds exactly this output may be "written" again: nothing
     * in it is replaced, so refusing it would only make rerunning a command fail.
     */
    private static boolean sameAs(Path directory, RenderedOutput output) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        Path manifest = directory.resolve(".zdeploy").resolve("manifest.json");
        if (!Files.isRegularFile(manifest) || !Files.readString(manifest).equals(output.manifestJson())) {
            return false;
        }
        List<String> expected = output.members().stream().map(Member::name).sorted().toList();
        List<String> present;
        try (var files = Files.list(directory)) {
            present = files.map(path -> path.getFileName().toString()).filter(name -> !name.equals(".zdeploy"))
                    .sorted().toList();
        }
        if (!present.equals(expected)) {
            return false;
        }
        for (Member member : output.members()) {
            if (!Files.readString(directory.resolve(member.name())).equals(member.text())) {
                return false;
            }
        }
        return true;
    }
}
