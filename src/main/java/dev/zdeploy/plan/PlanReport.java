package dev.zdeploy.plan;

import dev.zdeploy.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan for a person to read ({@code zdeploy plan}): the deployment in brief, the volume map, per
 * target volume its data sets with tracks and the share of the volume's capacity, zones and mount
 * points, then problems, warnings and the checks that could not be made. LF line ends, no trailing
 * blanks, at most 100 columns (longer lines continue indented).
 */
public final class PlanReport {

    /** Where a header line's value starts ("  catalog:         "): its continuation lines start there too. */
    private static final int VALUE_COLUMN = 19;

    /** Where a data set line's name starts: after its tracks and type. */
    private static final int DATA_SET_COLUMN = 19;

    private PlanReport() {}

    public static String text(DeploymentPlan plan) {
        StringBuilder out = new StringBuilder(256 + plan.datasets().size() * 100);
        header(plan, out);
        volumeMap(plan, out);
        volumes(plan, out);
        zones(plan, out);
        mountPoints(plan, out);
        out.append('\n').append("Problems: none\n");
        warnings(plan.warnings(), out);
        if (!plan.checksNotMade().isEmpty()) {
            out.append('\n').append("Checks not made\n");
            plan.checksNotMade().forEach(check -> line(out, "  - " + check, 4));
        }
        return out.toString();
    }

    /** Problems that stopped the plan, one per line under a heading with their count. */
    public static String problems(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        out.append("Problems (").append(problems.size()).append(")\n");
        problems.forEach(problem -> line(out, "  " + problem.format()));
        return out.toString();
    }

    private static void header(DeploymentPlan plan, StringBuilder out) {
        String source = plan.sourceType().json() + " " + plan.sourceName()
                + (plan.sourceSystem() == null ? "" : " (system " + plan.sourceSystem() + ")")
                + (plan.sourceDirectory() == null ? "" : " from " + plan.sourceDirectory());
        line(out, "Deployment plan " + plan.deploymentName());
        line(out, "  source:          " + source + ", descriptor version " + plan.descriptorVersion(), VALUE_COLUMN);
        line(out, "  target instance: " + plan.tgtswiname(), VALUE_COLUMN);
        NewMasterCatalog master = plan.masterCatalog();
        line(out, "  catalog:         " + (master == null ? "the driving system's existing catalog"
                : "new master catalog " + master.name() + " on " + master.volume() + ", temporary catalog alias "
                        + master.tempcatalias()), VALUE_COLUMN);
        line(out, "  JCL data set:    " + plan.jcldataset(), VALUE_COLUMN);
        line(out, "  data sets:       " + plan.datasets().size() + ", high-level qualifiers "
                + String.join(", ", plan.highLevelQualifiers()), VALUE_COLUMN);
    }

    private static void volumeMap(DeploymentPlan plan, StringBuilder out) {
        out.append('\n').append("Volume map\n");
        for (VolumeMapping mapping : plan.volumeMap()) {
            line(out, "  " + mapping.sourceVolume() + " -> " + mapping.targetVolume()
                    + (mapping.isIndirect() ? "  cataloged indirectly as " + mapping.indirectcatalogsymbol() : ""));
        }
    }

    private static void volumes(DeploymentPlan plan, StringBuilder out) {
        Map<String, List<String>> lines = new HashMap<>();
        for (TargetDataSet dataset : plan.datasets()) {
            for (int k = 0; k < dataset.volumes().size(); k++) {
                lines.computeIfAbsent(dataset.volumes().get(k), volume -> new ArrayList<>())
                        .add(dataSetLine(dataset, k));
            }
        }
        for (VolumeUsage usage : plan.volumeUsage()) {
            out.append('\n');
            line(out, "Target volume " + usage.volume() + ": " + usage.datasets() + " data set"
                    + (usage.datasets() == 1 ? "" : "s") + ", " + number(usage.tracks()) + " of "
                    + number(usage.capacity()) + " tracks (" + usage.percent() + "%)"
                    + (usage.capacityAssumed() ? ", capacity assumed (3390-9)" : ""));
            List<String> volumeLines = lines.getOrDefault(usage.volume(), List.of());
            if (!volumeLines.isEmpty()) {
                line(out, String.format(Locale.ROOT, "  %9s  %-4s  %s", "tracks", "type", "data set"));
                // A data set's notes continue under its name.
                volumeLines.forEach(text -> line(out, text, DATA_SET_COLUMN));
            }
        }
    }

