package dev.zdeploy.plan;

import dev.zdeploy.descriptor.DataSet;
import dev.zdeploy.request.RenameAction;
import dev.zdeploy.request.RenameRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The volume map of a v2 request, from its {@code configuration.datasets} volume actions instead of
 * v1's target volume list. Each data set takes, for each of its source volumes, the {@code to} of the
 * first rule whose {@code if} selects it and that has a volume action for that volume ({@code from}
 * absent or that volume). The copy job copies volume by volume (one DFSMSdss COPY per source and
 * target volume), so all data sets of a source volume must get the same target volume; several
 * source volumes may go to one target volume (v2's "one volume for all data sets"), except the
 * volumes of one multi-volume data set. {@code storclas} actions are {@link StorclasRules}'. Each problem is reported once per source volume.
 */
final class VolumeRules {

    private static final String RULES = "/configuration/datasets";

    private record Choice(String target, String pointer) {}

    private record Rule(DsnPattern condition, List<RenameAction> actions, String pointer) {}

    private VolumeRules() {}

    static Map<String, VolumeMapping> map(List<DataSet> datasets, List<RenameRule> renameRules, Problems problems) {
        List<Rule> rules = compile(renameRules, problems);
        Map<String, Choice> chosen = new LinkedHashMap<>();
        Map<String, String> chosenFor = new LinkedHashMap<>();
        Map<String, List<String>> unplaced = new LinkedHashMap<>();
        java.util.Set<String> split = new java.util.HashSet<>();
        for (DataSet dataset : datasets) {
            List<String> targets = new ArrayList<>();
            for (String volume : dataset.volumes()) {
                Choice choice = choose(rules, dataset.dsname(), volume);
                if (choice == null) {
                    unplaced.computeIfAbsent(volume, v -> new ArrayList<>()).add(dataset.dsname());
                    continue;
                }
                if (targets.contains(choice.target())) {
                    problems.error(Problems.REQUEST, choice.pointer(), "multi-volume data set " + dataset.dsname()
                            + " needs a distinct target volume for each of its source volumes "
                            + dataset.volumes(), choice.target());
                }
                targets.add(choice.target());
                Choice earlier = chosen.putIfAbsent(volume, choice);
                if (earlier == null) {
                    chosenFor.put(volume, dataset.dsname());
                } else if (!earlier.target().equals(choice.target()) && split.add(volume)) {
                    problems.error(Problems.REQUEST, choice.pointer(), "zdeploy copies volume by volume: the data"
                            + " sets of source volume " + volume + " go to one target volume, but "
                            + chosenFor.get(volume) + " goes to " + earlier.target() + " and " + dataset.dsname()
                            + " to " + choice.target(), choice.target());
                }
            }
        }
        unplaced.forEach((volume, names) -> problems.error(Problems.REQUEST, RULES, "the data sets of source volume "
                + volume + " get no target volume, since no rule with a volume action selects them (a v2 request"
                + " places every data set with configuration.datasets volume actions): " + named(names), null));
        Map<String, VolumeMapping> map = new LinkedHashMap<>();
        chosen.forEach((source, choice) -> map.put(source, new VolumeMapping(source, choice.target(), null)));
        return map;
    }

    private static String named(List<String> names) {
        int shown = 3;
        return names.size() <= shown ? String.join(", ", names)
                : String.join(", ", names.subList(0, shown)) + " and " + (names.size() - shown) + " more";
    }

    private static Choice choose(List<Rule> rules, String dsname, String sourceVolume) {
        for (Rule rule : rules) {
            if (rule.condition() == null || !rule.condition().matches(dsname)) {
                continue;
            }
            List<RenameAction> actions = rule.actions();
            for (int j = 0; j < actions.size(); j++) {
                RenameAction action = actions.get(j);
                if (RenameAction.VOLUME.equals(action.property()) && action.to() != null
                        && (action.from() == null || action.from().equals(sourceVolume))) {
                    return new Choice(action.to(), rule.pointer() + "/then/" + j + "/to");
                }
            }
        }
        return null;
    }

    private static List<Rule> compile(List<RenameRule> renameRules, Problems problems) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < renameRules.size(); i++) {
            RenameRule renameRule = renameRules.get(i);
            String pointer = RULES + "/" + i;
            DsnPattern condition = null;
            String text = renameRule.condition();
            if (text != null && text.trim().startsWith("dsname=")) {
                try {
                    condition = DsnPattern.compile(renameRule.conditionPattern());
                } catch (IllegalArgumentException reportedByTheRenamer) {
                    condition = null;
                }
            }
            rules.add(new Rule(condition, renameRule.actions(), pointer));
        }
        return rules;
    }
}
