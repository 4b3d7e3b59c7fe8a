package dev.zdeploy.request;

import dev.zdeploy.jcl.NameRules;
import dev.zdeploy.json.JsonCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads zdeploy's {@code configuration} extension: data set rename rules in z/OSMF v2 shape, zone
 * renames and mount point changes.
 */
final class ConfigurationReader {

    /** The only property a rename rule can change. */
    static final String DSNAME = "dsname";

    private static final Pattern CONDITION = Pattern.compile("\\s*dsname\\s*=\\s*(.*?)\\s*");
    private static final Set<String> FIELDS = Set.of("datasets", "zones", "mountpoints");
    private static final Set<String> RULE_FIELDS = Set.of("if", "then");
    private static final Set<String> ACTION_FIELDS = Set.of("property", "from", "to");
    private static final Set<String> CHANGE_FIELDS = Set.of("from", "to");

    private ConfigurationReader() {}

    static Configuration read(JsonCursor field) {
        if (!field.expectObject()) {
            return Configuration.NONE;
        }
        field.warnUnknownFields(FIELDS);
        return new Configuration(
                renameRules(field.field("datasets")),
                changes(field.field("zones"), NameRules::zoneName, ZoneRename::new),
                changes(field.field("mountpoints"), ConfigurationReader::mountPoint, MountPointChange::new));
    }

    private static List<RenameRule> renameRules(JsonCursor list) {
        List<RenameRule> rules = new ArrayList<>();
        for (JsonCursor entry : list.objects()) {
            entry.warnUnknownFields(RULE_FIELDS);
            JsonCursor condition = entry.field("if");
            String text = condition.requiredText();
            if (text != null) {
                Matcher matcher = CONDITION.matcher(text);
                if (!matcher.matches()) {
                    condition.error("a rename condition is dsname=<pattern>", text);
                } else {
                    condition.check(matcher.group(1), RenamePattern::check);
                }
            }
            List<RenameAction> actions = new ArrayList<>();
            for (JsonCursor action : entry.field("then").requiredElements()) {
                if (action.requireObject()) {
                    actions.add(renameAction(action));
                }
            }
            rules.add(new RenameRule(text, actions));
        }
        return rules;
    }

    private static RenameAction renameAction(JsonCursor action) {
        action.warnUnknownFields(ACTION_FIELDS);
        JsonCursor property = action.field("property");
        String name = property.requiredText();
        if (name != null && !name.equals(DSNAME)) {
            property.error("a rename rule changes the property dsname", name);
        }
        String from = action.field("from").requiredText(RenamePattern::check);
        JsonCursor toField = action.field("to");
        String to = toField.requiredText(RenamePattern::check);
        if (from != null && to != null && RenamePattern.check(from).isEmpty() && RenamePattern.check(to).isEmpty()
                && !Objects.equals(RenamePattern.wildcards(from), RenamePattern.wildcards(to))) {
            toField.error("the to pattern has the same * and ** as the from pattern, in the same order", to);
        }
        return new RenameAction(name, from, to);
    }

    /**
     * A mount point of a change: the paths under it are written into SMP/E {@code PATH('...')} values
     * of the moved DDDEFs, which an apostrophe would end.
     */
    private static Optional<String> mountPoint(String text) {
        return NameRules.unixPath(text).or(() -> text.indexOf('\'') < 0 ? Optional.empty()
                : Optional.of("a changed mount point holds no apostrophe (paths under it are written in SMP/E"
                        + " PATH('...') values)"));
    }

    /** A list of {@code {"from":...,"to":...}} changes, both sides checked by {@code rule}. */
    private static <T> List<T> changes(JsonCursor list, JsonCursor.Rule rule, BiFunction<String, String, T> change) {
        List<T> changes = new ArrayList<>();
        for (JsonCursor entry : list.objects()) {
            entry.warnUnknownFields(CHANGE_FIELDS);
            changes.add(change.apply(entry.field("from").requiredText(rule), entry.field("to").requiredText(rule)));
        }
        return changes;
    }
}
