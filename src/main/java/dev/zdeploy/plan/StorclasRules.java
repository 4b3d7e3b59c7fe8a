package dev.zdeploy.plan;

import dev.zdeploy.descriptor.DataSet;
import dev.zdeploy.request.RenameAction;
import dev.zdeploy.request.RenameRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The target storage classes a v2 request's {@code configuration.datasets} {@code storclas} actions
 * give: each data set takes the {@code to} of the first rule whose {@code if} selects it and that has
 * a storclas action for its source storage class ({@code from} absent, or equal to the descriptor's
 * {@code storclas}). A data set no action selects keeps its source class (or none). The copy job
 * passes the class to the ACS routines with DFSMSdss COPY STORCLAS (see {@link CopyGroup}). Only that
 * copy (source type swi) codes the class on its COPY. GIMUNZIP's ARCHDEF has no class attribute (SMP/E
 * Reference, "GIMUNZIP package control tags": name|archid, volume, newname|prefix, replace, preserveid),
 * so for a portable instance (pswi) the unzip job moves these data sets after GIMUNZIP with a DFSMSdss
 * COPY ... DELETE STORCLAS(sc) of their own ({@link ClassMove}).
 */
final class StorclasRules {

    /** The class a storclas action gives, and the pointer of that action's {@code to}. */
    record Choice(String storclas, String pointer) {}

    private StorclasRules() {}

    /** Source data set name to the class its storclas action gives; data sets without one are absent. */
    static Map<String, Choice> map(List<DataSet> datasets, List<RenameRule> rules) {
        Map<String, Choice> chosen = new LinkedHashMap<>();
        for (DataSet dataset : datasets) {
            Choice choice = choose(rules, dataset);
            if (choice != null) {
                chosen.put(dataset.dsname(), choice);
            }
        }
        return chosen;
    }

    private static Choice choose(List<RenameRule> rules, DataSet dataset) {
        for (int i = 0; i < rules.size(); i++) {
            RenameRule rule = rules.get(i);
            DsnPattern condition = condition(rule);
            if (condition == null || !condition.matches(dataset.dsname())) {
                continue;
            }
            List<RenameAction> actions = rule.actions();
            for (int j = 0; j < actions.size(); j++) {
                RenameAction action = actions.get(j);
                if (RenameAction.STORCLAS.equals(action.property()) && action.to() != null
                        && (action.from() == null || action.from().equals(dataset.storclas()))) {
                    return new Choice(action.to(), "/configuration/datasets/" + i + "/then/" + j + "/to");
                }
            }
        }
        return null;
    }

    /** The rule's {@code if} mask, or null when it has none or a bad one (the renamer reports that). */
    private static DsnPattern condition(RenameRule rule) {
        String text = rule.condition();
        if (text == null || !text.trim().startsWith("dsname=")) {
            return null;
        }
        try {
            return DsnPattern.compile(rule.conditionPattern());
        } catch (IllegalArgumentException reportedByTheRenamer) {
            return null;
        }
    }
}
