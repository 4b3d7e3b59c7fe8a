package dev.zdeploy.simulate;

import dev.zdeploy.jcl.DataRecord;
import dev.zdeploy.jcl.JclSyntaxException;
import dev.zdeploy.jcl.MarkedCommands;
import dev.zdeploy.jcl.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * DFSMSdss (ADRDSSU) logical COPY DATASET (DFSMSdss Storage Administration; docs/manual-syntax.md
 * 2.0-2.3). Each data set written is one unit of work: a data set that fails is not copied and the
 * copy goes on with the next, the step ending with 8 (the ADR error messages' return code); a data
 * set named in INCLUDE that is not selected (ADR383W) makes it 4.
 *
 * <ul>
 * <li>Selection: INCLUDE/EXCLUDE filters with {@code *}, {@code **} and {@code %} ("How DFSMSdss
 *     filters"); without input volumes the catalogs are searched, with LOGINDYNAM/LOGINDDNAME the
 *     data set must also be on those volumes: SELECTMULTI(ALL), the default, needs every volume of a
 *     multivolume data set in the list, ANY one of them, FIRST its first.</li>
 * <li>RENAMEUNCONDITIONAL: "the data set must be copied with the new name ... If the data set exists on
 *     the target volume with the new name and the REPLACEUNCONDITIONAL keyword is not specified, an
 *     error message is issued, and the data set is not copied". Pairs (old,new), full names or
 *     {@code .**} prefixes; {@code (pfx)} replaces the first qualifier.</li>
 * <li>Output volumes: required for non-SMS targets, used in the order given, a data set's parts on
 *     as many volumes as it had; an SMS-managed target (a storage class, not removed by NULLSTORCLAS
 *     with BYPASSACS) goes where SMS puts it: the first SMS volume with room.</li>
 * <li>CATALOG: catalogs by the standard search order, the default for VSAM, multivolume and SMS data
 *     sets; without CATALOG or RECATALOG a single-volume non-VSAM target stays uncataloged.</li>
 * <li>A renamed VSAM cluster's components get the new cluster name with .DATA / .INDEX (the form
 *     DFSMSdss "might append"; a name that would pass 44 characters is not modelled).</li>
 * <li>A data set not renamed is copied under its own name to the output volumes: modelled for a non-VSAM,
 *     non-SMS target left uncataloged or cataloged by RECATALOG(newcatname) in another catalog; the
 *     cases the manual leaves open (CATALOG's ADR385E, RECATALOG(*), VSAM, SMS) are not modelled.</li>
 * <li>Serialization by data set name ("Enqueuing—ENQ", "Read/Write serialization scheme"): exclusive
 *     unless SHARE; it fails for a data set another job updates ({@link SystemState#updating}) and, without
 *     SHARE, for one the system has allocated ({@link SystemState#allocated}); TOLERATE(ENQFAILURE) copies
 *     it without the enqueue (torn when it was being updated), else ADR412E.</li>
 * </ul>
 */
final class Dss implements Program {

    private static final DssKeywords VERBS = new DssKeywords("COPy|DUMP|RESTore|RELease|COMPRess|CONSolidate"
            + "|DEFRAG|PRINT|CONVERTV|BUILDSA|CGCREATED");
    private static final DssKeywords COPY = new DssKeywords("DATASet DS|LOGINDDname LIDD|LOGINDYnam LIDY"
            + "|SELECTMulti SELM|OUTDDname ODD|OUTDYnam ODY|RENAMEUnconditional RENUNC|CATalog|RECATalog"
            + "|SPHERE|PROCess|TOLerate|ALLData|ALLExcp|SHAre SHR|ADMINistrator|STORCLAS|NULLSTORCLAS NSC"
            + "|BYPASSACS|DELETE|WAIT|REPLACE|REPLACEUnconditional REPUNC|PURge|FORCE|MGMTCLAS|NULLMGMTCLAS NMC"
            + "|TGTALloc|TGTGDS|FASTREPLICATION FR|CANCELERROR|DEBUG|UNCATalog|RESET|NOTIFYCONCURRENT"
            + "|CONCURRENT CC|FCNOCOPY|MAKEMULTI|NOPACKING|DYNALLOC|READIOMAXIMUM|VOLCOUNT");
    private static final Set<String> ACCEPTED = Set.of("DATASET", "LOGINDDNAME", "LOGINDYNAM", "SELECTMULTI",
            "OUTDDNAME", "OUTDYNAM", "RENAMEUNCONDITIONAL", "CATALOG", "RECATALOG", "SPHERE", "PROCESS", "TOLERATE",
            "ALLDATA", "ALLEXCP", "SHARE", "ADMINISTRATOR", "STORCLAS", "NULLSTORCLAS", "BYPASSACS", "DELETE", "WAIT",
            "REPLACE", "REPLACEUNCONDITIONAL", "PURGE");
    private static final DssKeywords DUMP_NORUN = new DssKeywords("DATASet DS|LOGINDDname LIDD|LOGINDYnam LIDY"
            + "|OUTDDname ODD|SELECTMulti SELM");
    private static final DssKeywords FILTER = new DssKeywords("INClude|EXClude|BY|FILterdd FDD");

    /** One data set selected. */
    private record Source(String name, Catalog catalog, CatalogEntry entry, List<String> volumes, String body,
            long tracks) {}

    /**
     * DFSMSdss's command sequence as the pre-flight job uses it ("IF-THEN-ELSE command sequence for
     * DFSMSdss": "LASTCC specifies a comparison to the last condition code and MAXCC specifies the maximum
     * condition code"; "SET command": LASTCC and MAXCC may be set "to any value from 0 to 16 ... the final
     * maximum condition code is passed to the MVS system"): a one-record {@code IF LASTCC|MAXCC op n THEN
     * SET LASTCC|MAXCC=n}. A LASTCC before any function command is a sequence error, the rest of the
     * stream ignored, return code 12 (the IF-THEN-ELSE sequence message); ELSE, DO-END and other
     * THEN clauses are reported as not modelled.
     */
    private static final java.util.regex.Pattern IF_SET = java.util.regex.Pattern.compile(
            "IF\\s+(LASTCC|MAXCC)\\s*(>=|<=|¬=|=|EQ|NE|>|GT|<|LT|GE|LE)\\s*(\\d+)\\s+THEN\\s+SET\\s+(LASTCC|MAXCC)\\s*=\\s*(\\d+)",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern SET = java.util.regex.Pattern.compile(
            "SET\\s+(LASTCC|MAXCC)\\s*=\\s*(\\d+)", java.util.regex.Pattern.CASE_INSENSITIVE);

    @Override
    public int run(Step step) {
        List<DataRecord> records = step.controlRecords("SYSIN");
        if (records == null) {
            return 16;
        }
        MarkedCommands.Result read = MarkedCommands.access("ADRDSSU", records);
        int lastcc = 0;
        int maxcc = 0;
        boolean functionSeen = false;
        for (MarkedCommands.Command command : read.commands()) {
            String text = command.text();
            int blank = text.indexOf(' ');
            String first = (blank < 0 ? text : text.substring(0, blank)).toUpperCase(Locale.ROOT);
            if (first.equals("IF") || first.equals("SET")) {
                java.util.regex.Matcher m = first.equals("IF") ? IF_SET.matcher(text.strip()) : SET.matcher(text.strip());
                if (!m.matches()) {
                    step.notModelled(command.line(), "DFSMSdss " + first + " other than IF ... THEN SET ...=n");
                    maxcc = Math.max(maxcc, 12);
                    continue;
                }
                boolean asksLast = m.group(1).equalsIgnoreCase("LASTCC");
                if (asksLast && !functionSeen) {
                    step.message("ADR: LASTCC before the first function command: the rest of the stream is ignored,"
                            + " return code 12");
                    return Math.max(maxcc, 12);
                }
                int target;
                int value;
                String variable;
                if (first.equals("IF")) {
                    int left = asksLast ? lastcc : maxcc;
                    if (!Cond.compare(left, m.group(2).toUpperCase(Locale.ROOT), Integer.parseInt(m.group(3)))) {
                        continue;
                    }
                    variable = m.group(4).toUpperCase(Locale.ROOT);
                    value = Integer.parseInt(m.group(5));
                } else {
                    variable = m.group(1).toUpperCase(Locale.ROOT);
                    value = Integer.parseInt(m.group(2));
                }
                target = Math.min(16, value);
                if (variable.equals("MAXCC")) {
                    maxcc = target;
                } else {
                    lastcc = target;
                }
                step.message("DFSMSdss " + variable + " set to " + target);
                continue;
            }
            String verb = VERBS.of(blank < 0 ? text : text.substring(0, blank));
            boolean noRun = step.parm != null && step.parm.toUpperCase(Locale.ROOT).contains("TYPRUN=NORUN");
            int cc;
            if ("DUMP".equals(verb) && noRun) {
                try {
                    cc = dumpFilterOnly(step, command.line(), Parameter.parse(blank < 0 ? "" : text.substring(blank + 1)));
                } catch (JclSyntaxException e) {
                    step.message("ADR101I " + e.getMessage() + ": return code 12");
                    cc = 12;
                }
            } else if (verb == null || !verb.equals("COPY")) {
                step.notModelled(command.line(), "DFSMSdss command " + (blank < 0 ? text : text.substring(0, blank)));
                cc = 12;
            } else {
                List<Parameter> params = null;
                try {
                    params = Parameter.parse(blank < 0 ? "" : text.substring(blank + 1));
                } catch (JclSyntaxException e) {
                    step.message("ADR101I " + e.getMessage() + ": return code 12");
                }
                cc = params == null ? 12 : copy(step, command.line(), params);
            }
            functionSeen = true;
            lastcc = cc;
            maxcc = Math.max(maxcc, cc);
        }
        return maxcc;
    }

    /**
     * DUMP DATASET under PARM='TYPRUN=NORUN': "Data set DUMP and RESTORE only do data set filtering and
     * not DUMP or RESTORE functions" (message ADR109I; DFSMSdss Storage Administration, "DFSMSdss
     * filtering": TYPRUN=NORUN finds out which data sets are selected "without actually performing the
     * requested operations"). With LOGINDYNAM the names are looked for in those volumes' VTOCs. Nothing
     * changes; the selected names are the step's messages. The return code: 0 when every fully qualified
     * name is selected, 4 when one is not (ADR383W, as for COPY); the manual pages that would confirm it
     * were not retrieved (manual-syntax 2.5, 9), and the pre-flight job is written so that the other
     * reading can only make it fail, never pass.
     */
    private int dumpFilterOnly(Step step, int line, List<Parameter> params) {
        Map<String, Parameter> keys = DUMP_NORUN.read(params);
        for (String key : keys.keySet()) {
            if (key.startsWith("?")) {
                step.notModelled(line, "DUMP keyword " + key.substring(1));
                return 12;
            }
        }
        Parameter dataset = keys.get("DATASET");
        if (dataset == null || !dataset.hasList() || keys.containsKey("LOGINDDNAME")) {
            step.notModelled(line, "DUMP other than DUMP DATASET(INCLUDE(...)) LOGINDYNAM(...)");
            return 12;
        }
        Map<String, Parameter> filter = FILTER.read(dataset.list());
        if (!filter.keySet().equals(java.util.Set.of("INCLUDE"))) {
            step.notModelled(line, "DUMP DATASET filter other than INCLUDE");
            return 12;
        }
        // SELECTMULTI(ANY): "any part of the non-VSAM data set or VSAM base cluster can be on a volume in the
        // volume list" (DFSMSdss "LOGINDYNAM"), which is what the VTOC search below does; ALL and FIRST,
        // which would need the catalog's volume lists, are not modelled.
        String selectMulti = keys.containsKey("SELECTMULTI") ? keys.get("SELECTMULTI").value() : null;
        if (selectMulti != null && !selectMulti.equalsIgnoreCase("ANY")) {
            step.notModelled(line, "DUMP SELECTMULTI(" + selectMulti + ")");
            return 12;
        }
        List<String> include = upper(filter.get("INCLUDE").words());
        List<String> volumes = volumes(step, keys.get("LOGINDYNAM"), null);
        List<String> selected = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        for (String serial : volumes) {
            Volume volume = step.state().volumes.get(serial);
            if (volume == null) {
                step.message("volume " + serial + " is not online: return code 8 assumed");
                return 8;
            }
            volume.vtoc.keySet().stream().filter(n -> include.stream().anyMatch(f -> DsnFilter.matches(f, n)))
                    .forEach(n -> {
                        selected.add(n + " on " + serial);
                        found.add(n);
                    });
            // "DFSMSdss filters using the VTOC of volume ... Catalogs are also used, as needed, for
            // multivolume and VSAM data sets" (Storage Administration, "Example 4: logical data set dump
            // operation with VTOC filtering"): a VSAM cluster is selected by its cluster name when one of its
            // components is in the VTOC and the catalog gives the cluster that name.
            for (String name : include) {
                if (name.contains("*") || name.contains("%") || found.contains(name)) {
                    continue;
                }
                Catalogs.Located located = step.catalogs().locate(name, null);
                String body = located == null || !"CLUSTER".equals(located.entry().type) ? null
                        : step.catalogs().bodyOf(located);
                if (body != null && volume.vtoc.values().stream().anyMatch(e -> body.equals(e.body))) {
                    selected.add(name + " on " + serial);
                    found.add(name);
                }
            }
        }
        step.message("TYPRUN=NORUN: " + (selected.isEmpty() ? "no data set selected" : "selected " + String.join(", ", selected)));
        // A fully qualified name that is not selected is reported, a warning (ADR383W, 4): the modelling
        // choice of this class; what PF's box and manual-syntax 2.5 say about it.
        int rc = 0;
        for (String name : include) {
            if (!name.contains("*") && !name.contains("%") && !found.contains(name)) {
                step.message("ADR383W DATA SET " + name + " NOT SELECTED");
                rc = 4;
            }
        }
        return rc;
    }

    private int copy(Step step, int line, List<Parameter> params) {
        Map<String, Parameter> keys = COPY.read(params);
        for (String key : keys.keySet()) {
            if (key.startsWith("?") || !ACCEPTED.contains(key)) {
                step.notModelled(line, "COPY keyword " + (key.startsWith("?") ? key.substring(1) : key));
                return 12;
            }
        }
        Parameter dataset = keys.get("DATASET");
        if (dataset == null || !dataset.hasList()) {
            step.notModelled(line, "COPY other than COPY DATASET");
            return 12;
        }
        Map<String, Parameter> filter = FILTER.read(dataset.list());
        for (String key : filter.keySet()) {
            if (!key.equals("INCLUDE") && !key.equals("EXCLUDE")) {
                step.notModelled(line, "COPY DATASET filter " + (key.startsWith("?") ? key.substring(1) : key));
                return 12;
            }
        }
        List<String> include = filter.containsKey("INCLUDE") ? upper(filter.get("INCLUDE").words()) : List.of("**");
        List<String> exclude = filter.containsKey("EXCLUDE") ? upper(filter.get("EXCLUDE").words()) : List.of();
        List<String> inputVolumes = volumes(step, keys.get("LOGINDYNAM"), keys.get("LOGINDDNAME"));
        List<String> outputVolumes = volumes(step, keys.get("OUTDYNAM"), keys.get("OUTDDNAME"));
        if (inputVolumes == null || outputVolumes == null) {
            return 12;
        }
        String selectMulti = keys.containsKey("SELECTMULTI") ? keys.get("SELECTMULTI").value() : "ALL";
        selectMulti = selectMulti == null ? "ALL" : selectMulti.toUpperCase(Locale.ROOT);
        List<String[]> renames = new ArrayList<>();
        String prefix = null;
        if (keys.containsKey("RENAMEUNCONDITIONAL")) {
            for (Parameter p : keys.get("RENAMEUNCONDITIONAL").list()) {
                if (p.word() != null) {
                    prefix = p.upper();
                } else if (p.list().size() == 1 && p.list().get(0).word() != null) {
                    prefix = p.list().get(0).upper();
                } else if (p.list().size() == 2) {
                    renames.add(new String[] {p.list().get(0).upper(), p.list().get(1).upper()});
                } else {
                    step.notModelled(line, "RENAMEUNCONDITIONAL subparameter " + p);
                    return 12;
                }
            }
        }
        boolean catalog = keys.containsKey("CATALOG");
        String recatalog = keys.containsKey("RECATALOG") ? keys.get("RECATALOG").value() : null;
        boolean replace = keys.containsKey("REPLACEUNCONDITIONAL") || keys.containsKey("REPLACE");
        boolean sys1 = keys.containsKey("PROCESS") && keys.get("PROCESS").words().stream()
                .anyMatch(w -> w.equalsIgnoreCase("SYS1"));
        boolean nullStorclas = keys.containsKey("NULLSTORCLAS");
        List<String> bypassAcs = keys.containsKey("BYPASSACS") ? upper(keys.get("BYPASSACS").words()) : List.of();
        String storclas = keys.containsKey("STORCLAS") ? keys.get("STORCLAS").value() : null;
        boolean deleteSource = keys.containsKey("DELETE");
        boolean share = keys.containsKey("SHARE");
        // TOLERATE(ENQFAILURE): "copies data sets even if the ENQ (serialization) fails" (manual-syntax 2.2,
        // DFSMSdss "TOLERATE"); a data set another job updates meanwhile is then copied as it changes.
        boolean tolerateEnq = keys.containsKey("TOLERATE") && keys.get("TOLERATE").words().stream()
                .anyMatch(w -> w.toUpperCase(Locale.ROOT).startsWith("ENQF"));

        Map<String, Source> selected = select(step, include, exclude, inputVolumes, selectMulti);
        int rc = 0;
        for (String pattern : include) {
            if (!pattern.contains("*") && !pattern.contains("%") && !selected.containsKey(pattern)) {
                step.message("ADR383W " + pattern + " WAS NOT SELECTED: return code 4");
                rc = Math.max(rc, 4);
            }
        }
        if (selected.isEmpty()) {
            step.message("ADR324W no data set was selected: return code 4");
            return Math.max(rc, 4);
        }
        for (Source source : selected.values()) {
            if (step.nextUnitFails()) {
                step.message("ADR454I " + source.name() + " WAS NOT SUCCESSFULLY PROCESSED (injected): return code 8");
                rc = Math.max(rc, 8);
                continue;
            }
            boolean torn = false;
            if (step.state().updating.contains(source.name())) {
                if (!tolerateEnq) {
                    step.message("ADR412E " + source.name() + " FAILED SERIALIZATION: another job holds it for update:"
                            + " return code 8");
                    rc = Math.max(rc, 8);
                    continue;
                }
                step.message("ADR... " + source.name() + " copied without serialization (TOLERATE(ENQFAILURE)) while"
                        + " another job updated it: the copy is not consistent");
                torn = true;
            } else if (!share && step.state().allocated.contains(source.name())) {
                // "If you do not specify the SHARE option, DFSMSdss ... defaulting to exclusive enqueuing"; with
                // TOLERATE(ENQFAILURE) "DFSMSdss processes the data set without an enqueue" (DFSMSdss Storage
                // Administration, "Enqueuing—ENQ"). The system only reads what it holds shared: the copy is whole.
                if (!tolerateEnq) {
                    step.message("ADR412E " + source.name() + " FAILED SERIALIZATION: this system has it allocated"
                            + " (exclusive enqueue without SHARE): return code 8");
                    rc = Math.max(rc, 8);
                    continue;
                }
                step.message(source.name() + " is allocated on this system: copied without serialization"
                        + " (TOLERATE(ENQFAILURE))");
            }
            String newName = newName(source.name(), renames, prefix);
            if (newName == null) {
                step.notModelled(line, "a RENAMEUNCONDITIONAL filter for " + source.name());
                rc = Math.max(rc, 12);
                continue;
            }
            boolean bypass = nullStorclas && bypassAcs.stream().anyMatch(f -> DsnFilter.matches(f, source.name()));
            boolean sms = !bypass && (source.entry() != null && source.entry().sms || storclas != null);
            // STORCLAS "specifies the storage class that you want to replace (the source storage class) as
            // input to the ACS routines" (manual-syntax 2.2, DFSMSdss "STORCLAS"); the simulated ACS routines
            // keep the class they are given, so the target carries it (or the source's, without STORCLAS).
            String targetClass = !sms ? null : storclas != null ? storclas
                    : source.entry() == null ? null : source.entry().storclas;
            if (deleteSource && newName.equals(source.name())) {
                rc = Math.max(rc, moveOne(step, source, sms, catalog, torn, targetClass));
                continue;
            }
            int result = copyOne(step, source, newName, outputVolumes, catalog, recatalog, replace, sys1, sms, torn,
                    targetClass);
            rc = Math.max(rc, result);
            if (result == 0 && deleteSource) {
                step.notModelled(line, "COPY DELETE (the source is deleted after the copy)");
                rc = Math.max(rc, 12);
            }
        }
        return rc;
    }

    private int copyOne(Step step, Source source, String newName, List<String> outputVolumes, boolean catalog,
                        String recatalog, boolean replace, boolean sys1, boolean sms, boolean torn,
                        String targetClass) {
        SystemState state = step.state();
        Catalogs catalogs = step.catalogs();
        if (newName.length() > 44) {
            step.message("ADR472E the new name " + newName + " is longer than 44 characters: return code 8");
            return 8;
        }
        boolean sameName = newName.equals(source.name());
        if (source.body() == null) {
            step.message("ADR405E " + source.name() + " is cataloged on " + source.volumes()
                    + " but no VTOC there holds it: return code 8");
            return 8;
        }
        DataSetBody sourceBody = state.bodies.get(source.body());
        boolean vsam = source.entry() != null && CatalogEntry.CLUSTER.equals(source.entry().type);
        String dataName = vsam ? newName + ".DATA" : newName;
        String indexName = vsam && source.entry().index != null ? newName + ".INDEX" : null;
        if (vsam && (dataName.length() > 44 || indexName != null && indexName.length() > 44)) {
            step.notModelled(step.line, "the component names DFSMSdss derives for " + newName);
            return 12;
        }
        // The catalog the target goes to: RECATALOG(name), RECATALOG(*) the source's, CATALOG the standard
        // search order; VSAM, multivolume and SMS data sets are cataloged by default.
        int parts = Math.max(1, source.volumes().size());
        boolean cataloged = catalog || recatalog != null || vsam || parts > 1 || sms;
        if (sameName) {
            // A copy under the source's own name (no RENAMEUNCONDITIONAL): modelled for a non-VSAM, non-SMS
            // target that stays uncataloged or is cataloged in another catalog by RECATALOG(newcatname) (COPY
            // "CATALOG | RECATALOG": "catalogs the target data set in the newcatname catalog"). Not modelled:
            // CATALOG or a cataloging default (VSAM, multivolume, SMS), where "an ADR385E message will be
            // issued because two data sets with the same name cannot be cataloged in the standard order of
            // search at the same time" without saying what becomes of the copy; RECATALOG(*), the catalog
            // that already holds the name; an SMS-managed target, for which "RECATALOG is ignored".
            String unsupported = vsam ? "a VSAM cluster" : sms ? "an SMS-managed target"
                    : recatalog == null && cataloged ? "CATALOG (or a multivolume data set) without RECATALOG(newcatname)"
                    : "*".equals(recatalog) ? "RECATALOG(*)" : null;
            if (unsupported != null) {
                step.notModelled(step.line, "a copy of " + source.name() + " under its own name with " + unsupported);
                return 12;
            }
        }
        Catalog target = null;
        if (cataloged) {
            target = recatalog == null ? catalogs.defineCatalog(newName)
                    : recatalog.equals("*") ? source.catalog() : catalogs.named(recatalog.toUpperCase(Locale.ROOT));
            if (target == null) {
                step.message("ADR... catalog " + recatalog + " is not available: return code 8");
                return 8;
            }
        }
        // Under its own name the catalog finds the source itself, not a preallocated target: a copy of that
        // name already on an output volume is found below in the volume's VTOC.
        Catalogs.Located existing = sameName ? null : catalogs.locate(newName, null);
        boolean preallocated = existing != null && !CatalogEntry.ALIAS.equals(existing.entry().type);
        if (preallocated || target != null && target.entries.containsKey(newName)) {
            if (!replace) {
                step.message("ADR489E " + newName + " exists and REPLACEUNCONDITIONAL is not specified: "
                        + source.name() + " not copied: return code 8");
                return 8;
            }
            if (source.name().startsWith("SYS1.") && !sys1) {
                // "system data sets that are named SYS1.* cannot be copied to preallocated data sets unless the
                // PROCESS(SYS1) keyword is specified" (manual-syntax 2.2)
                step.message("ADR... " + source.name() + " cannot be copied to a preallocated data set without"
                        + " PROCESS(SYS1): return code 8");
                return 8;
            }
            step.notModelled(step.line, "a copy into the preallocated data set " + newName);
            return 12;
        }
        // Volumes: parts on the output volumes in order (non-SMS), or where SMS puts them.
        List<Volume> candidates = new ArrayList<>();
        if (sms) {
            state.volumes.values().stream().filter(v -> v.sms).forEach(candidates::add);
        } else {
            if (outputVolumes.isEmpty()) {
                step.message("ADR... output volumes are required for the non-SMS data set " + source.name()
                        + ": return code 8");
                return 8;
            }
            for (String v : outputVolumes) {
                Volume volume = state.volumes.get(v);
                if (volume == null) {
                    step.message("ADR... output volume " + v + " is not online: return code 8");
                    return 8;
                }
                candidates.add(volume);
            }
        }
        long[] shares = shares(source.tracks(), parts);
        List<Volume> chosen = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < parts; i++) {
            Volume found = null;
            while (next < candidates.size()) {
                Volume v = candidates.get(next++);
                if (v.vtoc.containsKey(dataName) || indexName != null && v.vtoc.containsKey(indexName)) {
                    step.message("ADR... " + dataName + " exists on the target volume " + v.serial
                            + " and REPLACEUNCONDITIONAL is not specified: " + source.name() + " not copied:"
                            + " return code 8");
                    return 8;
                }
                if (v.fits(shares[i] + (indexName == null ? 0 : 1))) {
                    found = v;
                    break;
                }
            }
            if (found == null) {
                step.message("ADR... not enough space on the output volumes for " + source.name() + ": return code 8");
                return 8;
            }
            chosen.add(found);
        }
        DataSetBody body = sourceBody.copy(state.newBody(sourceBody.kind, sourceBody.origin).id);
        if (torn) {
            body.complete = false;
        }
        state.bodies.put(body.id, body);
        List<String> serials = place(chosen, dataName, indexName, body.id, shares);
        if (target != null) {
            if (vsam) {
                CatalogEntry cluster = new CatalogEntry(CatalogEntry.CLUSTER);
                cluster.data = dataName;
                cluster.index = indexName;
                cluster.sms = sms;
                cluster.storclas = targetClass;
                target.entries.put(newName, cluster);
                CatalogEntry data = CatalogEntry.component(CatalogEntry.DATA, newName, serials, body.id, sms);
                target.entries.put(dataName, data);
                if (indexName != null) {
                    target.entries.put(indexName, CatalogEntry.component(CatalogEntry.INDEX, newName, serials.subList(0, 1), body.id,
                            sms));
                }
            } else {
                CatalogEntry entry = new CatalogEntry(CatalogEntry.NONVSAM);
                entry.volumes.addAll(serials);
                serials.forEach(s -> entry.deviceTypes.add("3390"));
                entry.body = body.id;
                entry.sms = sms;
                entry.storclas = targetClass;
                target.entries.put(newName, entry);
            }
        }
        step.change(source.name() + " copied to " + newName + " on " + String.join(" ", serials)
                + (target == null ? " (not cataloged)" : ", cataloged in " + target.name));
        return 0;
    }

    /**
     * COPY DELETE of a cataloged SMS-managed data set under its own name: a move. COPY "invokes the
     * Automatic Class Selection (ACS) routines" with STORCLAS as their input ("Moving SMS-managed data
     * sets", "STORCLAS"; the simulated ACS routines keep the class given); the copy is allocated where SMS
     * puts it, the source is deleted after the copy ("DELETE") and the catalog entry then points to the
     * copy: cataloging "is the default for VSAM, multivolume data sets, and SMS-managed data sets", and
     * CATALOG coded without RENAMEUNCONDITIONAL or UNCATALOG gives ADR385E ("CATALOG"). A move of a
     * non-SMS-managed or uncataloged data set is not modelled.
     */
    private int moveOne(Step step, Source source, boolean sms, boolean catalogCoded, boolean torn, String targetClass) {
        SystemState state = step.state();
        if (source.entry() == null || source.catalog() == null || !sms) {
            step.notModelled(step.line, "a move (COPY DELETE under its own name) of " + source.name()
                    + (source.entry() == null ? ", which is not cataloged" : ", which is not SMS-managed"));
            return 12;
        }
        if (catalogCoded) {
            step.message("ADR385E " + source.name() + " CANNOT BE CATALOGED: two data sets of the same name cannot"
                    + " be cataloged in the standard order of search: return code 8");
            return 8;
        }
        if (source.body() == null) {
            step.message("ADR405E " + source.name() + " is cataloged on " + source.volumes()
                    + " but no VTOC there holds it: return code 8");
            return 8;
        }
        CatalogEntry entry = source.entry();
        boolean vsam = CatalogEntry.CLUSTER.equals(entry.type);
        String dataName = vsam ? entry.data : source.name();
        String indexName = vsam ? entry.index : null;
        int parts = Math.max(1, source.volumes().size());
        long[] shares = shares(source.tracks(), parts);
        List<Volume> chosen = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            long need = shares[i] + (indexName == null || i > 0 ? 0 : 1);
            Volume found = state.volumes.values().stream()
                    .filter(v -> v.sms && !chosen.contains(v) && !v.vtoc.containsKey(dataName)
                            && (indexName == null || !v.vtoc.containsKey(indexName)) && v.fits(need))
                    .findFirst().orElse(null);
            if (found == null) {
                step.message("ADR... not enough space in the storage group for the move of " + source.name()
                        + ": return code 8");
                return 8;
            }
            chosen.add(found);
        }
        DataSetBody sourceBody = state.bodies.get(source.body());
        DataSetBody body = sourceBody.copy(state.newBody(sourceBody.kind, sourceBody.origin).id);
        if (torn) {
            body.complete = false;
        }
        state.bodies.put(body.id, body);
        for (String v : source.volumes()) {
            Volume volume = state.volumes.get(v);
            if (volume != null) {
                volume.vtoc.remove(dataName);
                if (indexName != null) {
                    volume.vtoc.remove(indexName);
                }
            }
        }
        List<String> serials = place(chosen, dataName, indexName, body.id, shares);
        Map<String, CatalogEntry> entries = source.catalog().entries;
        if (vsam) {
            entries.put(dataName, CatalogEntry.component(CatalogEntry.DATA, source.name(), serials, body.id, true));
            if (indexName != null) {
                entries.put(indexName, CatalogEntry.component(CatalogEntry.INDEX, source.name(), serials.subList(0, 1),
                        body.id, true));
            }
        } else {
            entry.volumes.clear();
            entry.volumes.addAll(serials);
            entry.deviceTypes.clear();
            serials.forEach(s -> entry.deviceTypes.add("3390"));
            entry.body = body.id;
        }
        entry.sms = true;
        entry.storclas = targetClass;
        step.change(source.name() + " moved to " + String.join(" ", serials)
                + (targetClass == null ? "" : " with storage class " + targetClass) + ", cataloged in "
                + source.catalog().name + "; the source copy deleted");
        return 0;
    }

    /** The tracks of each of {@code parts} volumes: an equal share, the remainder on the first. */
    private static long[] shares(long tracks, int parts) {
        long[] shares = new long[parts];
        for (int i = 0; i < parts; i++) {
            shares[i] = tracks / parts + (i == 0 ? tracks % parts : 0);
        }
        return shares;
    }

    /** Puts the data (and index, on the first volume) of a copy in the VTOCs of {@code chosen}; returns their serials. */
    private static List<String> place(List<Volume> chosen, String dataName, String indexName, String body, long[] shares) {
        List<String> serials = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Volume v = chosen.get(i);
            v.vtoc.put(dataName, new VtocEntry(dataName, body, shares[i]));
            if (indexName != null && i == 0) {
                v.vtoc.put(indexName, new VtocEntry(indexName, body, 1));
            }
            serials.add(v.serial);
        }
        return serials;
    }

    /** The data sets selected, by name, in name order. */
    private Map<String, Source> select(Step step, List<String> include, List<String> exclude, List<String> inputVolumes,
                                       String selectMulti) {
        SystemState state = step.state();
        Catalogs catalogs = step.catalogs();
        Set<String> names = new LinkedHashSet<>();
        for (String pattern : include) {
            if (!pattern.contains("*") && !pattern.contains("%")) {
                names.add(pattern);
                continue;
            }
            for (Catalog catalog : state.catalogs.values()) {
                boolean reachable = catalog == state.master() || state.master().entries.containsKey(catalog.name);
                if (!reachable) {
                    continue;
                }
                for (Map.Entry<String, CatalogEntry> e : catalog.entries.entrySet()) {
                    String type = e.getValue().type;
                    if ((CatalogEntry.NONVSAM.equals(type) || CatalogEntry.CLUSTER.equals(type))
                            && DsnFilter.matches(pattern, e.getKey())) {
                        names.add(e.getKey());
                    }
                }
            }
            for (String v : inputVolumes) {
                Volume volume = state.volumes.get(v);
                if (volume != null) {
                    volume.vtoc.keySet().stream().filter(n -> DsnFilter.matches(pattern, n)).forEach(names::add);
                }
            }
        }
        Map<String, Source> selected = new LinkedHashMap<>();
        for (String name : names.stream().sorted().toList()) {
            if (exclude.stream().anyMatch(f -> DsnFilter.matches(f, name))) {
                continue;
            }
            Catalogs.Located located = catalogs.locate(name, null);
            Source source = null;
            if (located != null && (CatalogEntry.NONVSAM.equals(located.entry().type)
                    || CatalogEntry.CLUSTER.equals(located.entry().type))) {
                CatalogEntry entry = located.entry();
                List<String> volumes = CatalogEntry.CLUSTER.equals(entry.type)
                        ? catalogs.resolve(located.catalog().entries.get(entry.data).volumes)
                        : catalogs.resolve(entry.volumes);
                String vtocName = CatalogEntry.CLUSTER.equals(entry.type) ? entry.data : name;
                long tracks = 0;
                String body = null;
                for (String v : volumes) {
                    Volume volume = state.volumes.get(v);
                    if (volume != null && volume.vtoc.containsKey(vtocName)) {
                        tracks += volume.vtoc.get(vtocName).tracks;
                        body = body == null ? volume.vtoc.get(vtocName).body : body;
                    }
                }
                source = new Source(name, located.catalog(), entry, volumes, body, tracks);
            } else if (!inputVolumes.isEmpty()) {
                for (String v : inputVolumes) {
                    Volume volume = state.volumes.get(v);
                    if (volume != null && volume.vtoc.containsKey(name)) {
                        VtocEntry e = volume.vtoc.get(name);
                        source = new Source(name, null, null, List.of(v), e.body, e.tracks);
                        break;
                    }
                }
            }
            if (source == null) {
                continue;
            }
            if (!inputVolumes.isEmpty()) {
                List<String> on = source.volumes();
                boolean take = switch (selectMulti) {
                    case "ANY" -> on.stream().anyMatch(inputVolumes::contains);
                    case "FIRST" -> !on.isEmpty() && inputVolumes.contains(on.get(0));
                    default -> !on.isEmpty() && inputVolumes.containsAll(on);
                };
                if (!take) {
                    step.message(name + " is on " + on + ", not selected with SELECTMULTI(" + selectMulti
                            + ") from " + inputVolumes);
                    continue;
                }
            }
            selected.put(name, source);
        }
        return selected;
    }

    private static String newName(String name, List<String[]> renames, String prefix) {
        for (String[] pair : renames) {
            String from = pair[0];
            String to = pair[1];
            if (!from.contains("*") && !from.contains("%")) {
                if (from.equals(name)) {
                    return to;
                }
            } else if (from.endsWith(".**") && to.endsWith(".**") && from.indexOf('*') == from.length() - 2
                    && to.indexOf('*') == to.length() - 2 && !from.contains("%")) {
                String stem = from.substring(0, from.length() - 3);
                if (name.startsWith(stem + ".")) {
                    return to.substring(0, to.length() - 3) + name.substring(stem.length());
                }
            } else if (DsnFilter.matches(from, name)) {
                return null;
            }
        }
        if (prefix != null) {
            int dot = name.indexOf('.');
            return prefix + (dot < 0 ? "" : name.substring(dot));
        }
        return name;
    }

    private static List<String> volumes(Step step, Parameter dynam, Parameter ddname) {
        List<String> out = new ArrayList<>();
        if (dynam != null) {
            for (Parameter p : dynam.list()) {
                if (p.word() != null) {
                    out.add(p.upper());
                } else if (!p.list().isEmpty() && p.list().get(0).word() != null) {
                    out.add(p.list().get(0).upper());
                }
            }
        }
        if (ddname != null) {
            for (String dd : ddname.words()) {
                Dd statement = step.dd(dd.toUpperCase(Locale.ROOT));
                String vol = statement == null ? null : statement.keywords().get("VOL");
                java.util.regex.Matcher m = vol == null ? null
                        : java.util.regex.Pattern.compile("SER=\\(?([A-Z0-9@#$]{1,6})").matcher(vol.toUpperCase(Locale.ROOT));
                if (m == null || !m.find()) {
                    step.notModelled(step.line, "DD " + dd + " named by LOGINDDNAME/OUTDDNAME without VOL=SER");
                    return null;
                }
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static List<String> upper(List<String> words) {
        return words.stream().map(w -> w.toUpperCase(Locale.ROOT)).toList();
    }
}
