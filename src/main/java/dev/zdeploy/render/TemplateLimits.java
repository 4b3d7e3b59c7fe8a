package dev.zdeploy.render;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one template run (one member) may take: time, nesting depth of FreeMarker elements
 * (macro calls, includes, directives inside directives) and output characters. A site's template
 * that loops forever, recurses without end or writes without end is stopped at the limit and
 * reported as a template error naming template and line, instead of hanging, overflowing the stack
 * or running out of memory. Immutable; {@code withX} gives a changed copy.
 *
 * @param time   the longest one member may take to render
 * @param depth  the deepest nesting of template elements
 * @param output the most characters one member may have
 */
public record TemplateLimits(Duration time, int depth, long output) {

    /** The defaults: 60 seconds, 200 levels, 64 Mi characters per member. */
    public static final TemplateLimits DEFAULTS = new TemplateLimits(Duration.ofSeconds(60), 200, 64L << 20);

    public TemplateLimits {
        Objects.requireNonNull(time, "time");
        if (time.isNegative() || time.isZero() || depth < 1 || output < 1) {
            throw new IllegalArgumentException("template limits are positive: " + time + ", " + depth + ", " + output);
        }
    }

    /** Data sets per step of the time and output limits ({@link #forDataSets}). */
    public static final int DATA_SETS_PER_STEP = 50_000;

    /**
     * These limits for a deployment of {@code dataSets}: time and output once for every 50,000 data sets
     * begun, depth as it is. A member's statements grow with the data sets (the rename job of 100,000 is
     * 52 MB), so fixed limits would refuse a large deployment the shipped templates write correctly; a
     * template without end is still stopped, later in proportion.
     */
    public TemplateLimits forDataSets(int dataSets) {
        long steps = Math.max(1, (dataSets + (long) DATA_SETS_PER_STEP - 1) / DATA_SETS_PER_STEP);
        long scaledOutput = output > Long.MAX_VALUE / steps ? Long.MAX_VALUE : output * steps;
        return new TemplateLimits(time.multipliedBy(steps), depth, scaledOutput);
    }

    public TemplateLimits withTime(Duration time) {
        return new TemplateLimits(time, depth, output);
    }

    public TemplateLimits withDepth(int depth) {
        return new TemplateLimits(time, depth, output);
    }

    public TemplateLimits withOutput(long output) {
        return new TemplateLimits(time, depth, output);
    }
}
