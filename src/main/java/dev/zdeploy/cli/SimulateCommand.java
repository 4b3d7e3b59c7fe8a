package dev.zdeploy.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zdeploy.Deployment;
import dev.zdeploy.ZDeploy;
import dev.zdeploy.ZDeployOptions;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.jcl.Linter;
import dev.zdeploy.jcl.MemberBounds;
import dev.zdeploy.json.InputLimits;
import dev.zdeploy.jobs.Job;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.simulate.Difference;
import dev.zdeploy.simulate.Drill;
import dev.zdeploy.simulate.DrillReport;
import dev.zdeploy.simulate.Simulator;
import dev.zdeploy.simulate.Fault;
import dev.zdeploy.simulate.JobResult;
import dev.zdeploy.simulate.NotModelled;
import dev.zdeploy.simulate.SimulationMember;
import dev.zdeploy.simulate.SimulationReport;
import dev.zdeploy.simulate.SimulationText;
import dev.zdeploy.simulate.StateJson;
import dev.zdeploy.simulate.StepResult;
import dev.zdeploy.simulate.SystemState;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code zdeploy simulate}: runs the deployment's jobs on a model of the driving system and compares
 * the end state with the plan. The members are the ones render would write (same inputs), or the
 * members of {@code --jcl DIR} a site edited or wrote. Exit 0 when the run was complete and reached
 * the plan, 1 when there are differences or statements not modelled, 2 for bad input.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs the deployment's jobs on a model of the driving system (the inventory's, or a minimal",
                "one) and compares the end state with the plan: per job each step's return code and changes,",
                "then every difference. It is a model, not z/OS: see the README.",
                "The exit status is 1 when the end state differs from the plan or a statement is not modelled."})
