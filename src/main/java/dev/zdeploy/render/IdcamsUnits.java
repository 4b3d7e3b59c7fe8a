package dev.zdeploy.render;

import dev.zdeploy.jcl.IdcamsWriter;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.NameChange;
import dev.zdeploy.plan.TargetDataSet;
import java.util.List;
import java.util.Map;

/**
 * The guarded, rerunnable IDCAMS units the jobs write for each data set (RN's renames and entries,
 * VF's catalog checks, DA's alias deletes, the VERIFY step of CP and UZ), written here rather than by
 * template macros: they are most of the records of a large deployment, and a template pays for every
 * value, call and concatenation it evaluates per data set. Every command still goes through
 * {@link IdcamsWriter}; the templates call these through {@link JclHelpers} ({@code jcl.renameUnits},
 * {@code jcl.rename}, ...), and the macros of {@code lib/jcl.ftl} of the same names call them too, so a
 * site template written against the macros writes the same records.
 *
 * <p>A unit's commands leave LASTCC 0 when the unit did what it must (or had been done by an earlier
 * run); its verdict then resets MAXCC, so that an expected LISTCAT "not found" (condition code 4)
 * does not count, and any other outcome sets MAXCC 16, which ends all processing of the step (DFSMS
 * Access Method Services Commands, "IF-THEN-ELSE command sequence", "SET command": "a value of 16 ...
 * terminates all processing"), so nothing runs on a damaged state. Every IF is flat (no nesting).
 */
final class IdcamsUnits {

    private final Records records;

    /** Units kept whole, for {@link #text()} and {@link #unit()}. */
    IdcamsUnits() {
        this(new Records());
    }

    /** Units appended to {@code records} (passed on to the member 64 KB at a time when it has a sink). */
    IdcamsUnits(Records records) {
        this.records = records;
    }

    /** The records written, each ending with a newline. */
    String text() {
        return records.text();
    }

    /** The records written as one statement method of {@link JclHelpers} returns them: no final newline. */
    String unit() {
        StringBuilder out = records.out();
        return out.substring(0, out.length() - 1);
    }

    void command(String command) {
        IdcamsWriter.command(command, records.out());
        records.written();
    }

    /** {@code " CATALOG(name)"} when the plan names the data set's catalog, else nothing. */
    static String catalogOf(TargetDataSet ds) {
        return ds.catalog() == null ? "" : " CATALOG(" + ds.catalog() + ")";
    }

    /** Ends a guarded unit (see the class comment). */
    IdcamsUnits verdict() {
        command("IF LASTCC = 0 THEN SET MAXCC = 0");
        command("ELSE SET MAXCC = 16");
        return this;
    }

    /**
     * Renames catalog entry {@code from} to {@code to}: when {@code from} exists it is renamed; when it
     * does not, {@code to} must exist (an earlier run renamed it). AMS "ALTER" (NEWNAME, CATALOG),
     * "LISTCAT" (ENTRIES, NAME; condition code 4 when the entry is not found: "Condition codes").
     */
    IdcamsUnits rename(String from, String to, String catalog) {
        command("LISTCAT ENTRIES(" + from + ") NAME" + catalog);
        command("IF LASTCC = 0 THEN ALTER " + from + " NEWNAME(" + to + ")" + catalog);
        command("ELSE LISTCAT ENTRIES(" + to + ") NAME" + catalog);
        verdict();
        return this;
    }

    /**
     * Renames {@code from} to {@code to} unless {@code to} exists (an earlier run renamed it), for a data
     * set whose temporary name the job then defines as a data set alias
     * (TargetDataSet.temporaryNameBecomesAlias): on a rerun, LISTCAT of {@code from} would find that
     * alias and the ALTER of it would fail, so the final name is asked for first. Used with the new
     * master catalog, which {@code catalog} names: there {@code to} can only exist because this job
     * renamed it. AMS "LISTCAT" (condition code 4 when the entry is not found), "ALTER".
     */
    IdcamsUnits renameUnlessRenamed(String from, String to, String catalog) {
        command("LISTCAT ENTRIES(" + to + ") NAME" + catalog);
        command("IF LASTCC = 0 THEN SET MAXCC = 0");
        command("ELSE ALTER " + from + " NEWNAME(" + to + ")" + catalog);
        verdict();
        return this;
    }

