package dev.zdeploy;

import dev.zdeploy.jobs.Job;
import dev.zdeploy.json.PrettyJsonWriter;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.PlanJson;
import dev.zdeploy.render.ChunkedText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifest written beside the members: the plan JSON with {@code jcl} listing
 * {@code <jcldataset>(<member>)} in run order (as z/OSMF's response does), and under
 * {@code zdeploy.members} each member's job type, description and whether it is to be submitted.
 * Written as one stream: no JSON tree is built, whatever the size of the plan.
 */
final class Manifest {

    private Manifest() {}

    static String json(DeploymentPlan plan, List<Job> jobs) {
        // About 1,500 characters a data set: past 1,400,000 data sets of short names, or fewer of long ones,
        // the manifest no longer fits one string; refused as it passes that, naming the streamed forms.
        ChunkedText out = new ChunkedText("the manifest of " + plan.tgtswiname() + " held as one string (ZDeploy.manifest(plan),"
                + " Deployment.manifest())", "; write it as it is made instead: ZDeploy.renderTo(plan, directory)"
                + " (zdeploy render --out), ZDeploy.render(plan, members, manifestWriter),"
                + " ZDeploy.writeManifest(plan, writer) or Deployment.writeManifest(writer)");
        write(plan, jobs, out);
        return out.toString();
    }

    /** Writes the manifest to {@code out}, left open. */
    static void write(DeploymentPlan plan, List<Job> jobs, Writer out) {
        PlanJson.write(plan, jcl(plan, jobs), out, json -> members(json, jobs));
    }

    /** The manifest's {@code jcl}: {@code <jcldataset>(<member>)} in run order (the member alone without a jcldataset). */
    static List<String> jcl(DeploymentPlan plan, List<Job> jobs) {
        List<String> jcl = new ArrayList<>(jobs.size());
        for (Job job : jobs) {
            jcl.add(qualified(plan, job));
        }
        return jcl;
    }

    private static void members(PrettyJsonWriter json, List<Job> jobs) throws IOException {
        json.arrayField("members");
        for (Job job : jobs) {
            json.startObject();
            json.stringField("member", job.member());
            json.stringField("type", job.type().name());
            json.stringField("description", job.description());
            json.boolField("submit", job.submitted());
            json.endObject();
        }
        json.endArray();
    }

    private static String qualified(DeploymentPlan plan, Job job) {
        return plan.jcldataset() == null ? job.member() : plan.jcldataset() + "(" + job.member() + ")";
    }
}
