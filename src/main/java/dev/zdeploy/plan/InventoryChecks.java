package dev.zdeploy.plan;

import dev.zdeploy.inventory.ExistingDataSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collision checks against the inventory of the driving system (seed, processing step 7: "make sure
 * there are no unintended data set collisions on target volumes, and ensure the temporary catalog
 * alias is not already defined in the driving system catalog").
 *
 * <p>A name collides when a data set of that name exists on one of the target's volumes, or when it
 * is cataloged and the name will be cataloged in the driving system's catalog: every temporary name,
 * and the final names when there is no new master catalog (a new master catalog holds the final
 * names, so a same-named data set cataloged on the driving system is no collision).
 */
final class InventoryChecks {

    private InventoryChecks() {}

    static void check(PlanContext context, List<TargetDataSet> targets) {
        InventoryIndex inventory = context.inventory;
        Problems problems = context.problems;
        Set<String> sourceNames = new HashSet<>(targets.size() * 2);
        for (TargetDataSet target : targets) {
            sourceNames.add(target.sourceName());
        }
        boolean finalsInDrivingCatalog = context.masterCatalog == null;
        for (int i = 0; i < targets.size(); i++) {
            TargetDataSet target = targets.get(i);
            // A final name equal to a source name is reported by NameChecks already.
            boolean finalChecked = !(finalsInDrivingCatalog && sourceNames.contains(target.name()));
            if (finalChecked) {
                collide(target, false, finalsInDrivingCatalog, i, inventory, problems);
            }
            if (!target.temporaryName().equals(target.name()) || NameChecks.driveAlias(target) != null) {
                collide(target, true, true, i, inventory, problems);
            }
        }
        NewMasterCatalog master = context.masterCatalog;
        if (master != null) {
            String catalog = inventory.aliasCatalog(master.tempcatalias());
            if (catalog != null) {
                problems.error(Problems.REQUEST, "/mastercatalog/tempcatalias",
                        "temporary catalog alias " + master.tempcatalias()
                                + " is already defined in the driving system's catalog (relating to " + catalog + ")",
                        master.tempcatalias());
            }
            // AMS DEFINE ALIAS: "ensure it does not cause existing data sets to become inaccessible".
            String shadowed = inventory.catalogedWithQualifier(master.tempcatalias());
            if (catalog == null && shadowed != null) {
                problems.error(Problems.REQUEST, "/mastercatalog/tempcatalias",
                        "temporary catalog alias " + master.tempcatalias() + " is the high-level qualifier of data "
                                + "sets cataloged on the driving system (" + shadowed
                                + "); the alias would make them inaccessible",
                        master.tempcatalias());
            }
            if (inventory.hasUserCatalog(master.name()) || !inventory.datasets(master.name()).isEmpty()) {
                problems.error(Problems.REQUEST, "/mastercatalog/name",
                        "master catalog " + master.name() + " already exists on the driving system", master.name());
            }
        }
    }

    /**
     * @param temporary true to check the temporary name, false the final name
     * @param cataloged true when the name will be cataloged in the driving system's catalog
     */
    private static void collide(TargetDataSet target, boolean temporary, boolean cataloged, int index,
            InventoryIndex inventory, Problems problems) {
        // For a data set copied under its final name the temporary-side name is its alias (NameChecks.driveAlias).
        String alias = NameChecks.driveAlias(target);
        String name = !temporary ? target.name() : alias != null ? alias : target.temporaryName();
        for (ExistingDataSet existing : inventory.datasets(name)) {
            String clash = null;
            for (String volume : existing.volumes()) {
                if (target.volumes().contains(volume)) {
                    clash = "already exists on volume " + volume;
                    break;
                }
            }
            if (clash == null && cataloged && existing.catalog() != null) {
                clash = "is already cataloged in " + existing.catalog();
            }
            if (clash != null) {
                String what = !temporary ? "target data set " + name
                        : alias != null ? "data set alias " + name + " of target data set " + target.name()
                        : "temporary name " + name + " of target data set " + target.name();
                problems.error(Problems.PLAN,
                        !temporary ? NameChecks.dsnamePointer(index)
                                : alias != null ? NameChecks.aliasPointer(index) : NameChecks.temporaryPointer(index),
                        what + " " + clash, name);
                return;
            }
        }
    }
}
