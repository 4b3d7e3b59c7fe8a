package dev.zdeploy.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks on the target names that need no inventory: data set name syntax after renaming (at most
 * 44 characters, qualifiers of 1-8 characters; MVS JCL Reference, "Data set name"), two data sets
 * ending with one name, and, for the existing catalog, target names that repeat a source name.
 */
final class NameChecks {

    static final int MAX_NAME = 44;
    static final int MAX_QUALIFIER = 8;

    private NameChecks() {}

    static void check(PlanContext context, List<TargetDataSet> targets) {
        Problems problems = context.problems;
        Map<String, Integer> owners = new HashMap<>(targets.size() * 3);
        Set<String> sourceNames = new HashSet<>(targets.size() * 2);
        for (TargetDataSet target : targets) {
            sourceNames.add(target.sourceName());
        }
        for (int i = 0; i < targets.size(); i++) {
            TargetDataSet target = targets.get(i);
            String pointer = "/tgtswidatasets/" + i + "/dsname";
            checkName(target.name(), "target data set " + target.name() + " (source " + target.sourceName() + ")",
                    pointer, problems);
            if (!target.temporaryName().equals(target.name()) && target.temporaryName().length() > MAX_NAME) {
                problems.error(Problems.PLAN, "/zdeploy/datasets/" + i + "/temporaryname",
                        "the temporary name of target data set " + target.name() + " is "
                                + target.temporaryName().length() + " characters; a data set name is at most "
                                + MAX_NAME,
                        target.temporaryName());
            }
            claim(owners, target.name(), i, targets, pointer, problems);
            if (!target.temporaryName().equals(target.name())) {
                claim(owners, target.temporaryName(), i, targets, "/zdeploy/datasets/" + i + "/temporaryname",
                        problems);
            }
            if (context.masterCatalog == null && sourceNames.contains(target.name())) {
                problems.error(Problems.PLAN, pointer,
                        "target data set " + target.name() + " has the name of a source data set; without a new "
                                + "master catalog the targets are cataloged in the driving system's catalog, so "
                                + "every target name must differ from every source name (add a rename rule)",
                        target.name());
            }
        }
    }

    /** Reports the length and qualifiers of a final name. */
    static void checkName(String name, String what, String pointer, Problems problems) {
        if (name.length() > MAX_NAME) {
            problems.error(Problems.PLAN, pointer, what + " is " + name.length()
                    + " characters; a data set name is at most " + MAX_NAME, name);
        }
        int start = 0;
        while (start <= name.length()) {
            int end = name.indexOf('.', start);
            if (end < 0) {
                end = name.length();
            }
            String qualifier = name.substring(start, end);
            String broken = qualifierRule(qualifier);
            if (broken != null) {
                problems.error(Problems.PLAN, pointer, "qualifier " + qualifier + " of " + what + ": " + broken, name);
            }
            start = end + 1;
        }
    }

    /** The rule a qualifier breaks, or null when it is well formed. */
    static String qualifierRule(String qualifier) {
        if (qualifier.isEmpty()) {
            return "a qualifier is 1-" + MAX_QUALIFIER + " characters (an empty one was made)";
        }
        if (qualifier.length() > MAX_QUALIFIER) {
            return "a qualifier is at most " + MAX_QUALIFIER + " characters, and this one has " + qualifier.length();
        }
        char first = qualifier.charAt(0);
        if (!isLetterOrNational(first)) {
            return "a qualifier starts with A-Z, @, # or $";
        }
        for (int i = 1; i < qualifier.length(); i++) {
            char c = qualifier.charAt(i);
            if (!isLetterOrNational(c) && !(c >= '0' && c <= '9') && c != '-') {
                return "a qualifier holds only A-Z, 0-9, @, #, $ and -";
            }
        }
        return null;
    }

    private static boolean isLetterOrNational(char c) {
        return (c >= 'A' && c <= 'Z') || c == '@' || c == '#' || c == '$';
    }

    private static void claim(Map<String, Integer> owners, String name, int index, List<TargetDataSet> targets,
            String pointer, Problems problems) {
        Integer owner = owners.putIfAbsent(name, index);
        if (owner != null && owner != index) {
            problems.error(Problems.PLAN, pointer,
                    "source data sets " + targets.get(owner).sourceName() + " and " + targets.get(index).sourceName()
                            + " would both become " + name,
                    name);
        }
    }
}
