package dev.zdeploy;

import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.render.RenderedJob;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rendered deployment: the plan, its jobs laid out as members in run order, and the manifest (the
 * plan JSON with {@code jcl} filled in). Every member has passed the lint gate.
 *
 * @param plan     the plan the members were rendered from
 * @param jobs     the rendered jobs, in run order
 * @param manifest the manifest JSON, as written to {@code .zdeploy/manifest.json}
 */
public record Deployment(DeploymentPlan plan, List<RenderedJob> jobs, String manifest) {

    public Deployment {
        jobs = List.copyOf(jobs);
    }

    /** Member name to member text, in run order. */
    public Map<String, String> members() {
        Map<String, String> members = new LinkedHashMap<>();
        jobs.forEach(job -> members.put(job.member(), job.text()));
        return members;
    }
}
