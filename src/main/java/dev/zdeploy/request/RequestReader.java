package dev.zdeploy.request;

import dev.zdeploy.jcl.NameRules;
import dev.zdeploy.json.InputKind;
import dev.zdeploy.json.JsonCursor;
import dev.zdeploy.json.InputLimits;
import dev.zdeploy.json.JsonInput;
import dev.zdeploy.json.Located;
import dev.zdeploy.json.ReadResult;
import dev.zdeploy.json.UniqueNames;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Printable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a deployment request: the v1 body of {@code POST /zosmf/swmgmt/dep} exactly as documented,
 * or the v2 body of {@code POST /zosmf/swmgmt/v2/dep} ({@link RequestV2Reader}), plus zdeploy's extensions ({@code source.type "pswi"}, {@code source.directory},
 * {@code configuration}, {@code systemsettings}). The seed's own example puts {@code "system"} at
 * the top level and names a target volume with {@code "volume"} (the prose says {@code name}): both
 * forms are accepted. Unknown fields are warned about (a misspelt {@code mastercatalog} would
 * otherwise silently change where the deployment is cataloged). Passwords never reach a problem.
 */
public final class RequestReader {

    private static final Set<String> FIELDS = Set.of(
            "name", "description", "source", "system", "targetvolumes", "mastercatalog", "jobstatement", "jcldataset",
            "zosmfuid", "zosmfpw", "proxyuid", "proxypw", "configuration", "systemsettings", JsonCursor.SCHEMA_FIELD);
    private static final Set<String> SOURCE_FIELDS = Set.of("type", "name", "system", "directory");
    private static final Set<String> VOLUME_FIELDS = Set.of("volume", "name", "indirectcatalogsymbol");
    private static final Set<String> CATALOG_FIELDS = Set.of("name", "volume", "tempcatalias", "storclas");
    private static final Set<String> SETTINGS_FIELDS =
            Set.of("workdsnprefix", "workvolume", "workpath", "storclas", "mgmtclas", "dataclas");

    private RequestReader() {}

    /** Reads a request file, or throws {@link InvalidInputException} with every problem. */
    public static DeploymentRequest read(Path file) {
        return parse(file).orThrow();
    }

    /** Reads request text named {@code name} in problems, or throws with every problem. */
    public static DeploymentRequest read(String name, String json) {
        return parse(name, json).orThrow();
    }

    /** Reads a request file, v1 or v2 by its shape, and reports every problem without throwing. */
    public static ReadResult<DeploymentRequest> parse(Path file) {
        return JsonInput.parse(file, RequestReader::readDetected, InputLimits.MAX_REQUEST_BYTES, "requests");
    }

    /** Reads request text, v1 or v2 by its shape ({@link RequestForm#detect}), reporting every problem. */
    public static ReadResult<DeploymentRequest> parse(String name, String json) {
        return JsonInput.parse(name, json, RequestReader::readDetected);
    }

    /** Reads request text as the body of the given form, reporting every problem without throwing. */
    public static ReadResult<DeploymentRequest> parse(String name, String json, RequestForm form) {
        return JsonInput.parse(name, json, form == RequestForm.V2 ? RequestV2Reader::read : RequestReader::read);
    }

    private static DeploymentRequest readDetected(JsonCursor root) {
        return RequestForm.detect(root) == RequestForm.V2 ? RequestV2Reader.read(root) : read(root);
    }

    static DeploymentRequest read(JsonCursor root) {
        if (!root.expectObject() || root.isAnotherInput(InputKind.REQUEST)) {
            return null;
        }
        root.warnUnknownFields(FIELDS);
        root.checkSchemaField();
        String name = root.field("name").requiredText(text -> displayName("a deployment name", text));
        String description = root.field("description").text(text -> displayName("a description", text));
        Source source = source(root);
        List<TargetVolume> targetvolumes =
                targetVolumes(root.field("targetvolumes"), source != null && source.type() == SourceType.SWI);
        return new DeploymentRequest(
                name,
                description,
                source,
                targetvolumes,
                masterCatalog(root.field("mastercatalog")),
                JobStatementReader.read(root.field("jobstatement")),
                root.field("jcldataset").text(NameRules::dataSetName),
                root.field("zosmfuid").text(),
                secret(root.field("zosmfpw")),
                root.field("proxyuid").text(),
                secret(root.field("proxypw")),
                ConfigurationReader.read(root.field("configuration")),
                systemSettings(root.field("systemsettings")));
    }

    private static Source source(JsonCursor root) {
        JsonCursor field = root.field("source");
        if (!field.requireObject()) {
            return null;
        }
        field.warnUnknownFields(SOURCE_FIELDS);
        SourceType type = SourceType.read(field.field("type"));
        String name = field.field("name").requiredText(text -> displayName("a source software instance name", text));
        String system = field.field("system").text(text -> displayName("a system nickname", text));
        String topLevelSystem = root.field("system").text(text -> displayName("a system nickname", text));
        if (system != null && topLevelSystem != null && !system.equals(topLevelSystem)) {
            root.field("system").error("the system is given twice with different values; /source/system is \""
                    + system + "\"", topLevelSystem);
        }
        JsonCursor directoryField = field.field("directory");
        String directory = directoryField.text(RequestReader::packageDirectory);
        if (type == SourceType.PSWI && directory == null && !directoryField.isPresent()) {
            directoryField.error("a portable (pswi) deployment needs the directory that holds the package", null);
        }
        return new Source(type, name, system != null ? system : topLevelSystem, directory);
    }

