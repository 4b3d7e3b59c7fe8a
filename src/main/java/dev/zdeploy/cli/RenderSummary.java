package dev.zdeploy.cli;

import dev.zdeploy.OutputFormat;
import dev.zdeploy.jobs.Job;
import dev.zdeploy.output.FillBar;
import dev.zdeploy.output.IebupdteDeck;
import dev.zdeploy.output.WriteReport;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.ReportLines;
import dev.zdeploy.plan.VolumeUsage;
import dev.zdeploy.problem.Problem;
import java.util.List;
import java.util.Locale;

/**
 * What {@code render} prints: where the output went, the jobs in run order with their submit flags,
 * each target volume's fill, and the warnings. LF line ends, like everything zdeploy writes.
 */
final class RenderSummary {

    private static final int BAR_WIDTH = 20;

    private RenderSummary() {}

    static String text(DeploymentPlan plan, List<Job> jobs, OutputFormat format, WriteReport report,
            List<Problem> warnings) {
        StringBuilder out = new StringBuilder();
        out.append(report.directory()).append(": ").append(report.summary())
                .append(" (target instance ").append(plan.tgtswiname()).append(")\n");
        if (format == OutputFormat.IEBUPDTE) {
            out.append("The deck ").append(IebupdteDeck.DEFAULT_JOB_NAME).append(" loads ")
                    .append(Plural.of(jobs.size(), "member")).append(" into ")
                    .append(plan.jcldataset()).append(" with IEBUPDTE.\n");
        }
        out.append(jobs(jobs));
        out.append("\nTarget volumes\n");
        for (VolumeUsage volume : plan.volumeUsage()) {
            out.append(String.format(Locale.ROOT, "  %-6s  %s  %,d of %,d tracks%s", volume.volume(),
                    FillBar.render(volume.tracks(), volume.capacity(), BAR_WIDTH), volume.tracks(), volume.capacity(),
                    volume.capacityAssumed() ? " (3390-9 assumed)" : "")).append('\n');
        }
        if (!report.notes().isEmpty()) {
            out.append("\nFound beside ").append(report.directory()).append(" from an interrupted run\n");
            report.notes().forEach(note -> out.append("  ").append(note).append('\n'));
        }
        if (!warnings.isEmpty()) {
            out.append("\nWarnings\n");
            warnings.forEach(warning -> out.append("  ").append(warning.format()).append('\n'));
        }
        return out.toString();
    }

    /** The jobs in run order: member, whether to submit it, what it does. */
    static String jobs(List<Job> jobs) {
        StringBuilder out = new StringBuilder("\nJobs, in run order\n");
        for (Job job : jobs) {
            // 100 columns at most, a long description continued under itself.
            ReportLines.wrap(String.format(Locale.ROOT, "  %-8s  %-13s  %s", job.member(),
                    job.submitted() ? "submit" : "do not submit", job.description()), 27)
                    .forEach(line -> out.append(line).append('\n'));
        }
        return out.toString();
    }
}
