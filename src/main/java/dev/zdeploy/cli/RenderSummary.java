package dev.zdeploy.cli;

import dev.zdeploy.Deployment;
import dev.zdeploy.output.FillBar;
import dev.zdeploy.output.WriteReport;
import dev.zdeploy.plan.VolumeUsage;
import dev.zdeploy.problem.Problem;
import dev.zdeploy.render.RenderedJob;
import java.util.Locale;

/** What {@code render} prints: the jobs in run order, each target volume's fill, and warnings. */
final class RenderSummary {

    private static final int BAR_WIDTH = 20;

    private RenderSummary() {}

    static String text(Deployment deployment, WriteReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %s (target instance %s)%n", report.directory(), report.summary(),
                deployment.plan().tgtswiname()));
        out.append(String.format(Locale.ROOT, "%nJobs, in run order%n"));
        for (RenderedJob job : deployment.jobs()) {
            out.append(String.format(Locale.ROOT, "  %-8s  %-13s  %s%n", job.member(),
                    job.job().submitted() ? "submit" : "do not submit", job.job().description()));
        }
        out.append(String.format(Locale.ROOT, "%nTarget volumes%n"));
        for (VolumeUsage volume : deployment.plan().volumeUsage()) {
            out.append(String.format(Locale.ROOT, "  %-6s  %s  %,d of %,d tracks%s%n", volume.volume(),
                    FillBar.render(volume.tracks(), volume.capacity(), BAR_WIDTH), volume.tracks(), volume.capacity(),
                    volume.capacityAssumed() ? " (3390-9 assumed)" : ""));
        }
        if (!deployment.plan().warnings().isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nWarnings%n"));
            for (Problem warning : deployment.plan().warnings()) {
                out.append("  ").append(warning.format()).append(System.lineSeparator());
            }
        }
        return out.toString();
    }
}