    private static String dataSetLine(TargetDataSet dataset, int volumeIndex) {
        List<String> notes = new ArrayList<>();
        if (dataset.isMultiVolume()) {
            notes.add("part " + (volumeIndex + 1) + " of " + dataset.volumes().size());
        }
        if (dataset.isRenamed()) {
            notes.add("from " + dataset.sourceName());
        }
        if (!dataset.temporaryName().equals(dataset.name())) {
            notes.add("temporary " + dataset.temporaryName());
        }
        if (dataset.copiedUnderFinalName()) {
            notes.add("copied under its final name");
        }
        if (dataset.isIndirect()) {
            notes.add("cataloged indirectly as " + dataset.indirectcatalogsymbol());
        }
        if (dataset.isSmsManaged()) {
            notes.add("SMS-managed (storage class " + dataset.storclas()
                    + (dataset.storclasAssigned() ? ", from the request; the ACS routines may override it" : "")
                    + "): SMS picks the volume, counted here");
        }
        String type = dataset.dstype() == null ? "" : dataset.dstype().name();
        StringBuilder line = new StringBuilder(128);
        pad(line.append("  "), number(dataset.tracksOn(volumeIndex)), -9);
        pad(line.append("  "), type, 4);
        pad(line.append("  "), dataset.name(), 44);
        return line.append("  ").append(String.join("; ", notes)).toString();
    }

    private static void zones(DeploymentPlan plan, StringBuilder out) {
        if (plan.zones().isEmpty()) {
            return;
        }
        out.append('\n').append("Zones\n");
        for (TargetZone zone : plan.zones()) {
            String text = String.format(Locale.ROOT, "  %-7s  %-6s  CSI %s", zone.name(),
                    zone.type().name().toLowerCase(Locale.ROOT), zone.csi());
            if (zone.related() != null) {
                text += ", related " + zone.related();
            }
            if (zone.isRenamed()) {
                text += ", from " + zone.sourceName();
            }
            line(out, text);
        }
    }

    private static void mountPoints(DeploymentPlan plan, StringBuilder out) {
        if (plan.mountPoints().isEmpty()) {
            return;
        }
        out.append('\n').append("Mount points\n");
        for (MountPointMove move : plan.mountPoints()) {
            line(out, "  " + move.dsname() + ": " + move.from() + " -> " + move.to());
        }
    }

    private static void warnings(List<Problem> warnings, StringBuilder out) {
        if (warnings.isEmpty()) {
            out.append("Warnings: none\n");
            return;
        }
        out.append("Warnings (").append(warnings.size()).append(")\n");
        warnings.forEach(warning -> line(out, "  " + warning.format()));
    }

    private static String number(long value) {
        return VolumeUsagePlanner.number(value);
    }

    /** Appends text padded to {@code width} columns: left-aligned, or right-aligned when width is negative. */
    private static void pad(StringBuilder line, String text, int width) {
        int blanks = Math.abs(width) - text.length();
        if (width > 0) {
            line.append(text);
        }
        for (int i = 0; i < blanks; i++) {
            line.append(' ');
        }
        if (width < 0) {
            line.append(text);
        }
    }

    /** Appends text as lines of at most 100 columns, continued 4 columns further in than it starts. */
    private static void line(StringBuilder out, String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        line(out, text, start + 4);
    }

    /** Appends text as lines of at most 100 columns (see {@link ReportLines}), continued at {@code indent}. */
    private static void line(StringBuilder out, String text, int indent) {
        ReportLines.wrap(text, indent).forEach(line -> out.append(line).append('\n'));
    }
}
