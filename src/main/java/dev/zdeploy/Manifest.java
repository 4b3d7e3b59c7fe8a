package dev.zdeploy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zdeploy.jobs.Job;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.PlanJson;
import java.util.List;

/**
 * The manifest written beside the members: the plan JSON with {@code jcl} listing
 * {@code <jcldataset>(<member>)} in run order (as z/OSMF's response does), and under
 * {@code zdeploy.members} each member's job type, description and whether it is to be submitted.
 */
final class Manifest {

    private Manifest() {}

    static String json(DeploymentPlan plan, List<Job> jobs) {
        List<String> jcl = jobs.stream().map(job -> qualified(plan, job)).toList();
        ObjectNode root = PlanJson.tree(plan, jcl);
        ArrayNode members = ((ObjectNode) root.get("zdeploy")).putArray("members");
        for (Job job : jobs) {
            ObjectNode member = members.addObject();
            member.put("member", job.member());
            member.put("type", job.type().name());
            member.put("description", job.description());
            member.put("submit", job.submitted());
        }
        return PlanJson.print(root);
    }

    private static String qualified(DeploymentPlan plan, Job job) {
        return plan.jcldataset() == null ? job.member() : plan.jcldataset() + "(" + job.member() + ")";
    }
}
