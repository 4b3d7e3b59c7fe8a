package dev.zdeploy.plan;

import dev.zdeploy.request.RenameAction;
import dev.zdeploy.request.RenameRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Applies the request's rename rules ({@code configuration.datasets}) to data set names: rules in
 * order, the first whose {@code if} condition matches wins, and its {@code then} actions change the
 * name one after the other. Each action's {@code to} pattern must have the same wildcards, in the
 * same order, as its {@code from} pattern; the k-th wildcard of {@code to} takes what the k-th
 * wildcard of {@code from} matched ({@code *.**} to {@code *.NEWHLQ.**} turns {@code A.B.C} into
 * {@code A.NEWHLQ.B.C}).
 */
final class Renamer {

    private static final String PROPERTY = "dsname";
    private static final String CONDITION_PREFIX = "dsname=";

    private record Action(DsnPattern from, DsnPattern to, String pointer) {}

    private record Rule(DsnPattern condition, List<Action> actions) {}

    private final List<Rule> rules = new ArrayList<>();
    private final boolean placements;
    /**
     * Rules by the literal first qualifier of their condition, and those whose condition starts with a
     * wildcard, each in rule order: a name is tried only against the rules it can match, so 20,000
     * rules against 20,000 names is not 400 million pattern matches. First match wins as before.
     */
    private final Map<String, int[]> byFirstQualifier = new HashMap<>();
    private int[] wildcardFirst = new int[0];
    private static final int[] NONE = new int[0];

    Renamer(List<RenameRule> renameRules, Problems problems) {
        this(renameRules, false, problems);
    }

    /** @param placements whether volume and storclas actions (a v2 request's) are passed over, not refused */
    Renamer(List<RenameRule> renameRules, boolean placements, Problems problems) {
        this.placements = placements;
        for (int i = 0; i < renameRules.size(); i++) {
            Rule rule = compile(renameRules.get(i), "/configuration/datasets/" + i, problems);
            if (rule != null) {
                rules.add(rule);
            }
        }
        index();
    }

    private void index() {
        Map<String, List<Integer>> lists = new HashMap<>();
        List<Integer> generic = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            String first = rules.get(i).condition().literalFirstQualifier();
            if (first == null) {
                generic.add(i);
            } else {
                lists.computeIfAbsent(first, k -> new ArrayList<>()).add(i);
            }
        }
        lists.forEach((first, indexes) -> byFirstQualifier.put(first, indexes.stream().mapToInt(Integer::intValue).toArray()));
        wildcardFirst = generic.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The first rule, in rule order, whose condition matches {@code dsname}, or null: through the index. */
    private Rule firstMatch(String dsname) {
        int dot = dsname.indexOf('.');
        int[] literal = byFirstQualifier.isEmpty() ? NONE
                : byFirstQualifier.getOrDefault(dot < 0 ? dsname : dsname.substring(0, dot), NONE);
        int i = 0;
        int j = 0;
        while (i < literal.length || j < wildcardFirst.length) {
            int next = j >= wildcardFirst.length || (i < literal.length && literal[i] < wildcardFirst[j])
                    ? literal[i++] : wildcardFirst[j++];
            if (rules.get(next).condition().matches(dsname)) {
                return rules.get(next);
            }
        }
        return null;
    }

    /** The first matching rule found by trying every rule in order: what {@link #firstMatch} must equal. */
    Object firstMatchScanningAll(String dsname) {
        for (Rule rule : rules) {
            if (rule.condition().matches(dsname)) {
                return rule;
            }
        }
        return null;
    }

    /** {@link #firstMatch}, for the equivalence test. */
    Object firstMatchIndexed(String dsname) {
        return firstMatch(dsname);
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * The final name of {@code dsname}: renamed by the first rule that matches, else unchanged. An
     * action whose {@code from} does not match the name its rule selected is a problem naming the
     * {@code kind} of name ("data set", "CSI") and the name.
     */
    String rename(String dsname, String kind, Problems problems) {
        Rule rule = firstMatch(dsname);
        if (rule != null) {
            String name = dsname;
            for (Action action : rule.actions()) {
                List<String> captures = action.from().match(name);
                if (captures == null) {
                    problems.error(Problems.REQUEST, action.pointer() + "/from",
                            "the rule's if condition selects " + kind + " " + dsname + " but its from pattern does not match "
                                    + name,
                            action.from().text());
                    return name;
                }
                name = action.to().fill(captures);
            }
            return name;
        }
        return dsname;
    }

    private Rule compile(RenameRule renameRule, String pointer, Problems problems) {
        if (!placements || renameRule.actions().stream().noneMatch(Renamer::isPlacement)
                || renameRule.actions().stream().anyMatch(RenameAction::isRename)) {
            return compileRename(renameRule, pointer, problems);
        }
        // A v2 rule that only places data sets (volume, storclas) renames nothing and leaves the name
        // to the next rule that renames (VolumeRules reads it).
        return null;
    }

    /** A v2 action that places a data set rather than renames it: the renamer passes over it. */
    private static boolean isPlacement(RenameAction action) {
        return RenameAction.VOLUME.equals(action.property()) || RenameAction.STORCLAS.equals(action.property());
    }

    private Rule compileRename(RenameRule renameRule, String pointer, Problems problems) {
        boolean ok = true;
        DsnPattern condition = null;
        String conditionText = renameRule.condition();
        if (conditionText == null || !conditionText.trim().startsWith(CONDITION_PREFIX)) {
            problems.error(Problems.REQUEST, pointer + "/if", "a rename rule's if reads dsname=<pattern>",
                    conditionText);
            ok = false;
        } else {
            condition = pattern(renameRule.conditionPattern(), pointer + "/if", problems);
            ok = condition != null;
        }
        List<Action> actions = new ArrayList<>();
        for (int j = 0; j < renameRule.actions().size(); j++) {
            if (placements && isPlacement(renameRule.actions().get(j))) {
                continue;
            }
            Action action = compile(renameRule.actions().get(j), pointer + "/then/" + j, problems);
            ok &= action != null;
            actions.add(action);
        }
        return ok ? new Rule(condition, actions) : null;
    }

    private static Action compile(RenameAction renameAction, String pointer, Problems problems) {
        if (!PROPERTY.equals(renameAction.property())) {
            problems.error(Problems.REQUEST, pointer + "/property", "a rename rule can change only the dsname",
                    renameAction.property());
            return null;
        }
        DsnPattern from = pattern(renameAction.from(), pointer + "/from", problems);
        DsnPattern to = pattern(renameAction.to(), pointer + "/to", problems);
        if (from == null || to == null) {
            return null;
        }
        if (!from.wildcards().equals(to.wildcards())) {
            problems.error(Problems.REQUEST, pointer + "/to",
                    "the to pattern must have the same wildcards in the same order as the from pattern "
                            + from.text(),
                    to.text());
            return null;
        }
        return new Action(from, to, pointer);
    }

    private static DsnPattern pattern(String text, String pointer, Problems problems) {
        try {
            return DsnPattern.compile(text);
        } catch (IllegalArgumentException e) {
            problems.error(Problems.REQUEST, pointer, e.getMessage(), text);
            return null;
        }
    }
}
