package dev.zdeploy.simulate;

import dev.zdeploy.descriptor.DeploymentSize;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.jobs.Job;
import dev.zdeploy.plan.DeploymentPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a deployment's members on a model of the driving system and compares the end state with the
 * plan: the jobs meant to be submitted in run order, then the cleanup job (its effect checked
 * separately), never the samples. The members are read as text, never taken from zdeploy's own
 * objects: a site's edited members run as well.
 */
public final class Simulator {

    /**
     * The most data sets a deployment may have to be simulated (README, "Limits"). The model holds the
     * driving system's state (every catalog, VTOC and CSI entry, before and after), every job's statements
     * while it runs and every change it reports, all growing with the data sets: 100,000 simulate in
     * about 0.9 GB resident (--jcl; 1.2 GB rendered in the run) and 25-30 s of CPU through bin/zdeploy (a
     * 700 MB heap runs out), so a million would need some 10 GB, five times a 2 GiB budget. Render, plan
     * and lint take up to 1,000,000.
     */
    public static final int MAX_DATA_SETS = 100_000;

    /**
     * The largest descriptor file simulate reads, checked before it is read: render's bytes per data set
     * (DeploymentSize.MAX_DESCRIPTOR_BYTES for its MAX_DATA_SETS, generous beside z/OSMF's 600 to 900) times
     * {@link #MAX_DATA_SETS}. Without it a descriptor of a million data sets was read for 34 s and 750 MB
     * before its count was refused.
     */
    public static final long MAX_DESCRIPTOR_BYTES =
            DeploymentSize.MAX_DESCRIPTOR_BYTES * MAX_DATA_SETS / DeploymentSize.MAX_DATA_SETS;

    /**
     * Why a descriptor file of {@code bytes} is not read for a simulation (more than
     * {@link #MAX_DESCRIPTOR_BYTES}), naming it as {@code descriptor}; null when it is read.
     */
    public static String descriptorTooLarge(String descriptor, long bytes) {
        if (bytes <= MAX_DESCRIPTOR_BYTES) {
            return null;
        }
        return String.format(java.util.Locale.ROOT, "%s: the file holds %,d bytes; simulate reads descriptors of at"
                + " most %,d bytes (%,d data sets: README, \"Limits\"); render, plan and lint read up to %,d bytes"
                + " (%,d data sets)", descriptor, bytes, MAX_DESCRIPTOR_BYTES, MAX_DATA_SETS,
                DeploymentSize.MAX_DESCRIPTOR_BYTES, DeploymentSize.MAX_DATA_SETS);
    }

    /**
     * Why a deployment of {@code dataSets} is not simulated (more than {@link #MAX_DATA_SETS}), naming the
     * descriptor as {@code descriptor}; null when it is.
     */
    public static String tooManyDataSets(String descriptor, int dataSets) {
        if (dataSets <= MAX_DATA_SETS) {
            return null;
        }
        return String.format(java.util.Locale.ROOT, "%s: the descriptor lists %,d data sets; simulate models at most"
                + " %,d (the model of the driving system grows with them: README, \"Limits\"); render, plan and lint"
                + " take up to %,d", descriptor, dataSets, MAX_DATA_SETS, dev.zdeploy.jcl.MemberBounds.MAX_DATA_SETS);
    }

    private final Map<String, Program> programs;

    public Simulator() {
        programs = Map.ofEntries(Map.entry("IDCAMS", new ProgramFactory(Idcams::new)),
                Map.entry("ADRDSSU", new ProgramFactory(Dss::new)), Map.entry("GIMSMP", new ProgramFactory(Smpe::new)),
                Map.entry("GIMUNZIP", new ProgramFactory(Gimunzip::new)),
                Map.entry("BPXBATCH", new ProgramFactory(Bpxbatch::new)), Map.entry("IKJEFT01", new ProgramFactory(Tso::new)),
                Map.entry("IKJEFT1A", new ProgramFactory(Tso::new)), Map.entry("IKJEFT1B", new ProgramFactory(Tso::new)),
                Map.entry("IOEAGFMT", new ProgramFactory(() -> new Ioeagfmt(false))),
                Map.entry("IOEFSUTL", new ProgramFactory(() -> new Ioeagfmt(true))),
                Map.entry("IEBUPDTE", new ProgramFactory(Iebupdte::new)),
                Map.entry("ICKDSF", new ProgramFactory(Ickdsf::new)),
                Map.entry("IEHLIST", new ProgramFactory(Iehlist::new)));
    }

