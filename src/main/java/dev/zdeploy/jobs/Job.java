package dev.zdeploy.jobs;

import dev.zdeploy.plan.TargetDataSet;
import java.util.List;

/**
 * One job of the deployment.
 *
 * @param member      member name {@code IZUDnntt}: nn its position in run order, tt its type
 * @param sequence    its position in run order, from 1
 * @param type        job type
 * @param description one-line description
 * @param submitted   whether it is meant to be submitted in sequence
 * @param datasets    the target data sets this job acts on, in plan order
 */
public record Job(String member, int sequence, JobType type, String description, boolean submitted,
        List<TargetDataSet> datasets) {

    public Job {
        datasets = List.copyOf(datasets);
    }
}
