package dev.zdeploy;

import dev.zdeploy.jobs.Job;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.render.RenderedJob;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rendered deployment: the plan and its jobs laid out as members in run order. Every member has
 * passed the lint gate.
 *
 * <p>The manifest (the plan JSON with {@code jcl} filled in) is not held: it is made from the plan when
 * asked for ({@link #manifest()}, {@link #writeManifest}), the same text each time. It is about 1,500
 * characters a data set, more than all the members together, so a held deployment of a million data
 * sets that kept it held 1.5 GB more than it needs: gigabytes the collector copies and marks while the
 * members render (issue 13), and a string that passes what Java holds in one within the descriptor's
 * size bound.
 *
 * @param plan the plan the members were rendered from
 * @param jobs the rendered jobs, in run order
 */
public record Deployment(DeploymentPlan plan, List<RenderedJob> jobs) {

    public Deployment {
        jobs = List.copyOf(jobs);
    }

    /** Member name to member text, in run order. */
    public Map<String, String> members() {
        Map<String, String> members = new LinkedHashMap<>();
        jobs.forEach(job -> members.put(job.member(), job.text()));
        return members;
    }

    /**
     * The manifest JSON, as written to {@code .zdeploy/manifest.json}, made anew at each call.
     *
     * @throws dev.zdeploy.render.TextTooLargeException the manifest would be longer than one Java string holds
     *                                                   (about 1.4 million data sets): {@link #writeManifest} it
     */
    public String manifest() {
        return Manifest.json(plan, laidOut());
    }

    /** Writes the text of {@link #manifest()} to {@code out} (left open), as one stream, whatever its size. */
    public void writeManifest(Writer out) {
        Manifest.write(plan, laidOut(), out);
    }

    /**
     * The manifest's {@code jcl}: {@code <jcldataset>(<member>)} for each member in run order, or the member
     * name alone when the request names no {@code jcldataset}.
     */
    public List<String> jcl() {
        return Manifest.jcl(plan, laidOut());
    }

    private List<Job> laidOut() {
        return jobs.stream().map(RenderedJob::job).toList();
    }
}