    private static List<TargetVolume> targetVolumes(JsonCursor list, boolean required) {
        List<TargetVolume> volumes = new ArrayList<>();
        UniqueNames<String> seen = new UniqueNames<>("a target volume is listed once");
        for (JsonCursor entry : required ? list.requiredElements() : list.elements()) {
            if (!entry.requireObject()) {
                continue;
            }
            entry.warnUnknownFields(VOLUME_FIELDS);
            JsonCursor byVolume = entry.field("volume");
            JsonCursor byName = entry.field("name");
            if (byVolume.isPresent() && byName.isPresent()) {
                byName.error("a target volume is given by volume or by name, not both", byName.shown());
            }
            JsonCursor volumeField = byVolume.isPresent() || !byName.isPresent() ? byVolume : byName;
            String volume = volumeField.requiredText(NameRules::volumeSerial);
            seen.add(volume, new Located<>(volume, entry), volumeField);
            String symbol = entry.field("indirectcatalogsymbol").text(NameRules::indirectCatalogSymbol);
            volumes.add(new TargetVolume(volume, symbol));
        }
        return volumes;
    }

    private static MasterCatalog masterCatalog(JsonCursor field) {
        if (!field.expectObject()) {
            return null;
        }
        field.warnUnknownFields(CATALOG_FIELDS);
        return new MasterCatalog(
                field.field("name").requiredText(NameRules::dataSetName),
                field.field("volume").requiredText(NameRules::volumeSerial),
                field.field("tempcatalias").requiredText(RequestReader::tempCatalogAlias),
                field.field("storclas").text(NameRules::smsClassName));
    }

    /** The documented rule: "1 - 8 characters and must follow data set name syntax", i.e. one qualifier. */
    private static Optional<String> tempCatalogAlias(String text) {
        if (text.isEmpty() || text.length() > NameRules.MAX_QUALIFIER_LENGTH) {
            return Optional.of("a temporary catalog alias is 1-8 characters");
        }
        return NameRules.qualifier(text);
    }

    /**
     * The work path goes unquoted into the shell commands of BPXBATCH steps ({@code mkdir -p},
     * {@code mount}) and into JCL {@code PATH='...'}, where {@code &} starts a symbol: so it holds only
     * the POSIX portable file name characters and slashes.
     */
    static Optional<String> workPath(String text) {
        Optional<String> broken = NameRules.unixPath(text);
        if (broken.isPresent()) {
            return broken;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')
                    && c != '/' && c != '.' && c != '_' && c != '-') {
                return Optional.of("a work path holds only letters, digits, '.', '_', '-' and '/' (it is written"
                        + " into shell commands and JCL)");
            }
        }
        return Optional.empty();
    }

    /**
     * The seed (deploy-rest-api: "name: The name for the Deployment object to be created in the SM
     * db."; "source ... name: The name for the source software instance."; "system: Nickname of the
     * z/OSMF host system") makes each of these a name: one that is empty or blank names nothing (an
     * empty source name made the target instance "_1"), and a control character is no part of a name.
     */
    static Optional<String> displayName(String what, String text) {
        if (text.isBlank()) {
            return Optional.of(what + " is not empty");
        }
        if (Printable.hasControl(text)) {
            return Optional.of(what + " holds no control characters");
        }
        if (!text.equals(text.strip())) {
            return Optional.of(what + " has no blanks before or after it");
        }
        return Optional.empty();
    }

    /**
     * The package directory is written into JCL PATH='...' values (SMPDIR), where an ampersand starts a
     * system or JCL symbol (MVS JCL Reference, "PATH parameter": the path name may hold symbols): so
     * {@code &SYSUID} or {@code &&TEMP} would be replaced, or refused, at run time, not read as a name.
     */
    private static Optional<String> packageDirectory(String text) {
        Optional<String> broken = NameRules.unixPath(text);
        if (broken.isPresent()) {
            return broken;
        }
        if (text.indexOf('&') >= 0) {
            return Optional.of("a package directory holds no & (it is written into JCL PATH='...', where & starts a"
                    + " symbol)");
        }
        return Optional.empty();
    }

    private static Secret secret(JsonCursor field) {
        String value = field.secretText();
        return value == null ? null : Secret.of(value);
    }

    private static SystemSettings systemSettings(JsonCursor field) {
        if (!field.expectObject()) {
            return SystemSettings.DEFAULTS;
        }
        field.warnUnknownFields(SETTINGS_FIELDS);
        return new SystemSettings(
                field.field("workdsnprefix").text(NameRules::symbolicPrefix),
                field.field("workvolume").text(NameRules::volumeSerial),
                field.field("workpath").text(RequestReader::workPath),
                field.field("storclas").text(NameRules::smsClassName),
                field.field("mgmtclas").text(NameRules::smsClassName),
                field.field("dataclas").text(NameRules::smsClassName));
    }
}
