package dev.zdeploy.simulate;

/** The readable form of a simulation report: per job each step's return code and changes, then the differences. */
public final class SimulationText {

    private SimulationText() {}

    public static String of(SimulationReport report) {
        StringBuilder out = new StringBuilder();
        for (JobResult job : report.jobs()) {
            out.append(job.member()).append(' ').append(job.jobName() == null ? "" : job.jobName())
                    .append(job.phase().equals("CLEANUP") ? " (cleanup job, run after the deployment)" : "")
                    .append('\n');
            for (StepResult step : job.steps()) {
                out.append(String.format(java.util.Locale.ROOT, "  %-8s %-8s %s%n", step.step(),
                        step.program() == null ? "" : step.program(), status(step)));
                for (String change : step.changes()) {
                    out.append("      ").append(change).append('\n');
                }
                for (String message : step.messages()) {
                    if (isNotable(message)) {
                        out.append("      ! ").append(message).append('\n');
                    }
                }
            }
        }
        for (String skipped : report.skipped()) {
            out.append(skipped).append('\n');
        }
        if (!report.notModelled().isEmpty()) {
            out.append("not modelled (the run is incomplete):\n");
            report.notModelled().forEach(n -> out.append("  ").append(n).append('\n'));
        }
        if (report.differences().isEmpty()) {
            out.append("no differences from the plan\n");
        } else {
            out.append(report.differences().size()).append(report.differences().size() == 1 ? " difference" : " differences")
                    .append(" from the plan:\n");
            report.differences().forEach(d -> out.append("  ").append(d).append('\n'));
        }
        return out.toString();
    }

    private static String status(StepResult step) {
        return switch (step.status()) {
            case RAN -> "RC " + step.rc();
            case BYPASSED -> "bypassed";
            case NOT_RUN -> "not run" + (step.messages().isEmpty() ? "" : ": " + step.messages().get(0));
            case FAILED_ALLOCATION -> "JCL error: " + step.messages().get(step.messages().size() - 1);
        };
    }

    private static boolean isNotable(String message) {
        // A LISTCAT that finds nothing (4) is how the jobs' guards ask; it is not worth a mark.
        return message.contains("condition code") && !message.endsWith("condition code 0")
                && !message.endsWith("condition code 4")
                || message.contains("return code") || message.startsWith("not modelled") || message.startsWith("injected")
                || message.startsWith("shell:") || message.startsWith("ADR") || message.startsWith("GIM")
                || message.startsWith("IDCAMS:") || message.contains("not selected");
    }
}
