package dev.zdeploy.problem;

import java.util.Objects;

/**
 * One thing wrong (or worth a warning) with the inputs or the plan, reported as one line:
 * the file, the JSON pointer, the rule that is broken and the offending value, e.g.
 * {@code request.json /mastercatalog/volume: a volume serial is 1-6 characters (got "LT12345")}.
 *
 * @param severity error or warning
 * @param source   the input it comes from ({@code descriptor.json}, {@code request.json}, {@code inventory.json}),
 *                 or {@code plan} for decisions of the plan
 * @param pointer  JSON pointer (RFC 6901) into the source, {@code ""} for the whole document
 * @param rule     the rule, worded for a systems programmer
 * @param value    the offending value as text, or {@code null} when there is none to show
 */
public record Problem(Severity severity, String source, String pointer, String rule, String value) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(rule, "rule");
    }

    public static Problem error(String source, String pointer, String rule, String value) {
        return new Problem(Severity.ERROR, source, pointer, rule, value);
    }

    public static Problem error(String source, String pointer, String rule) {
        return new Problem(Severity.ERROR, source, pointer, rule, null);
    }

    public static Problem warning(String source, String pointer, String rule, String value) {
        return new Problem(Severity.WARNING, source, pointer, rule, value);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The one-line form: {@code [warning: ]source pointer: rule (got "value")}; a problem with the
     * whole document (empty pointer, e.g. a JSON syntax error) reads {@code source: rule}.
     */
    public String format() {
        StringBuilder line = new StringBuilder();
        if (severity == Severity.WARNING) {
            line.append("warning: ");
        }
        // Names and values come from the inputs: control characters in them are shown as escapes.
        line.append(Printable.escape(source));
        if (!pointer.isEmpty()) {
            line.append(' ').append(Printable.escape(pointer));
        }
        line.append(": ").append(Printable.escape(rule));
        if (value != null) {
            line.append(" (got \"").append(Printable.escape(value)).append("\")");
        }
        return line.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