    /**
     * Renames {@code from} to {@code to} when LISTCAT finds {@code from}; when it does not, the unit
     * succeeds. Used for a VSAM component under the expected name (TargetDataSet.componentRenames: a
     * component that is not there is left alone), and for a data set RN then catalogs indirectly: there
     * {@code from} missing means an earlier run renamed it, and {@code to} may be missing too, when that
     * run's DELETE NOSCRATCH ran and its DEFINE NONVSAM failed (the data set stays on its volume under
     * its final name; AMS "DELETE" NOSCRATCH removes only the catalog entry); the DELETE and DEFINE
     * units that follow handle both states. Only "not found" (condition code 4) means "nothing to do":
     * a LISTCAT that fails otherwise (8, 12: the catalog cannot be read) sets MAXCC 16 at once, which
     * ends all processing of the step, so the job fails and its rerun promise holds (the failure drills
     * found RN ending 0 with the data set not renamed). An IF whose condition is false leaves LASTCC as
     * the LISTCAT set it (AMS, "IF-THEN-ELSE command sequence": LASTCC is the code of the last
     * functional command).
     */
    IdcamsUnits renameIfPresent(String from, String to, String catalog) {
        command("LISTCAT ENTRIES(" + from + ") NAME" + catalog);
        command("IF LASTCC > 4 THEN SET MAXCC = 16");
        command("IF LASTCC = 0 THEN ALTER " + from + " NEWNAME(" + to + ")" + catalog);
        command("ELSE SET LASTCC = 0");
        verdict();
        return this;
    }

    /**
     * Deletes catalog entry {@code name} of {@code type} (ALIAS, NONVSAM, ...) when LISTCAT finds it;
     * {@code options} are further DELETE parameters (NOSCRATCH), or empty. AMS "DELETE", "LISTCAT" (the
     * entry type keywords). A LISTCAT that fails otherwise than "not found" ends the step with 16, as
     * in {@link #renameIfPresent}.
     */
    IdcamsUnits deleteIfPresent(String name, String type, String catalog, String options) {
        command("LISTCAT ENTRIES(" + name + ") " + type + catalog);
        command("IF LASTCC > 4 THEN SET MAXCC = 16");
        command("IF LASTCC = 0 THEN DELETE " + name + " " + type + (options.isEmpty() ? "" : " " + options) + catalog);
        command("ELSE SET LASTCC = 0");
        verdict();
        return this;
    }

    /**
     * A check of the verification job: {@code listcat} (a LISTCAT command) must find its entry. Not
     * found (4) is turned into 12, which raises MAXCC and lets processing go on (AMS, "SET command").
     */
    IdcamsUnits present(String listcat) {
        command(listcat);
        command("IF LASTCC = 4 THEN SET LASTCC = 12");
        return this;
    }

    /**
     * A check of the pre-flight or verification job: {@code listcat} must not find its entry. Found (0)
     * is turned into 12, which raises MAXCC and lets processing go on; not found leaves 4 (AMS, "SET
     * command", "Condition codes").
     */
    IdcamsUnits absent(String listcat) {
        command(listcat);
        command("IF LASTCC = 0 THEN SET LASTCC = 12");
        return this;
    }

    /**
     * The units of RN for {@code datasets}, in order (see RN.ftl): each data set's rename to its final
     * name (guarded as its kind needs), its VSAM components' renames (DeploymentPlan.componentRenames),
     * its indirect catalog entry and its data set aliases or CSI paths.
     */
    IdcamsUnits renames(DeploymentPlan plan, List<TargetDataSet> datasets) {
        for (TargetDataSet ds : datasets) {
            String catalog = catalogOf(ds);
            if (ds.temporaryNameBecomesAlias()) {
                renameUnlessRenamed(ds.temporaryName(), ds.name(), catalog);
            } else if (ds.isIndirect() && ds.needsRename()) {
                renameIfPresent(ds.temporaryName(), ds.name(), catalog);
            } else if (ds.needsRename()) {
                rename(ds.temporaryName(), ds.name(), catalog);
            }
            for (NameChange component : plan.componentRenames(ds)) {
                renameIfPresent(component.from(), component.to(), catalog);
            }
            if (ds.isIndirect()) {
                deleteIfPresent(ds.name(), "NONVSAM", catalog, "NOSCRATCH");
                command("DEFINE NONVSAM(NAME(" + ds.name() + ") DEVICETYPES(0000) VOLUMES("
                        + ds.indirectcatalogsymbol() + "))" + catalog);
                verdict();
            }
            for (String alias : ds.aliases()) {
                command("LISTCAT ENTRIES(" + alias + ") NAME" + catalog);
                command("IF LASTCC = 0 THEN SET MAXCC = 0");
                if (ds.aliasEntryType().equals("PATH")) {
                    command("ELSE DEFINE PATH(NAME(" + alias + ") PATHENTRY(" + ds.name() + "))" + catalog);
                } else {
                    command("ELSE DEFINE ALIAS(NAME(" + alias + ") RELATE(" + ds.name() + "))" + catalog);
                }
                verdict();
            }
        }
        return this;
    }

