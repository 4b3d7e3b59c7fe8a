package dev.zdeploy.plan;

import dev.zdeploy.jcl.NameRules;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks on the target names that need no inventory: data set name syntax after renaming (at most
 * 44 characters, qualifiers of 1-8 characters; MVS JCL Reference, "Data set name", via
 * {@link NameRules}), two data sets ending with one name, and, for the existing catalog, target
 * names that repeat a source name. Messages are made only for names that break a rule.
 */
final class NameChecks {

    static final int MAX_NAME = NameRules.MAX_DSN_LENGTH;

    private NameChecks() {}

    static void check(PlanContext context, List<TargetDataSet> targets) {
        Problems problems = context.problems;
        Map<String, Integer> owners = new HashMap<>(targets.size() * 3);
        // Only the existing catalog objective compares targets with sources: no set of a million source
        // names for a new master catalog (issue 13).
        Set<String> sourceNames = context.masterCatalog == null ? new HashSet<>(targets.size() * 2) : Set.of();
        if (context.masterCatalog == null) {
            for (TargetDataSet target : targets) {
                sourceNames.add(target.sourceName());
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            TargetDataSet target = targets.get(i);
            // The readers have checked the source names; only a renamed name can break the rules.
            if (target.isRenamed()) {
                checkName(target, i, problems);
            }
            boolean temporary = !target.temporaryName().equals(target.name());
            if (temporary && target.temporaryName().length() > MAX_NAME) {
                problems.error(Problems.PLAN, temporaryPointer(i),
                        "the temporary name of target data set " + target.name() + " is "
                                + target.temporaryName().length() + " characters; a data set name is at most "
                                + MAX_NAME,
                        target.temporaryName());
            }
            // A data set copied under its final name has no temporary name, but RN still defines the alias
            // <tempcatalias>.<name> by which the driving system reaches it: the same rules apply to it.
            String alias = driveAlias(target);
            if (alias != null && alias.length() > MAX_NAME) {
                problems.error(Problems.PLAN, aliasPointer(i),
                        "the data set alias of target data set " + target.name() + " (copied under its final name) is "
                                + alias.length() + " characters; a data set name is at most " + MAX_NAME,
                        alias);
            }
            boolean unique = claim(owners, target.name(), i, targets, problems);
            // Temporary names follow from final names: a clash of final names would be reported twice.
            if (unique && temporary) {
                claim(owners, target.temporaryName(), i, targets, problems);
            }
            if (unique && alias != null) {
                claim(owners, alias, i, targets, problems);
            }
            if (context.masterCatalog == null && sourceNames.contains(target.name())) {
                problems.error(Problems.PLAN, dsnamePointer(i),
                        "target data set " + target.name() + " has the name of a source data set; without a new "
                                + "master catalog the targets are cataloged in the driving system's catalog, so "
                                + "every target name must differ from every source name (add a rename rule)",
                        target.name());
            }
        }
    }

    static String dsnamePointer(int index) {
        return "/tgtswidatasets/" + index + "/dsname";
    }

    static String temporaryPointer(int index) {
        return "/zdeploy/datasets/" + index + "/temporaryname";
    }

    static String aliasPointer(int index) {
        return "/tgtswidatasets/" + index + "/aliases/0";
    }

    /**
     * The alias {@code <tempcatalias>.<name>} of a data set copied under its final name (the name it would
     * have had as its temporary name), or null for any other data set.
     */
    static String driveAlias(TargetDataSet target) {
        return target.copiedUnderFinalName() && !target.aliases().isEmpty() ? target.aliases().get(0) : null;
    }

    /** Reports the length and the qualifiers of a final name. */
    private static void checkName(TargetDataSet target, int index, Problems problems) {
        String name = target.name();
        if (name.length() > MAX_NAME) {
            problems.error(Problems.PLAN, dsnamePointer(index), describe(target) + " is " + name.length()
                    + " characters; a data set name is at most " + MAX_NAME, name);
        }
        int start = 0;
        while (start <= name.length()) {
            int end = name.indexOf('.', start);
            if (end < 0) {
                end = name.length();
            }
            String qualifier = name.substring(start, end);
            NameRules.qualifier(qualifier).ifPresent(broken -> problems.error(Problems.PLAN, dsnamePointer(index),
                    "qualifier " + qualifier + " (" + qualifier.length() + " characters) of " + describe(target)
                            + ": " + broken,
                    name));
            start = end + 1;
        }
    }

    private static String describe(TargetDataSet target) {
        return "target data set " + target.name() + " (source " + target.sourceName() + ")";
    }

    private static boolean claim(Map<String, Integer> owners, String name, int index, List<TargetDataSet> targets,
            Problems problems) {
        Integer owner = owners.putIfAbsent(name, index);
        if (owner != null && owner != index) {
            TargetDataSet target = targets.get(index);
            problems.error(Problems.PLAN, name.equals(target.name()) ? dsnamePointer(index) : temporaryPointer(index),
                    "source data sets " + targets.get(owner).sourceName() + " and " + target.sourceName()
                            + " would both become " + name,
                    name);
            return false;
        }
        return true;
    }
}
