package dev.zdeploy;

import dev.zdeploy.descriptor.Descriptor;
import dev.zdeploy.input.InputReader;
import dev.zdeploy.input.InputReader.Source;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.input.StreamLimits;
import dev.zdeploy.inventory.Inventory;
import dev.zdeploy.jobs.Job;
import dev.zdeploy.json.InputKind;
import dev.zdeploy.jcl.JclSyntaxException;
import dev.zdeploy.jobs.JobPlanner;
import dev.zdeploy.output.IebupdteDeck;
import dev.zdeploy.output.IebupdteDeckWriter;
import dev.zdeploy.output.Member;
import dev.zdeploy.output.MemberSource;
import dev.zdeploy.output.PdsDirectoryWriter;
import dev.zdeploy.output.TextContent;
import dev.zdeploy.output.WriteReport;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.PlanBuilder;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import dev.zdeploy.render.JobRenderer;
import dev.zdeploy.render.LintGateException;
import dev.zdeploy.render.PolicyLintGate;
import dev.zdeploy.render.RenderedJob;
import dev.zdeploy.render.SecondThread;
import dev.zdeploy.render.TemplateSource;
import dev.zdeploy.request.DeploymentRequest;
import dev.zdeploy.simulate.Fault;
import dev.zdeploy.simulate.SimulationMember;
import dev.zdeploy.simulate.SimulationReport;
import dev.zdeploy.simulate.Simulator;
import dev.zdeploy.simulate.SystemState;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;

/**
 * zdeploy as a library: read the inputs, build the plan, render the members, write them. Each step
 * is a separate call, so a tool can stop after any of them or adjust the plan before rendering.
 * Nothing touches files or the console except {@link #write} (and {@link #read(Path, Path, Path)},
 * which reads the files it is given).
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
 * throws {@link LintGateException}. Instances are immutable and thread-safe.
 */
public final class ZDeploy {

    private final ZDeployOptions options;
    private final JobRenderer renderer;

    private ZDeploy(ZDeployOptions options) {
        this.options = options;
        TemplateSource source = options.templateDirectory().map(TemplateSource::withUserDirectory)
                .orElseGet(TemplateSource::shipped);
        this.renderer = new JobRenderer(source, new PolicyLintGate(), options.templateLimits());
    }

    /** A zdeploy with the default options. */
    public static ZDeploy create() {
        return create(ZDeployOptions.defaults());
    }

    /**
     * A zdeploy with {@code options}.
     *
     * @throws IllegalArgumentException the options name a template directory that is not a directory
     */
    public static ZDeploy create(ZDeployOptions options) {
        return new ZDeploy(options);
    }

    /** The options this zdeploy was created with. */
    public ZDeployOptions options() {
        return options;
    }

    /**
     * Reads and validates the inputs from files; {@code inventory} may be null. Problems name each
     * file as given.
     *
     * @throws InvalidInputException every problem of every file, when there is any error
     */
    public Inputs read(Path descriptor, Path request, Path inventory) {
        return InputReader.read(descriptor, request, inventory);
    }

    /**
     * Reads and validates the inputs from streams of UTF-8 JSON, named {@code descriptor.json},
     * {@code request.json} and {@code inventory.json} in problems; {@code inventory} may be null.
     * The streams are read to their end and not closed.
     *
     * @throws InvalidInputException every problem of every input, when there is any error
     */
    public Inputs read(InputStream descriptor, InputStream request, InputStream inventory) throws IOException {
        // Each stream is read up to its documented limit and no further (README, Limits); all that
        // go beyond are reported together.
        List<Problem> tooLarge = new ArrayList<>();
        byte[] descriptorBytes = StreamLimits.read(InputKind.DESCRIPTOR, "descriptor.json", descriptor, tooLarge);
        byte[] requestBytes = StreamLimits.read(InputKind.REQUEST, "request.json", request, tooLarge);
        byte[] inventoryBytes = inventory == null ? null
                : StreamLimits.read(InputKind.INVENTORY, "inventory.json", inventory, tooLarge);
        if (!tooLarge.isEmpty()) {
            throw new InvalidInputException(tooLarge);
        }
        return InputReader.read(Source.of("descriptor.json", descriptorBytes), Source.of("request.json", requestBytes),
                inventory == null ? null : Source.of("inventory.json", inventoryBytes));
    }

    /**
     * Inputs a caller built itself, for example read by its own means or changed after reading;
     * {@code inventory} may be null. Only the checks of the plan are made on them: the rules
     * between descriptor and request that {@link #read(Path, Path, Path)} checks are the caller's.
     */
    public Inputs read(Descriptor descriptor, DeploymentRequest request, Inventory inventory) {
        return new Inputs(descriptor, request, inventory, List.of());
    }

    /** The built-in example deployment packaged in the jar. */
    public Inputs builtInExample() {
        return InputReader.builtInExample();
    }

    /** The built-in example deployment, checked against an inventory of the driving system. */
    public Inputs builtInExample(Path inventory) {
        return InputReader.builtInExample(inventory);
    }