    /**
     * The checks of VF's CATALOG step for {@code datasets} (see VF.ftl): every final name must be found
     * (listed with VOLUME when indirectly cataloged, with ALL when a renamed VSAM cluster, whose
     * ASSOCIATIONS name its components) and every alias or path; no temporary name that RN does not
     * keep as an alias may be left, nor a VSAM component under a renamed cluster's temporary name (a
     * generic name with one qualifier, AMS "LISTCAT" ENTRIES) when that name fits, nor a component RN
     * renames by another rule (DeploymentPlan.componentRenames, not under the temporary name).
     */
    IdcamsUnits catalogChecks(DeploymentPlan plan, List<TargetDataSet> datasets) {
        for (TargetDataSet ds : datasets) {
            String catalog = catalogOf(ds);
            String listed = ds.isIndirect() ? "VOLUME" : ds.isVsamCluster() && ds.needsRename() ? "ALL" : "NAME";
            present("LISTCAT ENTRIES(" + ds.name() + ") " + listed + catalog);
            for (String alias : ds.aliases()) {
                present("LISTCAT ENTRIES(" + alias + ") NAME" + catalog);
            }
        }
        for (TargetDataSet ds : datasets) {
            if (ds.needsRename() && !ds.temporaryNameBecomesAlias()) {
                absent("LISTCAT ENTRIES(" + ds.temporaryName() + ") NAME" + catalogOf(ds));
            }
        }
        for (TargetDataSet ds : datasets) {
            if (ds.isVsamCluster() && ds.needsRename() && ds.temporaryName().length() + 2 <= 44) {
                absent("LISTCAT ENTRIES(" + ds.temporaryName() + ".*) NAME" + catalogOf(ds));
            }
        }
        for (TargetDataSet ds : datasets) {
            for (NameChange component : plan.componentRenames(ds)) {
                if (!component.from().startsWith(ds.temporaryName() + ".")) {
                    absent("LISTCAT ENTRIES(" + component.from() + ") NAME" + catalogOf(ds));
                }
            }
        }
        return this;
    }

    /** PF's CATALOG checks: LISTCAT ENTRIES of each of {@code names} must not find it (see {@link #absent}). */
    IdcamsUnits absentListcats(List<String> names) {
        for (String name : names) {
            absent("LISTCAT ENTRIES(" + name + ")");
        }
        return this;
    }

    /** DA's deletes of the data set aliases and CSI paths of {@code datasets}, in order. */
    IdcamsUnits aliasDeletes(List<TargetDataSet> datasets) {
        for (TargetDataSet ds : datasets) {
            for (String alias : ds.aliases()) {
                deleteIfPresent(alias, ds.aliasEntryType(), catalogOf(ds), "");
            }
        }
        return this;
    }

    /**
     * The LISTCATs of a VERIFY step (see lib verifyStep): each name in the standard catalog search
     * order with its volumes, or in the catalog {@code catalogs} gives for it (" CATALOG(name)"); one
     * not found (condition code 4) sets MAXCC 12 and the step goes on.
     */
    IdcamsUnits verifyListcats(List<String> names, Map<String, String> catalogs) {
        for (String name : names) {
            String catalog = catalogs.get(name);
            command("LISTCAT ENTRIES(" + name + ") VOLUME" + (catalog == null ? "" : catalog));
            command("IF LASTCC = 0 THEN SET LASTCC = 0");
            command("ELSE SET MAXCC = 12");
        }
        return this;
    }
}
