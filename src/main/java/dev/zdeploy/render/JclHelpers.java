package dev.zdeploy.render;

import dev.zdeploy.jcl.DssWriter;
import dev.zdeploy.jcl.GimunzipWriter;
import dev.zdeploy.jcl.IckdsfWriter;
import dev.zdeploy.jcl.IdcamsWriter;
import dev.zdeploy.jcl.IehlistWriter;
import dev.zdeploy.jcl.JclWriter;
import dev.zdeploy.jcl.SmpeWriter;
import dev.zdeploy.jcl.StdparmWriter;
import dev.zdeploy.jcl.TsoWriter;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.TargetDataSet;
import dev.zdeploy.plan.VolumeUsage;
import dev.zdeploy.plan.VtocCheck;
import dev.zdeploy.plan.TargetDddef;
import freemarker.template.TemplateDirectiveModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The statement writers of {@code dev.zdeploy.jcl}, as the {@code jcl} variable of every template:
 * templates call these and never count columns.
 *
 * <p>Every method returns the card images of one statement joined with {@code \n}, without a final
 * newline, so a template writes {@code ${jcl.dd("SYSPRINT", "SYSOUT=*")}} alone on its line and the
 * line's own newline ends the last card. No method returns an empty string (an empty record is never
 * written). A statement that cannot be written within the output policy fails the render with the
 * writer's message.
 *
 * <p>The methods that write what a job does for every data set ({@code renameUnits}, {@code catalogChecks},
 * {@code aliasDeletes}, {@code verifyListcats}, {@code absentListcats}, {@code vtocChecks}, {@code dddefUcl})
 * return whole records instead, each
 * ending with a newline, and an empty string when there is nothing to write; a template writes them
 * with {@code <#t>}, which drops the line's own newline: {@code ${jcl.renameUnits(job.datasets)}<#t>}; the
 * shipped templates use the directives of {@link #getWrite()} instead, which write the same records.
 * They do in Java what a template loop did, for speed: a template pays for every value, call and
 * concatenation it evaluates, per data set (see {@link IdcamsUnits}).
 *
 * <p>Free text from the inputs (descriptions, names) goes only through {@link #comment(String)}, which
 * replaces every character but printable ASCII and writes {@code //*} comment statements: whatever the
 * text holds, it cannot become a statement.
 */
public final class JclHelpers {

    // ---- JCL ------------------------------------------------------------------------------------

    /** An EXEC statement: {@code exec("COPY001", "PGM=ADRDSSU", "COND=(4,LT)")}; empty parameters are left out. */
    public String exec(String stepName, String... parameters) {
        return cards(JclWriter.exec(stepName, Arrays.asList(parameters)));
    }

    /** A DD statement: {@code dd("SYSIN", "*")}; empty parameters are left out. */
    public String dd(String ddName, String... parameters) {
        return cards(JclWriter.dd(ddName, Arrays.asList(parameters)));
    }

    /** A value in apostrophes with apostrophes doubled, for {@code PATH=} and {@code PARM=}. */
    public String quote(String raw) {
        return JclWriter.quote(raw);
    }

    /**
     * Comment statements holding {@code text}, sanitised (see {@link #sanitize(String)}) and wrapped;
     * a newline starts a new comment statement, an empty text gives a bare {@code //*}.
     */
    public String comment(String text) {
        return cards(JclWriter.comment(sanitize(text)));
    }

    /**
     * {@code text} with every character outside printable ASCII (blank to tilde) replaced by {@code ?},
     * newlines kept; null gives an empty string.
     */
    public String sanitize(String text) {
        return clean(text);
    }

    /** See {@link #sanitize(String)}. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        // One ? per code point, not per char: a character outside the BMP is one character to a reader.
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            clean.append(c == '\n' || (c >= 0x20 && c <= 0x7E) ? (char) c : '?');
            i += Character.charCount(c);
        }
        return clean.toString();
    }

    // ---- utility control statements -------------------------------------------------------------

    /** One IDCAMS command (or modal command: {@code IF LASTCC = 0 THEN DO}, {@code END}). */
    public String idcams(String command) {
        return cards(IdcamsWriter.command(command));
    }

    /** One ICKDSF command. */
    public String ickdsf(String command) {
        return cards(IckdsfWriter.command(command));
    }

    /** One DFSMSdss command. */
    public String dss(String command) {
        return cards(DssWriter.command(command));
    }

    /** One SMP/E command or UCL statement, given without its period. */
    public String smpe(String statement) {
        return cards(SmpeWriter.statement(statement));
    }

    /** The UCL statement setting a path DDDEF: the plan checks that very text can be written. */
    public String smpePathDddef(String dddef, String path) {
        return SmpeWriter.pathDddef(dddef, path);
    }

    /**
     * One GIMUNZIP XML element with attribute name/value pairs: {@code xml("ARCHDEF", "archid", id,
     * "newname", name)}; an empty value leaves its attribute out.
     */
    public String xml(String element, String... attributes) {
        return cards(GimunzipWriter.element(element, Arrays.asList(attributes)));
    }

    /** The start tag of a GIMUNZIP XML element: {@code <GIMUNZIP>}. */
    public String xmlStart(String element) {
        return cards(GimunzipWriter.start(element));
    }

    /** The end tag of a GIMUNZIP XML element: {@code </GIMUNZIP>}. */
    public String xmlEnd(String element) {
        return cards(GimunzipWriter.end(element));
    }

    /** BPXBATCH STDPARM shell text: each command starts a record and is broken only between tokens. */
    public String stdparm(List<String> commands) {
        return cards(StdparmWriter.lines(commands));
    }

    /** One IEHLIST control statement: {@code iehlist("LISTVTOC VOL=3390=TM2R01")}. */
    public String iehlist(String statement) {
        return cards(IehlistWriter.statement(statement));
    }

    /** One TSO/E command for SYSTSIN (RACF's ADDGROUP, ADDSD, PERMIT, ...). */
    public String tso(String command) {
        return cards(TsoWriter.command(command));
    }

    // ---- guarded IDCAMS units (IdcamsUnits; lib/jcl.ftl's macros of the same names call these) -----

    /** The end of a guarded IDCAMS unit: MAXCC reset when LASTCC is 0, else 16. */
    public String verdict() {
        return new IdcamsUnits().verdict().unit();
    }

    /** The unit renaming catalog entry {@code from} to {@code to}, rerunnable. */
    public String rename(String from, String to, String catalog) {
        return new IdcamsUnits().rename(from, to, catalog).unit();
    }

    /** The unit renaming {@code from} to {@code to} unless {@code to} exists. */
    public String renameUnlessRenamed(String from, String to, String catalog) {
        return new IdcamsUnits().renameUnlessRenamed(from, to, catalog).unit();
    }

    /** The unit renaming {@code from} to {@code to} when {@code from} exists. */
    public String renameIfPresent(String from, String to, String catalog) {
        return new IdcamsUnits().renameIfPresent(from, to, catalog).unit();
    }

    /** The unit deleting entry {@code name} of {@code type} when it exists; {@code options} may be empty. */
    public String deleteIfPresent(String name, String type, String catalog, String options) {
        return new IdcamsUnits().deleteIfPresent(name, type, catalog, options).unit();
    }

    /** A check that the LISTCAT {@code listcat} finds its entry (not found: LASTCC 12). */
    public String present(String listcat) {
        return new IdcamsUnits().present(listcat).unit();
    }

    /** A check that the LISTCAT {@code listcat} does not find its entry (found: LASTCC 12). */
    public String absent(String listcat) {
        return new IdcamsUnits().absent(listcat).unit();
    }

    /** {@code " CATALOG(name)"} when the plan names the data set's catalog, else an empty string. */
    public String catalogOf(TargetDataSet ds) {
        return IdcamsUnits.catalogOf(ds);
    }

    // ---- what a job does for every data set: whole records, each ending with a newline ------------

    /**
     * The same records as {@code renameUnits}, {@code catalogChecks}, {@code aliasDeletes},
     * {@code verifyListcats}, {@code absentListcats}, {@code vtocChecks}, {@code dddefUcl} and
     * {@code comment} (of a string or of a {@link #dddefParagraph}/{@link #paragraph}), as directives that
     * write them into the member a piece at a time: {@code <@jcl.write.catalogChecks plan=plan
     * datasets=job.datasets/><#t>} (see UnitsDirective, Records); and {@code <@jcl.write.notEmpty
     * message=...>body</@jcl.write.notEmpty>}, which writes its body on and fails with the message when
     * it wrote nothing (lib gimsmpStep). The shipped templates use these, so that a render holds no
     * member's per-data-set records whole.
     */
    public Map<String, TemplateDirectiveModel> getWrite() {
        return WRITE;
    }

    private static final Map<String, TemplateDirectiveModel> WRITE = Map.of(
            "renameUnits", new UnitsDirective("renameUnits", List.of("plan", "datasets"),
                    (p, records) -> new IdcamsUnits(records).renames((DeploymentPlan) p.get("plan"), datasets(p))),
            "catalogChecks", new UnitsDirective("catalogChecks", List.of("plan", "datasets"),
                    (p, records) -> new IdcamsUnits(records).catalogChecks((DeploymentPlan) p.get("plan"), datasets(p))),
            "aliasDeletes", new UnitsDirective("aliasDeletes", List.of("datasets"),
                    (p, records) -> new IdcamsUnits(records).aliasDeletes(datasets(p))),
            "verifyListcats", new UnitsDirective("verifyListcats", List.of("names", "catalogs"),
                    (p, records) -> new IdcamsUnits(records).verifyListcats(strings(p.get("names")), catalogs(p.get("catalogs")))),
            "absentListcats", new UnitsDirective("absentListcats", List.of("names"),
                    (p, records) -> new IdcamsUnits(records).absentListcats(strings(p.get("names")))),
            "vtocChecks", new UnitsDirective("vtocChecks", List.of("checks"),
                    (p, records) -> VtocDumps.write(checks(p.get("checks")), records)),
            "dddefUcl", new UnitsDirective("dddefUcl", List.of("dddefs"),
                    (p, records) -> DddefUcl.write(dddefs(p.get("dddefs")), records)),
            "comment", new UnitsDirective("comment", List.of("text"), JclHelpers::comment),
            "notEmpty", new NotEmptyDirective());

    /** The comment statements of a string, or of a {@link Paragraph} value by value. */
    private static void comment(Map<String, Object> parameters, Records records) {
        CommentLines lines = new CommentLines(records);
        Object text = parameters.get("text");
        if (text instanceof Paragraph<?> paragraph) {
            paragraph.write(lines);
        } else {
            lines.add((String) text);
        }
        lines.end();
    }

    @SuppressWarnings("unchecked")
    private static List<VtocCheck> checks(Object checks) {
        return (List<VtocCheck>) checks;
    }

    @SuppressWarnings("unchecked")
    private static List<TargetDddef> dddefs(Object dddefs) {
        return (List<TargetDddef>) dddefs;
    }

    @SuppressWarnings("unchecked")
    private static List<TargetDataSet> datasets(Map<String, Object> parameters) {
        return (List<TargetDataSet>) parameters.get("datasets");
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object names) {
        return (List<String>) names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> catalogs(Object catalogs) {
        return (Map<String, String>) catalogs;
    }

    /** RN's units for {@code datasets}: renames, component renames, indirect entries, aliases and paths. */
    public String renameUnits(DeploymentPlan plan, List<TargetDataSet> datasets) {
        return new IdcamsUnits().renames(plan, datasets).text();
    }

    /** VF's CATALOG checks for {@code datasets}: final names, aliases and paths present, temporary names absent. */
    public String catalogChecks(DeploymentPlan plan, List<TargetDataSet> datasets) {
        return new IdcamsUnits().catalogChecks(plan, datasets).text();
    }

    /** DA's deletes of the data set aliases and CSI paths of {@code datasets}. */
    public String aliasDeletes(List<TargetDataSet> datasets) {
        return new IdcamsUnits().aliasDeletes(datasets).text();
    }

    /**
     * The LISTCATs of a VERIFY step, one check per name; {@code catalogs} gives the {@code " CATALOG(name)"}
     * of a name to look for in a given catalog (see lib verifyStep), the others have none.
     */
    public String verifyListcats(List<String> names, Map<String, String> catalogs) {
        return new IdcamsUnits().verifyListcats(names, catalogs).text();
    }

    /**
     * For each of {@code datasets} copied under its final name (TargetDataSet.copiedUnderFinalName), its
     * name and the {@code " CATALOG(name)"} of the catalog COPY RECATALOG put it in: CP's VERIFY looks for
     * it there.
     */
    public Map<String, String> catalogsOfCopiesUnderFinalNames(List<TargetDataSet> datasets) {
        // Sized for all of them: CP passes only the data sets copied under their final names.
        Map<String, String> catalogs = new HashMap<>((int) Math.min(1 << 30, datasets.size() * 4L / 3 + 1));
        for (TargetDataSet ds : datasets) {
            if (ds.copiedUnderFinalName()) {
                catalogs.put(ds.name(), IdcamsUnits.catalogOf(ds));
            }
        }
        return catalogs;
    }

    /**
     * UC's UCL statements for {@code dddefs} of one zone: REP DDDEF PATH for a path; REP DDDEF DATASET
     * VOLUME UNIT and the status when the target carries a volume; else DEL DDDEF, then ADD DDDEF with
     * DATASET and its status (see UC.ftl for why: each gives the same entry under both readings of REP).
     */
    public String dddefUcl(List<TargetDddef> dddefs) {
        Records records = new Records();
        DddefUcl.write(dddefs, records);
        return records.text();
    }

    /**
     * The values VF's comment box tells to expect for {@code dddefs}, {@code "; "}-separated: {@code
     * NAME PATH path}, {@code NAME DATASET dsn VOLUME vol UNIT unit} or {@code NAME DATASET dsn (no
     * VOLUME, no UNIT)}.
     */
    public String dddefValues(List<TargetDddef> dddefs) {
        return Paragraph.values(dddefs, "; ", DddefUcl::value);
    }

    /**
     * A comment box paragraph: {@code before}, the {@link #dddefValues} of {@code dddefs}, then {@code after};
     * {@code <@jcl.write.comment text=paragraph/>} (lib section) writes it value by value, never whole.
     */
    public Object dddefParagraph(String before, List<TargetDddef> dddefs, String after) {
        return new Paragraph<>(before, dddefs, "; ", DddefUcl::value, after);
    }

    /**
     * A comment box paragraph: {@code before}, {@code items} separated by {@code separator}, then {@code
     * after} (a list of names, one per data set); {@code <@jcl.write.comment text=paragraph/>} writes it
     * item by item, never whole.
     */
    public Object paragraph(String before, List<String> items, String separator, String after) {
        return new Paragraph<String>(before, items, separator, (item, out) -> out.append(item), after);
    }

    /** The DFSMSdss INCLUDE list of {@code datasets}: their source names, blank-separated. */
    public String sourceNames(List<TargetDataSet> datasets) {
        StringBuilder out = new StringBuilder(datasets.size() * 30);
        for (TargetDataSet ds : datasets) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(ds.sourceName());
        }
        return out.toString();
    }

    /** The DFSMSdss RENAMEUNCONDITIONAL pairs of {@code datasets}: {@code (source,temporary)}, blank-separated. */
    public String renamePairs(List<TargetDataSet> datasets) {
        StringBuilder out = new StringBuilder(datasets.size() * 60);
        for (TargetDataSet ds : datasets) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append('(').append(ds.sourceName()).append(',').append(ds.temporaryName()).append(')');
        }
        return out.toString();
    }

    /**
     * PF's VTOCS checks: for each check, a DFSMSdss NORUN DUMP selecting its name on its data set's
     * target volumes with SELECTMULTI(ANY), then {@code IF LASTCC = 0 THEN SET MAXCC=12} (see PF.ftl).
     */
    public String vtocChecks(List<VtocCheck> checks) {
        Records records = new Records();
        VtocDumps.write(checks, records);
        return records.text();
    }

    /** PF's CATALOG checks: LISTCAT ENTRIES of each name must not find it (lib absent). */
    public String absentListcats(List<String> names) {
        return new IdcamsUnits().absentListcats(names).text();
    }

    // ---- selections of data sets: what a template would filter or map, data set by data set -------

    /** The final names of {@code datasets}, in order. */
    public List<String> names(List<TargetDataSet> datasets) {
        return each(datasets, TargetDataSet::name);
    }

    /** The temporary names of {@code datasets}, in order. */
    public List<String> temporaryNames(List<TargetDataSet> datasets) {
        return each(datasets, TargetDataSet::temporaryName);
    }

    private static List<String> each(List<TargetDataSet> datasets, Function<TargetDataSet, String> name) {
        List<String> names = new ArrayList<>(datasets.size());
        for (TargetDataSet ds : datasets) {
            names.add(name.apply(ds));
        }
        return names;
    }

    /**
     * How many of {@code datasets} are {@link #renamed}, {@link #withCatalogEntries} and
     * {@link #copiedUnderFinalNames}, counted in one pass: RN's box needs only the numbers.
     */
    public DataSetCounts counts(List<TargetDataSet> datasets) {
        int renamed = 0;
        int withCatalogEntries = 0;
        int copiedUnderFinalNames = 0;
        for (TargetDataSet ds : datasets) {
            renamed += ds.needsRename() ? 1 : 0;
            withCatalogEntries += ds.isIndirect() || !ds.aliases().isEmpty() ? 1 : 0;
            copiedUnderFinalNames += ds.copiedUnderFinalName() ? 1 : 0;
        }
        return new DataSetCounts(renamed, withCatalogEntries, copiedUnderFinalNames);
    }

    /**
     * The names the jobs catalog for {@code datasets} into the existing catalog, as PF looks for them: every
     * final name, then the temporary names of the renamed ones ({@link #renamed}), each in order. One pass,
     * where {@code names(datasets) + temporaryNames(renamed(datasets))} made three and a joined sequence.
     */
    public List<String> catalogedNames(List<TargetDataSet> datasets) {
        List<String> names = new ArrayList<>(datasets.size() * 2);
        List<String> temporary = new ArrayList<>();
        for (TargetDataSet ds : datasets) {
            names.add(ds.name());
            if (ds.needsRename()) {
                temporary.add(ds.temporaryName());
            }
        }
        names.addAll(temporary);
        return names;
    }

    /** Those of {@code datasets} that carry a temporary name the rename job changes (needsRename). */
    public List<TargetDataSet> renamed(List<TargetDataSet> datasets) {
        return select(datasets, TargetDataSet::needsRename);
    }

    /** Those of {@code datasets} copied under their final names (TargetDataSet.copiedUnderFinalName). */
    public List<TargetDataSet> copiedUnderFinalNames(List<TargetDataSet> datasets) {
        return select(datasets, TargetDataSet::copiedUnderFinalName);
    }

    /**
     * The generic data set profiles {@code HLQ.**} that cover the names of {@code datasets}, each once, in
     * the order of its first data set (a name without a period is its own qualifier): CP names them for
     * the data sets it copies under their final names, one loop here rather than a template's per data set.
     */
    public List<String> profilesOf(List<TargetDataSet> datasets) {
        java.util.Set<String> profiles = new java.util.LinkedHashSet<>();
        for (TargetDataSet ds : datasets) {
            String name = ds.name();
            int dot = name.indexOf('.');
            profiles.add((dot < 0 ? name : name.substring(0, dot)) + ".**");
        }
        return List.copyOf(profiles);
    }

    /**
     * {@code "VOL 123 tracks"} for each of {@code usage} on one of {@code volumes}, in the order of {@code
     * usage}: PF's box, one look-up per volume (a template's {@code ?seq_contains} per volume made it
     * quadratic: up to 25,000,000 comparisons for the 5,000 volumes of 1,000,000 data sets).
     */
    public List<String> tracksOn(List<VolumeUsage> usage, List<String> volumes) {
        java.util.Set<String> on = new java.util.HashSet<>(volumes);
        List<String> tracks = new ArrayList<>();
        for (VolumeUsage u : usage) {
            if (on.contains(u.volume())) {
                tracks.add(u.volume() + " " + u.tracks() + " tracks");
            }
        }
        return tracks;
    }

    /** Whether any of {@code dddefs} names a volume (UC's box says it sets volumes too). */
    public boolean anyWithVolume(List<TargetDddef> dddefs) {
        for (TargetDddef dd : dddefs) {
            if (dd.volume() != null) {
                return true;
            }
        }
        return false;
    }

    /** Those of {@code datasets} that are SMS-managed and keep their source's name (PF cannot look for them). */
    public List<TargetDataSet> smsManagedKeepingNames(List<TargetDataSet> datasets) {
        return select(datasets, ds -> ds.isSmsManaged() && ds.name().equals(ds.sourceName()));
    }

    /** Those of {@code datasets} not copied under their final names. */
    public List<TargetDataSet> notCopiedUnderFinalNames(List<TargetDataSet> datasets) {
        return select(datasets, ds -> !ds.copiedUnderFinalName());
    }

    /** Those of {@code datasets} that are VSAM clusters the rename job renames. */
    public List<TargetDataSet> renamedClusters(List<TargetDataSet> datasets) {
        return select(datasets, ds -> ds.isVsamCluster() && ds.needsRename());
    }

    /** Those of {@code datasets} cataloged indirectly. */
    public List<TargetDataSet> indirect(List<TargetDataSet> datasets) {
        return select(datasets, TargetDataSet::isIndirect);
    }

    /** Those of {@code datasets} that are CSIs. */
    public List<TargetDataSet> csis(List<TargetDataSet> datasets) {
        return select(datasets, TargetDataSet::isCsi);
    }

    /** Those of {@code datasets} for which RN defines catalog entries: indirect ones and those with aliases. */
    public List<TargetDataSet> withCatalogEntries(List<TargetDataSet> datasets) {
        return select(datasets, ds -> ds.isIndirect() || !ds.aliases().isEmpty());
    }

    private static List<TargetDataSet> select(List<TargetDataSet> datasets, Predicate<TargetDataSet> test) {
        List<TargetDataSet> selected = new ArrayList<>();
        for (TargetDataSet ds : datasets) {
            if (test.test(ds)) {
                selected.add(ds);
            }
        }
        return selected;
    }

    /** The data sets of {@code datasets} whose final name is {@code name} (none or one). */
    public List<TargetDataSet> named(List<TargetDataSet> datasets, String name) {
        List<TargetDataSet> selected = new ArrayList<>(1);
        for (TargetDataSet ds : datasets) {
            if (ds.name().equals(name)) {
                selected.add(ds);
            }
        }
        return selected;
    }

    /** {@code datasets} with those whose final name is {@code name} first, the others in their order. */
    public List<TargetDataSet> namedFirst(List<TargetDataSet> datasets, String name) {
        // One pass over the data sets: the others are gathered as the named ones are found.
        List<TargetDataSet> named = new ArrayList<>(1);
        List<TargetDataSet> others = new ArrayList<>(datasets.size());
        for (TargetDataSet ds : datasets) {
            (ds.name().equals(name) ? named : others).add(ds);
        }
        if (named.isEmpty()) {
            return others;
        }
        List<TargetDataSet> ordered = new ArrayList<>(datasets.size());
        ordered.addAll(named);
        ordered.addAll(others);
        return ordered;
    }

    /**
     * For each of {@code qualifiers} in order, the final name of the first of {@code datasets} whose
     * first qualifier it is; a qualifier no data set has is skipped.
     */
    public List<String> firstNamePerQualifier(List<String> qualifiers, List<TargetDataSet> datasets) {
        Map<String, String> first = new HashMap<>();
        String last = null;
        for (TargetDataSet ds : datasets) {
            String name = ds.name();
            // Neighbours mostly share their qualifier, whose first name is then known: no new string for it.
            if (last != null && name.length() > last.length() && name.charAt(last.length()) == '.'
                    && name.startsWith(last)) {
                continue;
            }
            int dot = name.indexOf('.');
            last = dot < 0 ? null : name.substring(0, dot);
            first.putIfAbsent(dot < 0 ? "" : last, name);
        }
        List<String> names = new ArrayList<>(qualifiers.size());
        for (String qualifier : qualifiers) {
            String name = first.get(qualifier);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static String cards(List<String> cards) {
        if (cards.isEmpty()) {
            throw new IllegalStateException("a statement writer wrote no record");
        }
        return String.join("\n", cards);
    }
}