final class SimulateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Option(names = "--templates", paramLabel = "DIR", description = "templates that shadow the shipped ones file by file")
    private Path templates;

    @Option(names = "--jcl", paramLabel = "DIR", description = "simulate the members of this directory (edited or"
            + " hand-written) instead of rendering them; members named IZUDnnTT run as their job type says,"
            + " others in name order")
    private Path jcl;

    @Option(names = "--state", paramLabel = "FILE", description = "start from this state (JSON, as --state-out writes it)")
    private Path state;

    @Option(names = "--state-out", paramLabel = "FILE", description = "write the end state as JSON")
    private Path stateOut;

    @Option(names = "--fail", paramLabel = "MEMBER.STEP[:N]|MEMBER.STEP=RC", description = "run a failure drill: the"
            + " N-th unit of work of the step fails, or the step ends with RC; the drill follows the failed job's"
            + " ZDEPLOY RECOVERY instruction, reruns it, goes on and compares the end state with the plan. Repeated:"
            + " the second failure is injected into the rerun, and so on")
    private List<String> fail = new ArrayList<>();

    @Option(names = "--json", description = "print the report as JSON")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Fault> faults = new ArrayList<>();
        for (String f : fail) {
            try {
                faults.add(Fault.parse(f));
            } catch (IllegalArgumentException e) {
                err.println("--fail: " + e.getMessage());
                err.flush();
                return ExitStatus.INVALID_INPUT;
            }
        }
        SystemState initial = null;
        if (state != null) {
            if (!Files.isRegularFile(state)) {
                err.println(state + ": the file does not exist");
                err.flush();
                return ExitStatus.INVALID_INPUT;
            }
            if (Files.size(state) > StateJson.MAX_STATE_BYTES) {
                err.println(state + ": " + InputLimits.tooLarge("a state", Files.size(state), StateJson.MAX_STATE_BYTES));
                err.flush();
                return ExitStatus.INVALID_INPUT;
            }
            try {
                initial = StateJson.read(Files.readString(state, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                err.println(state + ": " + e.getMessage());
                err.flush();
                return ExitStatus.INVALID_INPUT;
            }
        }
        if (jcl != null && !Files.isDirectory(jcl)) {
            err.println(jcl + ": not a directory of members");
            err.flush();
            return ExitStatus.INVALID_INPUT;
        }
        // Refused before it is read (a descriptor read from standard input is counted after).
        if (inputs.descriptor != null && !InputOptions.isStandardInput(inputs.descriptor)
                && Files.isRegularFile(inputs.descriptor)) {
            String tooLarge = Simulator.descriptorTooLarge(inputs.descriptorName(), Files.size(inputs.descriptor));
            if (tooLarge != null) {
                err.println(tooLarge);
                err.flush();
                return ExitStatus.INVALID_INPUT;
            }
        }
        ZDeploy zdeploy = ZDeploy.create(ZDeployOptions.defaults().withTemplateDirectory(templates));
        Inputs read = inputs.read(zdeploy, spec.commandLine());
        Warnings.print(read.warnings(), err);
        int dataSets = read.descriptor().datasets().size();
        String tooMany = Simulator.tooManyDataSets(inputs.descriptorName(), dataSets);
        if (tooMany != null) {
            err.println(tooMany);
            err.flush();
            return ExitStatus.INVALID_INPUT;
        }
        // The largest member render writes for this deployment (its template output limit, 64 MiB per
        // 50,000 data sets begun): a --jcl member past it is refused before any is read.
        MemberBounds bounds = MemberBounds.forDataSets(dataSets);
        if (jcl != null) {
            List<String> large = new ArrayList<>();
            for (Path member : Linter.members(jcl)) {
                long size = Files.size(member);
                if (size > bounds.bytes()) {
                    large.add(bounds.tooLarge(member.toString(), size) + " for a deployment of "
                            + String.format(Locale.ROOT, "%,d", dataSets) + " data sets");
                }
            }
            if (!large.isEmpty()) {
                large.forEach(err::println);
                err.flush();
                return ExitStatus.INVALID_INPUT;
            }
        }
        SimulationReport report;
        DrillReport drill = null;
        if (!faults.isEmpty()) {
            DeploymentPlan plan;
            List<SimulationMember> members;
            if (jcl == null) {
                Deployment deployment = zdeploy.generate(read);
                plan = deployment.plan();
                members = Simulator.members(deployment.jobs().stream().map(j -> j.job()).toList(), deployment.members());
            } else {
                plan = zdeploy.plan(read);
                members = members(zdeploy.jobs(plan), bounds);
            }
            drill = Drill.run(read, plan, members, initial, faults);
            report = drill.report();
        } else if (jcl == null) {
            Deployment deployment = zdeploy.generate(read);
            report = zdeploy.simulate(read, deployment, initial, faults);
        } else {
            DeploymentPlan plan = zdeploy.plan(read);
            report = zdeploy.simulate(read, members(zdeploy.jobs(plan), bounds), initial, faults);
        }
        if (stateOut != null) {
            Path parent = stateOut.toAbsolutePath().getParent();
            Path temporary = Files.createTempFile(parent, ".zdeploy-state", ".json");
            try {
                Files.writeString(temporary, StateJson.write(report.finalState()), StandardCharsets.UTF_8);
                Files.move(temporary, stateOut, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(report) : drill != null ? drill.text() : SimulationText.of(report));
        out.flush();
        if (drill != null) {
            return drill.outcome() == DrillReport.Outcome.PLANNED ? ExitStatus.OK : ExitStatus.LINT_FINDINGS;
        }
        return report.reachedPlan() ? ExitStatus.OK : ExitStatus.LINT_FINDINGS;
    }

    /** The members of --jcl: named as zdeploy names them, they run as their job type says. */
    private List<SimulationMember> members(List<Job> jobs, MemberBounds bounds) throws IOException {
        Map<String, Job> byType = new HashMap<>();
        for (Job job : jobs) {
            byType.put(job.type().name(), job);
        }
        List<SimulationMember> members = new ArrayList<>();
        for (Path file : Linter.members(jcl)) {
            String name = file.getFileName().toString().toUpperCase(Locale.ROOT);
            SimulationMember.Role role = SimulationMember.Role.SUBMITTED;
            if (name.matches("IZUD\\d\\d[A-Z]{2}")) {
                Job job = byType.get(name.substring(6));
                if (job != null && !job.submitted()) {
                    role = job.type().name().equals("DA") ? SimulationMember.Role.CLEANUP
                            : SimulationMember.Role.NOT_SUBMITTED;
                }
            }
            // Read when its job runs (and again for a rerun), not held for the whole simulation; within the
            // bound checked before, should the file have grown since.
            members.add(SimulationMember.read(name, () -> {
                try (java.io.InputStream in = Files.newInputStream(file)) {
                    byte[] bytes = in.readNBytes((int) bounds.bytes() + 1);
                    if (bytes.length > bounds.bytes()) {
                        throw new IOException(bounds.tooLarge(file.toString(), Files.size(file)));
                    }
                    return new String(bytes, StandardCharsets.ISO_8859_1);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("cannot read " + file, e);
                }
            }, role));
        }
        return members;
    }

    private static String json(SimulationReport report) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("complete", report.complete());
        root.put("reachedPlan", report.reachedPlan());
        ArrayNode jobs = root.putArray("jobs");
        for (JobResult job : report.jobs()) {
            ObjectNode j = jobs.addObject();
            j.put("member", job.member());
            j.put("jobName", job.jobName());
            j.put("phase", job.phase());
            ArrayNode steps = j.putArray("steps");
            for (StepResult step : job.steps()) {
                ObjectNode s = steps.addObject();
                s.put("step", step.step());
                s.put("program", step.program());
                s.put("status", step.status().name());
                if (step.rc() != null) {
                    s.put("rc", step.rc());
                }
                step.changes().forEach(s.putArray("changes")::add);
                step.messages().forEach(s.putArray("messages")::add);
            }
        }
        report.skipped().forEach(root.putArray("notRun")::add);
        ArrayNode notModelled = root.putArray("notModelled");
        for (NotModelled n : report.notModelled()) {
            notModelled.addObject().put("member", n.member()).put("line", n.line()).put("what", n.what());
        }
        ArrayNode differences = root.putArray("differences");
        for (Difference d : report.differences()) {
            differences.addObject().put("checkpoint", d.checkpoint()).put("subject", d.subject())
                    .put("message", d.message());
        }
        try {
            return mapper.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
