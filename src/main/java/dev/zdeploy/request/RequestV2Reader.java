package dev.zdeploy.request;

import dev.zdeploy.jcl.NameRules;
import dev.zdeploy.json.JsonCursor;
import dev.zdeploy.json.UniqueNames;
import dev.zdeploy.json.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the v2 body of z/OSMF's deployment API ({@code POST /zosmf/swmgmt/v2/dep}), as IBM's Ansible
 * role {@code zmf_swmgmt_deployment} builds it (no IBM manual page documents it), and maps it onto
 * the fields of a v1 request with zdeploy's extensions, so that one plan serves both:
 * <ul>
 *   <li>{@code source} {@code type}, {@code uuid} or {@code name}+{@code system}, {@code unixdatasets}
 *       (swi only), and zdeploy's {@code directory} for a pswi;
 *   <li>{@code targetswi} {@code name} (the target software instance's name, instead of v1's
 *       {@code <source>_<n>}) and {@code system} (default: the source's);
 *   <li>{@code systemsettings}: a list of per-system entries; the target system's entry gives
 *       {@code jcldataset}, {@code jobstatement} (v1's card rules), and the work data set settings:
 *       {@code workdsnprefix} (at most {@value #MAX_WORK_PREFIX} characters), {@code workvolumes} or
 *       {@code workstorclas}/{@code workdataclas} or {@code worksmsmanaged}, mutually exclusive;
 *   <li>{@code configuration.datasets}: rules whose actions rename ({@code dsname}), place
 *       ({@code volume}) or classify ({@code storclas}) the data sets their {@code if} selects;
 *   <li>{@code submitjobs} (default true): zdeploy never submits, so true is accepted with a warning.
 * </ul>
 * A v2 body never asks for a new master catalog: the targets are cataloged in the driving system's
 * catalog structure, so their names must differ from the source names (as for a v1 body without
 * {@code mastercatalog}).
 */
final class RequestV2Reader {

    /** Ansible role zmf_swmgmt_deployment: the work prefix "can contain up to 26 characters, including periods". */
    static final int MAX_WORK_PREFIX = 26;
    /** zdeploy's bound on a target software instance name (it is written into a JCL comment and a path). */
    static final int MAX_TARGET_NAME = 64;

    private static final Set<String> FIELDS = Set.of("name", "description", "submitjobs", "source", "targetswi",
            "systemsettings", "configuration", "zosmfuid", "zosmfpw", "proxyuid", "proxypw", JsonCursor.SCHEMA_FIELD);
    /** v1 fields that a v2 body says elsewhere or not at all: refused, so nothing is silently dropped. */
    private static final Map<String, String> V1_FIELDS = Map.of(
            "jcldataset", "a v2 body gives jcldataset per system, in a systemsettings entry",
            "jobstatement", "a v2 body gives jobstatement per system, in a systemsettings entry",
            "targetvolumes", "a v2 body places data sets with configuration.datasets volume actions",
            "mastercatalog", "a v2 body deploys into the existing catalog structure; a new master catalog is a v1"
                    + " request (POST /zosmf/swmgmt/dep)",
            "system", "a v2 body names the systems in source.system and targetswi.system");
    private static final Set<String> SOURCE_FIELDS = Set.of("type", "uuid", "name", "system", "unixdatasets",
            "directory");
    private static final Set<String> UNIX_FIELDS = Set.of("dsname", "mountpoint");
    private static final Set<String> TARGET_FIELDS = Set.of("name", "system");
    private static final Set<String> SETTINGS_FIELDS = Set.of("system", "jcldataset", "jobstatement", "workdsnprefix",
            "workvolumes", "workstorclas", "workdataclas", "worksmsmanaged", "workpath");

    private RequestV2Reader() {}

    static DeploymentRequest read(JsonCursor root) {
        if (!root.expectObject()) {
            return null;
        }
        for (String field : root.fieldNames()) {
            String refusal = V1_FIELDS.get(field);
            if (refusal != null) {
                root.field(field).error(refusal, root.field(field).shown());
            }
        }
        Set<String> known = new java.util.HashSet<>(FIELDS);
        known.addAll(V1_FIELDS.keySet());
        root.warnUnknownFields(known);
        root.checkSchemaField();
        String name = root.field("name").requiredText();
        String description = root.field("description").text();
        JsonCursor submit = root.field("submitjobs");
        int errors = submit.problems().all().size();
        boolean submitjobs = submit.flag(true);
        if (submitjobs && submit.problems().all().size() == errors) {
            submit.warning("zdeploy never submits jobs: they are generated for review and download, and jobs stays"
                    + " empty", "true");
        }
        JsonCursor sourceField = root.field("source");
        Source source = source(sourceField);
        String uuid = sourceField.field("uuid").text();
        List<V2Body.UnixDataSet> unixdatasets = unixDataSets(sourceField.field("unixdatasets"),
                source != null && source.type() == SourceType.PSWI);
        JsonCursor target = root.field("targetswi");
        String targetName = null;
        String targetSystem = source == null ? null : source.system();
        if (target.requireObject()) {
            target.warnUnknownFields(TARGET_FIELDS);
            targetName = target.field("name").requiredText(RequestV2Reader::targetName);
            String system = target.field("system").text(RequestV2Reader::systemName);
            if (system != null) {
                targetSystem = system;
            } else if (targetSystem == null && source != null) {
                target.field("system").error("is required when the source is given by uuid alone", null);
            }
        }
        Settings settings = systemSettings(root.field("systemsettings"), targetSystem);
        return new DeploymentRequest(
                name,
                description,
                source,
                List.of(),
                null,
                settings.jobstatement,
                settings.jcldataset,
                root.field("zosmfuid").text(),
                secret(root.field("zosmfpw")),
                root.field("proxyuid").text(),
                secret(root.field("proxypw")),
                ConfigurationReader.read(root.field("configuration"), RequestForm.V2),
                settings.work,
                new V2Body(uuid, targetName, targetSystem, submitjobs, unixdatasets, settings.index));
    }

    private static Source source(JsonCursor field) {
        if (!field.requireObject()) {
            return null;
        }
        field.warnUnknownFields(SOURCE_FIELDS);
        SourceType type = SourceType.read(field.field("type"));
        String uuid = field.field("uuid").text(RequestV2Reader::uuid);
        JsonCursor nameField = field.field("name");
        JsonCursor systemField = field.field("system");
        String name = uuid == null ? nameField.requiredText() : nameField.text();
        String system = uuid == null ? systemField.requiredText(RequestV2Reader::systemName)
                : systemField.text(RequestV2Reader::systemName);
        JsonCursor directoryField = field.field("directory");
        String directory = directoryField.text(NameRules::unixPath);
        if (type == SourceType.PSWI && directory == null && !directoryField.isPresent()) {
            directoryField.error("a portable (pswi) deployment needs the directory that holds the package"
                    + " (zdeploy's extension: the package is read from the driving system's file system)", null);
        }
        return new Source(type, name, system, directory);
    }

    private static List<V2Body.UnixDataSet> unixDataSets(JsonCursor list, boolean portable) {
        if (portable && list.isPresent()) {
            list.error("unixdatasets is for a software instance (swi) source; a portable one's descriptor gives"
                    + " its file systems", list.shown());
            return List.of();
        }
        List<V2Body.UnixDataSet> datasets = new ArrayList<>();
        UniqueNames<String> seen = new UniqueNames<>("a UNIX file system data set is listed once");
        for (JsonCursor entry : list.objects()) {
            entry.warnUnknownFields(UNIX_FIELDS);
            JsonCursor dsnameField = entry.field("dsname");
            String dsname = dsnameField.requiredText(NameRules::dataSetName);
            seen.add(dsname, new Located<>(dsname, entry), dsnameField);
            String mountpoint = entry.field("mountpoint").requiredText(RequestV2Reader::mountPoint);
            datasets.add(new V2Body.UnixDataSet(dsname, mountpoint));
        }
        return datasets;
    }

    /** Ansible role: "an absolute pathname ... must not end with a slash unless it is the only character". */
    private static Optional<String> mountPoint(String text) {
        return NameRules.unixPath(text).or(() -> text.length() > 1 && text.endsWith("/")
                ? Optional.of("a mount point does not end with a slash unless it is /") : Optional.empty());
    }

    private static Optional<String> uuid(String text) {
        return text.isEmpty() || text.length() > MAX_TARGET_NAME || !printable(text)
                ? Optional.of("a uuid is 1-" + MAX_TARGET_NAME + " printable characters") : Optional.empty();
    }

    private static Optional<String> targetName(String text) {
        return text.isEmpty() || text.length() > MAX_TARGET_NAME || !printable(text)
                ? Optional.of("a software instance name is 1-" + MAX_TARGET_NAME + " printable characters")
                : Optional.empty();
    }

    /** A z/OSMF system nickname: zdeploy only compares it, so any 1-8 character name of JCL's alphabet. */
    private static Optional<String> systemName(String text) {
        return NameRules.jclName(text).map(rule -> "a system nickname is 1-8 letters, digits or national characters");
    }

    private static boolean printable(String text) {
        return text.chars().allMatch(c -> c >= ' ' && c <= '~');
    }

    private static Secret secret(JsonCursor field) {
        String value = field.secretText();
        return value == null ? null : Secret.of(value);
    }

    /** What the target system's entry of systemsettings gives. */
    private record Settings(int index, String jcldataset, List<String> jobstatement, SystemSettings work) {
        static final Settings NONE = new Settings(-1, null, List.of(), SystemSettings.DEFAULTS);
    }

    private static Settings systemSettings(JsonCursor list, String targetSystem) {
        if (list.isObject()) {
            list.error("in a v2 body systemsettings is a list of per-system entries"
                    + " ([{\"system\":...,\"jcldataset\":...}]), not an object", list.shown());
            return Settings.NONE;
        }
        Settings used = null;
        UniqueNames<String> systems = new UniqueNames<>("a system has one systemsettings entry");
        List<JsonCursor> entries = list.requiredElements();
        for (JsonCursor entry : entries) {
            if (!entry.requireObject()) {
                continue;
            }
            Settings settings = entry(entry);
            JsonCursor systemField = entry.field("system");
            String system = systemField.requiredText(RequestV2Reader::systemName);
            systems.add(system, new Located<>(system, entry), systemField);
            if (system != null && system.equals(targetSystem)) {
                used = used == null ? settings : used;
            } else if (system != null && targetSystem != null) {
                systemField.warning("zdeploy generates the jobs for the target system " + targetSystem
                        + " only; this entry is not used", system);
            }
        }
        if (used == null && targetSystem != null && !entries.isEmpty()) {
            list.error("has no entry for the target system " + targetSystem
                    + " (targetswi.system, else source.system)", null);
        }
        return used == null ? Settings.NONE : used;
    }

    private static Settings entry(JsonCursor entry) {
        entry.warnUnknownFields(SETTINGS_FIELDS);
        int index = Integer.parseInt(entry.pointer().substring(entry.pointer().lastIndexOf('/') + 1));
        String jcldataset = entry.field("jcldataset").text(NameRules::dataSetName);
        List<String> jobstatement = JobStatementReader.read(entry.field("jobstatement"));
        JsonCursor prefixField = entry.field("workdsnprefix");
        String prefix = prefixField.text(NameRules::symbolicPrefix);
        if (prefix != null && prefix.length() > MAX_WORK_PREFIX) {
            prefixField.error("a work data set name prefix is at most " + MAX_WORK_PREFIX
                    + " characters, periods included", prefix);
        }
        JsonCursor volumesField = entry.field("workvolumes");
        List<String> volumes = volumesField.texts(NameRules::volumeSerial);
        if (volumes.size() > 1) {
            volumesField.warning("zdeploy allocates the work data sets on the first work volume, "
                    + volumes.get(0) + "; the others are not used", volumesField.shown());
        }
        JsonCursor storclasField = entry.field("workstorclas");
        JsonCursor dataclasField = entry.field("workdataclas");
        String storclas = storclasField.text(NameRules::smsClassName);
        String dataclas = dataclasField.text(NameRules::smsClassName);
        JsonCursor smsField = entry.field("worksmsmanaged");
        boolean sms = smsField.flag(false);
        exclusive(entry, !volumes.isEmpty(), storclas != null || dataclas != null, sms);
        String workpath = entry.field("workpath").text(RequestReader::workPath);
        SystemSettings work = new SystemSettings(prefix, volumes.isEmpty() ? null : volumes.get(0), workpath,
                storclas, null, dataclas);
        return new Settings(index, jcldataset, jobstatement, work);
    }

    /** workvolumes, workstorclas/workdataclas and worksmsmanaged (true) exclude one another. */
    private static void exclusive(JsonCursor entry, boolean volumes, boolean classes, boolean sms) {
        String rule = "workvolumes, workstorclas/workdataclas and worksmsmanaged are mutually exclusive";
        if (volumes && classes) {
            JsonCursor at = entry.field("workstorclas").isPresent() ? entry.field("workstorclas")
                    : entry.field("workdataclas");
            at.error(rule + "; workvolumes is given too", at.shown());
        }
        if (sms && (volumes || classes)) {
            entry.field("worksmsmanaged").error(rule + "; " + (volumes ? "workvolumes" : "workstorclas/workdataclas")
                    + " is given too", "true");
        }
    }
}