    /**
     * Makes every decision of the deployment. The plan's warnings start with those of the inputs.
     *
     * @throws InvalidInputException every error of the plan (collisions, names too long, ...)
     */
    public DeploymentPlan plan(Inputs inputs) {
        return plan(inputs, Set.of());
    }

    /**
     * As {@link #plan(Inputs)}, with software instance names taken besides the inventory's (those
     * already created, e.g. by earlier deployments of a service): the target instance name
     * {@code <source>_<n>} takes the first n free of both.
     */
    public DeploymentPlan plan(Inputs inputs, Set<String> takenInstanceNames) {
        DeploymentPlan plan = PlanBuilder.build(inputs.descriptor(), inputs.request(), inputs.inventory(),
                inputs.sources(), takenInstanceNames);
        // The inputs' warnings are the plan's too: the report, the plan JSON and the manifest list
        // them, whichever command made the plan.
        List<Problem> warnings = new ArrayList<>(inputs.warnings());
        warnings.addAll(plan.warnings());
        return plan.withWarnings(warnings);
    }

    /**
     * The plan JSON, as {@link #render} writes it to {@code .zdeploy/manifest.json}: {@code jcl} lists
     * {@code <jcldataset>(<member>)} in run order and {@code zdeploy.members} each member's job type,
     * description and whether it is to be submitted. Nothing is rendered to make it.
     */
    public String manifest(DeploymentPlan plan) {
        return Manifest.json(plan, JobPlanner.jobs(plan));
    }

    /**
     * Writes the same text as {@link #manifest} to {@code out} (left open), as one stream: for plans
     * whose manifest is too large to hold as one string.
     */
    public void writeManifest(DeploymentPlan plan, Writer out) {
        Manifest.write(plan, JobPlanner.jobs(plan), out);
    }

    /**
     * Lays the plan's jobs out as members in run order, each checked by the lint gate. The plan may
     * come from {@link #plan} or be built or adjusted by the caller.
     */
    public Deployment render(DeploymentPlan plan) {
        List<Job> jobs = JobPlanner.jobs(plan);
        // Every member is held here anyway: each member's lint gate runs on a second thread while the
        // next members render, with the same bytes and failures as in line (SecondThread). The manifest
        // is made from the plan when the deployment is asked for it, not held (Deployment).
        try (SecondThread second = new SecondThread()) {
            return new Deployment(plan, renderer.render(plan, jobs, second));
        }
    }

