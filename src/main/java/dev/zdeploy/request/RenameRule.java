package dev.zdeploy.request;

import java.util.List;

/**
 * A data set rename rule in z/OSMF v2 shape:
 * {@code {"if":"dsname=SYS1.**","then":[{"property":"dsname","from":"SYS1.**","to":"NEW.SYS1.**"}]}}.
 * Rules apply in order; the first whose condition matches wins. In patterns {@code *} matches one
 * qualifier and {@code **} any number of qualifiers.
 *
 * @param condition the {@code if} text, {@code dsname=<pattern>}
 * @param actions   the {@code then} list
 */
public record RenameRule(String condition, List<RenameAction> actions) {
    public RenameRule {
        actions = List.copyOf(actions);
    }

    /** The pattern of the condition, the text after {@code dsname=}. */
    public String conditionPattern() {
        int equals = condition.indexOf('=');
        return condition.substring(equals + 1).trim();
    }
}
