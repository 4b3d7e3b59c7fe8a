package dev.zdeploy.simulate;

import dev.zdeploy.input.Inputs;
import dev.zdeploy.plan.DeploymentPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A failure drill (issue 12): injects a failure, then does what the failed job's comment box says
 * ({@link Recovery}, read from the member text): unmounts what the job mounted, deletes what a step
 * created, resubmits the job as it is or with RESTART=; a further failure may be injected into each
 * rerun. Then the deployment goes on in run order, the cleanup job runs, and the end state is
 * compared with the plan ({@link PlanCheck}, against the state before the first job).
 */
public final class Drill {

    /** Reruns of one job before the drill gives up. */
    static final int MAX_RERUNS = 3;

    private Drill() {}

    /**
     * Runs a drill.
     *
     * @param faults the first failure, then one to inject into each rerun in turn (at least one)
     */
    public static DrillReport run(Inputs inputs, DeploymentPlan plan, List<SimulationMember> members, SystemState initial,
                                  List<Fault> faults) {
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("a drill needs a failure to inject");
        }
        SystemState start = initial != null ? initial.copy() : DrivingSystem.of(inputs, plan);
        SystemState before = start.copy();
        Run run = new Run(start, List.of(faults.get(0)));
        run.watched = members.stream().filter(m -> m.role() == SimulationMember.Role.SUBMITTED)
                .filter(m -> faults.get(0).matches(m.name(), faults.get(0).step())).map(SimulationMember::name)
                .findFirst().orElse(null);
        JobRunner runner = new JobRunner(run, new Simulator().programs());
        List<JobResult> jobs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> log = new ArrayList<>();
        log.add("inject " + faults.get(0).describe());
        int nextFault = 1;
        boolean injected = false;
        DrillReport.Outcome outcome = null;
        for (SimulationMember m : members) {
            if (m.role() == SimulationMember.Role.NOT_SUBMITTED || m.role() == SimulationMember.Role.SUBMITTED && outcome != null) {
                skipped.add(m.name());
                continue;
            }
            if (m.role() != SimulationMember.Role.SUBMITTED) {
                continue;
            }
            JobResult result = runner.run(m.name(), m.text(), "SUBMITTED");
            jobs.add(result);
            injected |= injected(result);
            SystemState jobStart = null;
            for (int rerun = 0; failedStep(result) != null && outcome == null; rerun++) {
                StepResult failed = failedStep(result);
                String stepName = failed == null ? "?" : failed.step();
                log.add(m.name() + " failed in step " + stepName + (failed != null && failed.rc() != null
                        ? " (return code " + failed.rc() + ")" : failed != null ? " (" + failed.status() + ")" : ""));
                if (jobStart == null && m.name().equals(run.watched)) {
                    jobStart = result.steps().stream().map(s -> run.beforeStep.get(s.step())).filter(s -> s != null)
                            .findFirst().orElse(null);
                }
                if (rerun == MAX_RERUNS) {
                    log.add(m.name() + " still fails after " + MAX_RERUNS + " reruns");
                    outcome = DrillReport.Outcome.FAILED;
                    break;
                }
                Recovery recovery = Recovery.forStep(Recovery.of(m.text()), stepName);
                if (recovery == null) {
                    log.add(m.name() + " states no recovery for step " + stepName + " (no ZDEPLOY RECOVERY line)");
                    outcome = DrillReport.Outcome.FAILED;
                    break;
                }
                log.add("instruction " + recovery);
                if (recovery.manual()) {
                    log.add("a manual procedure (the comment box's AFTER A FAILURE text): not followed by the drill");
                    outcome = DrillReport.Outcome.MANUAL;
                    break;
                }
                String restart = follow(run, recovery, stepName, jobStart, log);
                if (recovery.actions().contains("DONE")) {
                    log.add(m.name() + " needs no rerun");
                    break;
                }
                if (restart == null && recovery.actions().stream().noneMatch(a -> a.equals("RESUBMIT"))) {
                    log.add("the instruction neither resubmits nor restarts the job");
                    outcome = DrillReport.Outcome.FAILED;
                    break;
                }
                run.faults = nextFault < faults.size() ? List.of(faults.get(nextFault++)) : List.of();
                log.add("rerun " + m.name() + (restart == null ? " as it is" : " with RESTART=" + restart)
                        + (run.faults.isEmpty() ? "" : ", injecting " + run.faults.get(0).describe()));
                result = runner.run(m.name(), m.text(), "RERUN", restart);
                jobs.add(result);
            }
        }
        PlanCheck check = new PlanCheck(plan, before);
        List<Difference> differences = new ArrayList<>(check.check(PlanCheck.AFTER_JOBS, start, run.updates, false));
        if (outcome == null) {
            for (SimulationMember m : members) {
                if (m.role() == SimulationMember.Role.CLEANUP) {
                    jobs.add(runner.run(m.name(), m.text(), "CLEANUP"));
                    differences.addAll(check.check(PlanCheck.AFTER_CLEANUP, start, run.updates, true));
                }
            }
        }
        SimulationReport report = new SimulationReport(jobs, skipped, differences, run.notModelled, before, start);
        if (outcome == null) {
            outcome = report.reachedPlan() ? DrillReport.Outcome.PLANNED : DrillReport.Outcome.FAILED;
        }
        return new DrillReport(faults, injected, log, outcome, report);
    }

    private static boolean injected(JobResult job) {
        return job.steps().stream().anyMatch(s -> s.messages().stream().anyMatch(m -> m.startsWith("injected")));
    }

    /**
     * The step that failed the job: the first that ended above 4 (a shell step: above 0: its exit status
     * 1 is a failed command, the comment boxes say "every step 0" and the next steps test COND=(0,NE)),
     * could not be allocated, or was not run.
     */
    static StepResult failedStep(JobResult job) {
        return job.steps().stream().filter(s -> s.status() == StepResult.Status.FAILED_ALLOCATION
                || s.status() == StepResult.Status.RAN && s.rc() > Simulator.highestGoodCode(s)
                || s.status() == StepResult.Status.NOT_RUN && s.messages().stream().noneMatch(m -> m.startsWith("before")))
                .findFirst().orElse(null);
    }

    /** Does the instruction's actions before the rerun; returns the restart step, or null to resubmit as it is. */
    private static String follow(Run run, Recovery recovery, String failed, SystemState jobStart, List<String> log) {
        String restart = null;
        for (String action : recovery.actions()) {
            String value = action.contains("=") ? action.substring(action.indexOf('=') + 1) : "";
            String step = value.equals("*") ? failed : value;
            if (action.equals("UNMOUNT")) {
                if (jobStart == null) {
                    log.add("UNMOUNT: the state before the job is not known; nothing unmounted");
                    continue;
                }
                for (String point : new ArrayList<>(run.state.unix.mounts.keySet())) {
                    if (!run.state.unix.mounts.get(point).equals(jobStart.unix.mounts.get(point))) {
                        log.add("unmount " + run.state.unix.mounts.remove(point) + " from " + point);
                    }
                }
            } else if (action.startsWith("DELETE=")) {
                SystemState snapshot = run.beforeStep.get(step);
                if (snapshot == null) {
                    log.add("DELETE=" + step + ": that step did not run; nothing to delete");
                } else {
                    deleteCreated(run.state, snapshot, step, log);
                }
            } else if (action.startsWith("RESTART=")) {
                restart = step;
            }
        }
        return restart;
    }

    /** Deletes every catalog, catalog entry and VTOC entry that exists now and did not before {@code step}. */
    private static void deleteCreated(SystemState state, SystemState snapshot, String step, List<String> log) {
        for (Map.Entry<String, Catalog> c : new ArrayList<>(state.catalogs.entrySet())) {
            Catalog old = snapshot.catalogs.get(c.getKey());
            if (old == null) {
                state.catalogs.remove(c.getKey());
                log.add("delete catalog " + c.getKey() + " (created by " + step + ")");
                continue;
            }
            for (String name : new ArrayList<>(c.getValue().entries.keySet())) {
                if (!old.entries.containsKey(name)) {
                    c.getValue().entries.remove(name);
                    log.add("delete " + name + " from " + c.getKey() + " (created by " + step + ")");
                }
            }
        }
        for (Volume volume : state.volumes.values()) {
            Volume old = snapshot.volumes.get(volume.serial);
            for (String name : new ArrayList<>(volume.vtoc.keySet())) {
                if (old == null || !old.vtoc.containsKey(name)) {
                    volume.vtoc.remove(name);
                    log.add("scratch " + name + " on " + volume.serial + " (created by " + step + ")");
                }
            }
        }
    }
}