    Map<String, Program> programs() {
        return programs;
    }

    /** A program whose interpreter keeps state per step: a new one each step. */
    private record ProgramFactory(java.util.function.Supplier<Program> supplier) implements Program {
        @Override
        public int run(Step step) {
            return supplier.get().run(step);
        }
    }

    /** True when every step ran and ended with its highest good code or less, or was bypassed. */
    static boolean endedWell(JobResult job) {
        return !job.steps().isEmpty() && job.steps().stream().allMatch(s -> s.status() == StepResult.Status.BYPASSED
                || s.status() == StepResult.Status.RAN && s.rc() <= highestGoodCode(s)
                || s.status() == StepResult.Status.NOT_RUN && s.messages().stream().anyMatch(m -> m.startsWith("before")));
    }

    /**
     * The highest return code of a step that did its work: 4 (a warning) for the utilities, 0 for
     * BPXBATCH, whose return code is the shell's exit status, where any other value means a command
     * failed (UNIX System Services Command Reference, "BPXBATCH"; the failure drills treat it alike,
     * {@link Drill#failedStep}).
     */
    static int highestGoodCode(StepResult step) {
        return "BPXBATCH".equals(step.program()) ? 0 : 4;
    }

    /** The members of rendered jobs, with the role their job type gives them. */
    public static List<SimulationMember> members(List<Job> jobs, Map<String, String> texts) {
        List<SimulationMember> members = new ArrayList<>();
        for (Job job : jobs) {
            SimulationMember.Role role = job.submitted() ? SimulationMember.Role.SUBMITTED
                    : job.type() == dev.zdeploy.jobs.JobType.DA ? SimulationMember.Role.CLEANUP
                    : SimulationMember.Role.NOT_SUBMITTED;
            members.add(new SimulationMember(job.member(), texts.get(job.member()), role));
        }
        return members;
    }

    /**
     * Simulates {@code members} in order.
     *
     * @param inputs  the deployment's inputs (for the initial state)
     * @param plan    its plan (what the end state is compared with)
     * @param members the members with their roles, in run order
     * @param initial the state to start from, or null for the one the inputs describe
     * @param faults  failures to inject
     */
    public SimulationReport run(Inputs inputs, DeploymentPlan plan, List<SimulationMember> members,
                                SystemState initial, List<Fault> faults) {
        SystemState start = initial != null ? initial.copy() : DrivingSystem.of(inputs, plan);
        SystemState before = start.copy();
        Run run = new Run(start, faults);
        JobRunner runner = new JobRunner(run, programs);
        List<JobResult> jobs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        PlanCheck check = new PlanCheck(plan, before);
        List<Difference> differences = new ArrayList<>();
        boolean cleanup = false;
        String stopped = null;
        for (SimulationMember m : members) {
            if (m.role() == SimulationMember.Role.SUBMITTED && stopped == null) {
                JobResult job = runner.run(m.name(), m.text(), "SUBMITTED");
                jobs.add(job);
                // A job that did not end well stops the deployment: each job's comment box says to submit
                // the next one only after every step ended with 4 or less.
                stopped = endedWell(job) ? null : m.name();
            } else if (m.role() == SimulationMember.Role.SUBMITTED) {
                skipped.add(m.name() + ": not submitted, " + stopped + " did not end well");
            } else if (m.role() == SimulationMember.Role.NOT_SUBMITTED) {
                skipped.add(m.name() + ": not submitted with the others");
            }
        }
        differences.addAll(check.check(PlanCheck.AFTER_JOBS, start, run.updates, false));
        for (SimulationMember m : members) {
            if (m.role() == SimulationMember.Role.CLEANUP && stopped != null) {
                skipped.add(m.name() + ": the cleanup job is not run, " + stopped + " did not end well");
            } else if (m.role() == SimulationMember.Role.CLEANUP) {
                jobs.add(runner.run(m.name(), m.text(), "CLEANUP"));
                cleanup = true;
            }
        }
        if (cleanup) {
            differences.addAll(check.check(PlanCheck.AFTER_CLEANUP, start, run.updates, true));
        }
        return new SimulationReport(jobs, skipped, differences, run.notModelled, before, start);
    }
}
