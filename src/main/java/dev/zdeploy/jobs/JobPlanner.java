package dev.zdeploy.jobs;

import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.TargetDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Decides which jobs a plan needs, in run order, and numbers their members contiguously. */
public final class JobPlanner {

    private JobPlanner() {}

    public static List<Job> jobs(DeploymentPlan plan) {
        List<Job> jobs = new ArrayList<>();
        List<TargetDataSet> trees = plan.datasets().stream().filter(unzippedAsTree(plan)).toList();
        add(jobs, JobType.RA, plan.datasets());
        add(jobs, JobType.PF, plan.datasets());
        if (plan.isPortable()) {
            add(jobs, JobType.UZ, plan.datasets().stream().filter(unzippedAsTree(plan).negate()).toList());
            if (!trees.isEmpty()) {
                add(jobs, JobType.ZF, trees);
            }
        } else {
            add(jobs, JobType.CP, plan.datasets());
        }
        if (plan.iplText() != null) {
            // The data sets it reads (SYS1.SAMPLIB) and writes the IPL text for (SYS1.NUCLEUS's volume).
            add(jobs, JobType.IP, plan.datasets().stream()
                    .filter(ds -> ds.name().equals("SYS1.SAMPLIB") || ds.name().equals("SYS1.NUCLEUS")).toList());
        }
        add(jobs, JobType.RN, plan.datasets());
        if (plan.needsZoneUpdate()) {
            add(jobs, JobType.UC, plan.datasets().stream().filter(ds -> !ds.dddefs().isEmpty() || ds.isCsi()).toList());
        }
        add(jobs, JobType.VF, plan.datasets());
        if (plan.hasNewMasterCatalog()) {
            add(jobs, JobType.DA, plan.datasets());
        }
        return List.copyOf(jobs);
    }

    /** The member name of the job of {@code type} at position {@code sequence}. */
    public static String memberName(int sequence, JobType type) {
        return String.format(Locale.ROOT, "IZUD%02d%s", sequence, type.name());
    }

    private static Predicate<TargetDataSet> unzippedAsTree(DeploymentPlan plan) {
        return plan::isUnzippedAsTree;
    }

    private static void add(List<Job> jobs, JobType type, List<TargetDataSet> datasets) {
        int sequence = jobs.size() + 1;
        jobs.add(new Job(memberName(sequence, type), sequence, type, type.description(), type.submitted(), datasets));
    }
}