    /**
     * Renders the plan's jobs as {@link #render(DeploymentPlan)} does, without holding the deployment:
     * each member goes to {@code members} as soon as it is rendered and has passed the lint gate, in run
     * order, on the calling thread, and the manifest (the text of {@link #manifest}) is written to
     * {@code manifest} (left open) while the members render, from a thread of its own: for a caller that
     * passes the members on (a stream, a service's response, a transfer to a PDS), whatever the size of
     * the plan. Each member's lint gate runs on another thread while the next members render; the render
     * waits for a gate only when the members held for their gates besides the newest pass 64 MB, so memory
     * holds the newest member and at most that much more (two members when they are larger). All problems at once, as {@link #render(DeploymentPlan)}: a
     * member that fails its gate is not handed on, and the {@link LintGateException} thrown after the
     * last member lists every finding; a template failure ends the call. A caller keeps nothing of a call
     * that threw: what it was given is incomplete.
     *
     * @throws IOException what {@code members} or {@code manifest} threw
     */
    public void render(DeploymentPlan plan, JobRenderer.Sink members, Writer manifest) throws IOException {
        List<Job> jobs = JobPlanner.jobs(plan);
        // Two workers, not one: the manifest must not wait behind the gates (the members would pile up
        // while it is written) nor the gates behind the manifest.
        try (SecondThread gates = new SecondThread(); SecondThread manifestThread = new SecondThread()) {
            Future<Void> written = manifestThread.submit(() -> {
                Manifest.write(plan, jobs, manifest);
                return null;
            });
            renderer.render(plan, jobs, members, gates);
            try {
                SecondThread.get(written);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /** Plans and renders inputs already read. */
    public Deployment generate(Inputs inputs) {
        return render(plan(inputs));
    }

    /**
     * Runs a rendered deployment on a model of the driving system (the one its inputs describe, or
     * {@code initial}) and compares the end state with its plan: the submitted jobs in run order,
     * then the cleanup job. See {@link Simulator}.
     *
     * @param inputs     the inputs the deployment was planned from (the initial state)
     * @param deployment the rendered deployment
     * @param initial    the state to start from, or null
     * @param faults     failures to inject (empty for none)
     */
    public SimulationReport simulate(Inputs inputs, Deployment deployment, SystemState initial, List<Fault> faults) {
        List<SimulationMember> members = Simulator.members(deployment.jobs().stream().map(RenderedJob::job).toList(),
                deployment.members());
        return new Simulator().run(inputs, deployment.plan(), members, initial, faults);
    }

    /**
     * Runs members a site edited or wrote ({@code members}, with their roles) on the model of the
     * driving system its inputs describe, and compares the end state with the inputs' plan.
     */
    public SimulationReport simulate(Inputs inputs, List<SimulationMember> members, SystemState initial,
                                     List<Fault> faults) {
        return new Simulator().run(inputs, plan(inputs), members, initial, faults);
    }

    /** The jobs of a plan as {@link #render} lays them out: member names, types, whether submitted. */
    public List<Job> jobs(DeploymentPlan plan) {
        return JobPlanner.jobs(plan);
    }

    /**
     * The IEBUPDTE deck of a deployment: one job, under the request's job statement, that loads every
     * member into the request's {@code jcldataset}.
     *
     * @throws InvalidInputException the request names no {@code jcldataset} to load
     * @throws LintGateException     a member holds what an IEBUPDTE deck cannot carry (a record starting
     *                               with {@code ./}, which only a site's own template can write)
     */
    public String deck(Deployment deployment) {
        DeploymentPlan plan = deployment.plan();
        requireJcldataset(plan);
        try {
            return IebupdteDeck.build(plan.jobStatement(), plan.jcldataset(), members(deployment));
        } catch (JclSyntaxException refused) {
            throw new LintGateException(List.of(refused.getMessage()));
        }
    }

    private static void requireJcldataset(DeploymentPlan plan) {
        if (plan.jcldataset() == null) {
            throw new InvalidInputException(List.of(Problem.error("request", "/jcldataset",
                    "an IEBUPDTE deck loads the members into jcldataset, which the request does not name")));
        }
    }

    /**
     * Writes the deployment to {@code directory} in the format of the options, all of it or nothing.
     * A PDS-style directory holds one file per member and {@code .zdeploy/manifest.json}; in the
     * IEBUPDTE format the one member is the deck ({@link #deck}), named {@value IebupdteDeck#DEFAULT_JOB_NAME};
     * {@code .zdeploy/files.json} records what was written. An existing non-empty directory is refused
     * unless the options force an update, or it already holds exactly this output (then nothing is
     * touched); a directory holding anything zdeploy did not write is always refused. The directory
     * changes in one step as a reader sees it, and runs on one directory exclude each other
     * ({@link dev.zdeploy.output.PdsDirectoryWriter}).
     *
     * @throws InvalidInputException the IEBUPDTE format was asked for and the request names no
     *                               {@code jcldataset}; nothing is written
     * @throws LintGateException     a member holds what an IEBUPDTE deck cannot carry; nothing is written
     * @throws IOException           the directory is refused or cannot be written; the message says why
     */
    public WriteReport write(Deployment deployment, Path directory) throws IOException {
        MemberSource members = sink -> {
            for (Member member : members(deployment)) {
                sink.add(member);
            }
        };
        // The manifest goes from the plan straight into its file, never held as one string (Deployment).
        TextContent manifest = deployment::writeManifest;
        return options.format() == OutputFormat.PDS
                ? new PdsDirectoryWriter().write(directory, members, manifest, options.force())
                : writeDeck(deployment.plan(), directory, members, manifest);
    }

    /**
     * Renders the plan's jobs and writes them to {@code directory} as {@link #write} does, each member
     * into the staging directory as soon as it is rendered and checked and the manifest straight into
     * its file, so that memory holds one member, not the deployment. All or nothing as ever: a member
     * that fails its lint gate or template leaves the directory as it was. In the IEBUPDTE format each
     * member's records go into the deck being staged as the member is rendered, and the deck's header
     * (which names the delimiter no member record begins with) is written after the last member.
     *
     * @throws InvalidInputException the IEBUPDTE format was asked for and the request names no
     *                               {@code jcldataset}; checked before anything is rendered
     * @throws IOException           the directory is refused or cannot be written; the message says why
     */
    public WriteReport renderTo(DeploymentPlan plan, Path directory) throws IOException {
        if (options.format() != OutputFormat.PDS) {
            requireJcldataset(plan);
        }
        List<Job> jobs = JobPlanner.jobs(plan);
        MemberSource members = sink -> renderer.render(plan, jobs, job -> sink.add(new Member(job.member(), job.text())));
        TextContent manifest = out -> Manifest.write(plan, jobs, out);
        return options.format() == OutputFormat.PDS
                ? new PdsDirectoryWriter().write(directory, members, manifest, options.force())
                : writeDeck(plan, directory, members, manifest);
    }

    /** The IEBUPDTE deck of {@code members}, one at a time, and the manifest, written to {@code directory}. */
    private WriteReport writeDeck(DeploymentPlan plan, Path directory, MemberSource members, TextContent manifest)
            throws IOException {
        requireJcldataset(plan);
        try {
            return new IebupdteDeckWriter().write(directory, plan.jobStatement(), plan.jcldataset(), members, manifest,
                    options.force());
        } catch (JclSyntaxException refused) {
            throw new LintGateException(List.of(refused.getMessage()));
        }
    }

    private static List<Member> members(Deployment deployment) {
        return deployment.jobs().stream().map(job -> new Member(job.member(), job.text())).toList();
    }

}
