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
 * renames and mount point changes. In a v2 body a rule's actions may also set a data set's
 * {@code volume} or {@code storclas} (v2's own properties); a v1 body's rules only rename.
 */
final class ConfigurationReader {

    /** The property a rename rule changes. */
    static final String DSNAME = RenameAction.DSNAME;

    private static final Pattern CONDITION = Pattern.compile("\\s*dsname\\s*=\\s*(.*?)\\s*");
    private static final Set<String> FIELDS = Set.of("datasets", "zones", "mountpoints");
    private static final Set<String> RULE_FIELDS = Set.of("if", "then");
    private static final Set<String> ACTION_FIELDS = Set.of("property", "from", "to");
    private static final Set<String> CHANGE_FIELDS = Set.of("from", "to");

    private ConfigurationReader() {}

    static Configuration read(JsonCursor field) {
        return read(field, RequestForm.V1);
    }

    static Configuration read(JsonCursor field, RequestForm form) {
        if (!field.expectObject()) {
            return Configuration.NONE;
        }
        field.warnUnknownFields(FIELDS);
        return new Configuration(
                renameRules(field.field("datasets"), form),
                changes(field.field("zones"), NameRules::zoneName, ZoneRename::new),
                changes(field.field("mountpoints"), ConfigurationReader::mountPoint, MountPointChange::new));
    }

    private static List<RenameRule> renameRules(JsonCursor list, RequestForm form) {
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
            Set<String> properties = new java.util.HashSet<>();
            for (JsonCursor action : entry.field("then").requiredElements()) {
                if (action.requireObject()) {
                    RenameAction read = form == RequestForm.V2 ? v2Action(action) : renameAction(action);
                    if (read.property() != null && !read.isRename()
                            && !properties.add(read.property() + " " + read.from())) {
                        action.field("property").error("a rule's then sets a data set's " + read.property()
                                + " once for each from value", read.property());
                    }
                    actions.add(read);
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
     * A v2 action: {@code dsname} as in v1; {@code volume} and {@code storclas} set the target's volume
     * or storage class, {@code to} (required) a volume serial or SMS class name and {@code from}
     * (optional) the source's, the action applying only to data sets that have it.
     */
    private static RenameAction v2Action(JsonCursor action) {
        JsonCursor property = action.field("property");
        String name = property.requiredText();
        if (name == null || name.equals(DSNAME)) {
            return name == null ? new RenameAction(null, null, null) : renameAction(action);
        }
        action.warnUnknownFields(ACTION_FIELDS);
        JsonCursor.Rule rule = switch (name) {
            case RenameAction.VOLUME -> NameRules::volumeSerial;
            case RenameAction.STORCLAS -> NameRules::smsClassName;
            default -> null;
        };
        if (rule == null) {
            property.error("a v2 action changes the property dsname, volume or storclas", name);
            return new RenameAction(name, null, null);
        }
        return new RenameAction(name, action.field("from").text(rule), action.field("to").requiredText(rule));
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
