package dev.zdeploy.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zdeploy.ZDeploy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schemas (top-level {@code schemas/}, in the jar under {@code dev/zdeploy/schemas/})
 * agree with zdeploy's readers: every golden and example input is valid, the plan JSON and manifest of
 * every golden scenario are valid, and every case of the bad-input catalogues is classified: its
 * problem is one a schema expresses (the schema finds it, at the pointer zdeploy names) or it is listed
 * in {@link #NOT_EXPRESSIBLE} with the reason no schema can say it. A schema never refuses a file that
 * zdeploy reads without an error.
 */
class PublishedSchemasTest {

    private static final List<String> CATALOGUES = List.of("bad-inputs", "bad-inputs-v2", "hostile-inputs");

    /**
     * Cases whose problem no schema can express, with the reason in one word: {@code crossref} (one
     * value against another part of the input: a name defined once, a zone or data set that must exist),
     * {@code crossfile} (a value against another input: the descriptor's zones or mount points for the
     * request's renames, the request's source type for the descriptor's archid or volumes),
     * {@code plan} (what planning finds: final and temporary names, volumes, the inventory's contents),
     * {@code jcl} (job statement cards that JCL or the linter refuses), {@code syntax} (not JSON at all,
     * or a key given twice), {@code limits} (bounds on the text itself: lengths, nesting), {@code kind}
     * (the file is another of the three inputs, recognised by zdeploy by its fields).
     */
    static final Map<String, String> NOT_EXPRESSIBLE = Map.ofEntries(
            Map.entry("bad-inputs-v2/mask-wildcards-differ", "crossref"),
            Map.entry("bad-inputs-v2/no-entry-for-target-system", "crossref"),
            Map.entry("bad-inputs-v2/system-entry-twice", "crossref"),
            Map.entry("bad-inputs/dddef-zone-undefined", "crossref"),
            Map.entry("bad-inputs/dsname-duplicate", "crossref"),
            Map.entry("bad-inputs/globalzone-not-in-instance", "crossref"),
            Map.entry("bad-inputs/inventory-alias-duplicate", "crossref"),
            Map.entry("bad-inputs/inventory-volume-duplicate", "crossref"),
            Map.entry("bad-inputs/rename-wildcards-differ", "crossref"),
            Map.entry("bad-inputs/system-given-twice", "crossref"),
            Map.entry("bad-inputs/targetvolume-duplicate", "crossref"),
            Map.entry("bad-inputs/zone-csi-not-in-instance", "crossref"),
            Map.entry("bad-inputs/zone-csi-not-vsam", "crossref"),
            Map.entry("bad-inputs/zone-duplicate", "crossref"),
            Map.entry("bad-inputs/zone-related-undefined", "crossref"),
            Map.entry("bad-inputs-v2/unixdatasets-mountpoint-differs", "crossfile"),
            Map.entry("bad-inputs-v2/unixdatasets-not-a-file-system", "crossfile"),
            Map.entry("bad-inputs/mountpoint-change-unknown", "crossfile"),
            Map.entry("bad-inputs/pswi-without-archid", "crossfile"),
            Map.entry("bad-inputs/swi-without-volumes", "crossfile"),
            Map.entry("bad-inputs/zone-rename-collides", "crossfile"),
            Map.entry("bad-inputs/zone-rename-undefined", "crossfile"),
            Map.entry("bad-inputs-v2/no-volume-for-data-set", "plan"),
            Map.entry("bad-inputs-v2/volume-splits-source-volume", "plan"),
            Map.entry("bad-inputs-v2/workpath-too-long-pswi", "plan"),
            Map.entry("hostile-inputs/dddef-path-moved-no-safe-split", "plan"),
            Map.entry("hostile-inputs/jobcard-cntl", "jcl"),
            Map.entry("hostile-inputs/jobcard-command", "jcl"),
            Map.entry("hostile-inputs/jobcard-continued-then-exec", "jcl"),
            Map.entry("hostile-inputs/jobcard-dd-sysin", "jcl"),
            Map.entry("hostile-inputs/jobcard-delimiter", "jcl"),
            Map.entry("hostile-inputs/jobcard-else", "jcl"),
            Map.entry("hostile-inputs/jobcard-exec", "jcl"),
            Map.entry("hostile-inputs/jobcard-export", "jcl"),
            Map.entry("hostile-inputs/jobcard-if-without-endif", "jcl"),
            Map.entry("hostile-inputs/jobcard-in-stream-data", "jcl"),
            Map.entry("hostile-inputs/jobcard-include", "jcl"),
            Map.entry("hostile-inputs/jobcard-jes2-operator-command", "jcl"),
            Map.entry("hostile-inputs/jobcard-jes2-priority", "jcl"),
            Map.entry("hostile-inputs/jobcard-jes2-signoff", "jcl"),
            Map.entry("hostile-inputs/jobcard-jes2-xmit", "jcl"),
            Map.entry("hostile-inputs/jobcard-jes3-dataset", "jcl"),
            Map.entry("hostile-inputs/jobcard-jes3-pause", "jcl"),
            Map.entry("hostile-inputs/jobcard-jes3-process", "jcl"),
            Map.entry("hostile-inputs/jobcard-jes3-route", "jcl"),
            Map.entry("hostile-inputs/jobcard-joblib", "jcl"),
            Map.entry("hostile-inputs/jobcard-null-statement", "jcl"),
            Map.entry("hostile-inputs/jobcard-proc", "jcl"),
            Map.entry("hostile-inputs/jobcard-second-job", "jcl"),
            Map.entry("hostile-inputs/jobcard-xmit-jcl", "jcl"),
            Map.entry("bad-inputs/inventory-syntax-error", "syntax"),
            Map.entry("bad-inputs/syntax-duplicate-key", "syntax"),
            Map.entry("bad-inputs/syntax-empty-file", "syntax"),
            Map.entry("bad-inputs/syntax-error-request", "syntax"),
            Map.entry("bad-inputs/syntax-trailing-text", "syntax"),
            Map.entry("hostile-inputs/request-name-raw-escape", "syntax"),
            Map.entry("hostile-inputs/nesting-too-deep", "limits"),
            Map.entry("hostile-inputs/string-too-long-descriptor-description", "limits"),
            Map.entry("hostile-inputs/string-too-long-request-name", "limits"));

    /** Cases whose problem the schemas express: the file zdeploy refuses is invalid at the pointer it names. */
    static final Set<String> INVALID = Set.of(
            "bad-inputs/volume-listed-twice", "bad-inputs/dddef-path-on-pdse", "bad-inputs/globalzone-without-zones",
            "bad-inputs/zone-rename-to-global",
            "bad-inputs-v2/action-property-unknown", "bad-inputs-v2/jcldataset-bad",
            "bad-inputs-v2/jobstatement-card-too-long", "bad-inputs-v2/mask-partial-qualifier",
            "bad-inputs-v2/mask-star-inside-qualifier", "bad-inputs-v2/password-not-string",
            "bad-inputs-v2/source-neither-uuid-nor-name",
            "bad-inputs-v2/submitjobs-not-flag", "bad-inputs-v2/systemsettings-object",
            "bad-inputs-v2/targetswi-missing", "bad-inputs-v2/v1-fields-in-v2-body",
            "bad-inputs-v2/workdsnprefix-too-long", "bad-inputs-v2/worksmsmanaged-and-workdataclas",
            "bad-inputs-v2/workvolumes-and-workstorclas", "bad-inputs/dataset-not-object",
            "bad-inputs/datasets-not-list", "bad-inputs/dddef-name-too-long", "bad-inputs/dddef-path-relative",
            "bad-inputs/dddefs-missing", "bad-inputs/descriptor-as-inventory", "bad-inputs/descriptor-as-request",
            "bad-inputs/descriptor-no-wrapper", "bad-inputs/descriptor-not-object", "bad-inputs/dscategory-unknown",
            "bad-inputs/dsname-bad-character", "bad-inputs/dsname-empty-qualifier", "bad-inputs/dsname-lower-case",
            "bad-inputs/dsname-missing", "bad-inputs/dsname-not-string", "bad-inputs/dsname-qualifier-first-digit",
            "bad-inputs/dsname-qualifier-too-long", "bad-inputs/dsname-too-long", "bad-inputs/dstype-unknown",
            "bad-inputs/extended-format-not-flag", "bad-inputs/global-zone-misnamed",
            "bad-inputs/globalzone-missing-with-zones", "bad-inputs/indirect-symbol-bad-name",
            "bad-inputs/indirect-symbol-no-ampersand", "bad-inputs/indirect-symbol-too-long",
            "bad-inputs/inventory-as-request", "bad-inputs/inventory-capacity-both",
            "bad-inputs/inventory-capacity-none", "bad-inputs/inventory-devicetype-unknown",
            "bad-inputs/inventory-dsname-bad", "bad-inputs/inventory-not-object",
            "bad-inputs/inventory-tracks-negative", "bad-inputs/inventory-unknown-field",
            "bad-inputs/inventory-usercatalog-bad", "bad-inputs/jcldataset-bad", "bad-inputs/jcldataset-with-member",
            "bad-inputs/jobstatement-card-columns", "bad-inputs/jobstatement-card-too-long",
            "bad-inputs/jobstatement-jobname-bad-character", "bad-inputs/jobstatement-jobname-invalid",
            "bad-inputs/jobstatement-jobname-too-long", "bad-inputs/jobstatement-no-jobname",
            "bad-inputs/jobstatement-not-job", "bad-inputs/jobstatement-not-list", "bad-inputs/jobstatement-tab",
            "bad-inputs/lrecl-negative", "bad-inputs/mastercatalog-name-bad", "bad-inputs/mastercatalog-not-object",
            "bad-inputs/mastercatalog-volume-too-long", "bad-inputs/member-name-bad",
            "bad-inputs/mountpoint-change-relative", "bad-inputs/mountpoint-on-pds", "bad-inputs/mountpoint-relative",
            "bad-inputs/name-missing", "bad-inputs/password-not-string", "bad-inputs/pds-multi-volume",
            "bad-inputs/problems-in-every-file", "bad-inputs/pswi-directory-relative",
            "bad-inputs/pswi-without-directory", "bad-inputs/recfm-bad", "bad-inputs/rename-condition-shape",
            "bad-inputs/rename-pattern-partial-wildcard", "bad-inputs/rename-pattern-two-any",
            "bad-inputs/rename-property-not-dsname", "bad-inputs/rename-then-missing",
            "bad-inputs/rename-to-bad-qualifier", "bad-inputs/request-as-descriptor",
            "bad-inputs/request-as-inventory", "bad-inputs/request-name-missing", "bad-inputs/request-not-object",
            "bad-inputs/request-source-missing", "bad-inputs/source-name-missing", "bad-inputs/source-type-unknown",
            "bad-inputs/storclas-bad", "bad-inputs/systemsettings-bad", "bad-inputs/targetvolume-name-and-volume",
            "bad-inputs/targetvolume-too-long", "bad-inputs/targetvolumes-empty", "bad-inputs/targetvolumes-missing",
            "bad-inputs/tempcatalias-missing", "bad-inputs/tempcatalias-too-long",
            "bad-inputs/tempcatalias-two-qualifiers", "bad-inputs/tracks-fraction", "bad-inputs/tracks-missing",
            "bad-inputs/tracks-not-number", "bad-inputs/tracks-zero", "bad-inputs/used-over-100",
            "bad-inputs/version-missing", "bad-inputs/version-not-number", "bad-inputs/version-zero",
            "bad-inputs/volser-bad-character", "bad-inputs/volser-too-long", "bad-inputs/volumes-not-list",
            "bad-inputs/workdsnprefix-bad-symbol", "bad-inputs/zone-name-too-long", "bad-inputs/zone-rename-global",
            "bad-inputs/zone-rename-too-long", "bad-inputs/zone-type-unknown", "hostile-inputs/blksize-tab",
            "hostile-inputs/description-newline", "hostile-inputs/descriptor-name-empty",
            "hostile-inputs/descriptor-null", "hostile-inputs/extents-plus", "hostile-inputs/inventory-long-dsname",
            "hostile-inputs/inventory-null", "hostile-inputs/jcldataset-escape", "hostile-inputs/lrecl-leading-zeros",
            "hostile-inputs/many-problems-at-once", "hostile-inputs/pswi-directory-ampersand-only",
            "hostile-inputs/pswi-directory-sysuid", "hostile-inputs/pswi-directory-temp",
            "hostile-inputs/request-name-bell", "hostile-inputs/request-name-blanks-around",
            "hostile-inputs/request-name-empty", "hostile-inputs/request-null",
            "hostile-inputs/request-wrapped-with-password", "hostile-inputs/source-name-blank",
            "hostile-inputs/source-name-blanks-around", "hostile-inputs/source-name-empty",
            "hostile-inputs/source-name-escape", "hostile-inputs/source-system-escape", "hostile-inputs/system-blank",
            "hostile-inputs/tracks-blanks-around", "hostile-inputs/tracks-leading-zero",
            "hostile-inputs/tracks-minus-zero-padded", "hostile-inputs/unknown-field-name-c1",
            "hostile-inputs/unknown-field-name-escape", "hostile-inputs/unknown-field-name-raw-c1",
            "hostile-inputs/used-trailing-blank", "hostile-inputs/version-blank-before",
            "hostile-inputs/version-leading-zero", "hostile-inputs/version-plus-sign");

    static List<String> schemaFiles() throws IOException {
        try (Stream<Path> files = Files.list(projectDirectory().resolve("schemas"))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theJarCarriesExactlyTheSchemasOfTheSchemasDirectory() throws IOException {
        List<String> files = schemaFiles();
        assertTrue(files.containsAll(List.of("descriptor.schema.json", "request.schema.json", "request-v1.schema.json",
                "request-v2.schema.json", "inventory.schema.json", "plan.schema.json", "manifest.schema.json")), files.toString());
        for (String file : files) {
            assertEquals(Files.readString(projectDirectory().resolve("schemas").resolve(file)), resource(file), file);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void eachSchemaIsADraft202012SchemaNamedByItsId(String file) {
        JsonNode schema = PublishedSchemas.parse(resource(file));
        assertNotNull(schema, file);
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertEquals(PublishedSchemas.BASE + file, schema.path("$id").asText());
        assertEquals(List.of(), PublishedSchemas.metaSchemaErrors(schema));
        // Every $ref resolves: the validators are built once, here.
        assertNotNull(PublishedSchemas.schema(file));
    }

    static Stream<Arguments> validInputs() throws IOException {
        List<Arguments> inputs = new ArrayList<>();
        for (Path scenario : GoldenInputsTest.scenarios()) {
            for (String file : PublishedSchemas.SCHEMA_OF_FILE.keySet()) {
                if (Files.exists(scenario.resolve(file))) {
                    inputs.add(Arguments.of("golden/" + scenario.getFileName() + "/" + file, file,
                            Files.readString(scenario.resolve(file))));
                }
            }
        }
        for (String example : List.of("examples/qwt-pswi", "examples/zos24-swi", "hostile-inputs/base")) {
            for (String file : List.of("descriptor.json", "request.json")) {
                inputs.add(Arguments.of(example + "/" + file, file, TestFiles.text(TestFiles.resource(example + "/" + file))));
            }
        }
        for (String file : List.of("descriptor.json", "request.json")) {
            inputs.add(Arguments.of("built-in example " + file, file, classpath("dev/zdeploy/example/" + file)));
        }
        try (Stream<Path> v2 = Files.list(TestFiles.resource("v2"))) {
            v2.sorted().forEach(file -> inputs.add(Arguments.of("v2/" + file.getFileName(), "request.json", TestFiles.text(file))));
        }
        inputs.add(Arguments.of("inventory/readme-example.json", "inventory.json",
                TestFiles.text(TestFiles.resource("inventory/readme-example.json"))));
        return inputs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validInputs")
    void everyGoldenAndExampleInputIsValid(String name, String file, String text) {
        JsonNode json = PublishedSchemas.parse(text);
        assertNotNull(json, name);
        assertEquals(List.of(), PublishedSchemas.errors(PublishedSchemas.SCHEMA_OF_FILE.get(file), json), name);
    }

    static List<Path> goldenScenarios() throws IOException {
        return GoldenInputsTest.scenarios();
    }

    /**
     * The approved manifest of each scenario: GoldenScenariosTest holds it byte for byte equal to what
     * render writes, and {@code plan --json} prints the same text (PlanCommandTest), so it stands for both
     * without planning every scenario again here.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenScenarios")
    void thePlanJsonAndTheManifestOfEveryGoldenScenarioAreValid(Path scenario) throws IOException {
        JsonNode manifest = PublishedSchemas.parse(Files.readString(scenario.resolve(".zdeploy/manifest.json")));
        assertEquals(List.of(), PublishedSchemas.errors("manifest.schema.json", manifest));
        assertEquals(List.of(), PublishedSchemas.errors("plan.schema.json", manifest));
    }

    @Test
    void thePlanJsonOfTheBuiltInExampleIsValidAndAManifestWithoutMembersIsNot() {
        ZDeploy zdeploy = ZDeploy.create();
        JsonNode plan = PublishedSchemas.parse(zdeploy.manifest(zdeploy.plan(zdeploy.builtInExample())));
        assertEquals(List.of(), PublishedSchemas.errors("manifest.schema.json", plan));
        ((com.fasterxml.jackson.databind.node.ObjectNode) plan.get("zdeploy")).remove("members");
        assertEquals(List.of(), PublishedSchemas.errors("plan.schema.json", plan));
        assertFalse(PublishedSchemas.errors("manifest.schema.json", plan).isEmpty());
        ((com.fasterxml.jackson.databind.node.ObjectNode) plan.get("zdeploy")).put("formatversion", 2);
        assertFalse(PublishedSchemas.errors("plan.schema.json", plan).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("approvedExamplePlans")
    void theApprovedExamplePlansAreValid(Path plan) throws IOException {
        assertEquals(List.of(), PublishedSchemas.errors("plan.schema.json", PublishedSchemas.parse(Files.readString(plan))));
    }

    static List<Path> approvedExamplePlans() throws IOException {
        try (Stream<Path> files = Files.list(projectDirectory().resolve("src/test/java/dev/zdeploy/plan"))) {
            return files.filter(file -> file.getFileName().toString().endsWith("Json.approved.json")).sorted().toList();
        }
    }

    static List<String> catalogueCases() {
        List<String> cases = new ArrayList<>();
        for (String catalogue : CATALOGUES) {
            TestFiles.subdirectories(catalogue).stream().filter(name -> !name.equals("base"))
                    .forEach(name -> cases.add(catalogue + "/" + name));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogueCases")
    void everyBadInputCaseIsInvalidOrSaysWhyNoSchemaCanTell(String name) {
        Path dir = TestFiles.resource(name);
        Map<String, List<String>> javaErrors = javaErrorPointers(dir);
        Map<String, List<String>> schemaErrors = new LinkedHashMap<>();
        for (Map.Entry<String, String> input : inputs(name, dir).entrySet()) {
            JsonNode json = PublishedSchemas.parse(input.getValue());
            List<String> errors = json == null ? List.of()
                    : PublishedSchemas.errors(PublishedSchemas.SCHEMA_OF_FILE.get(input.getKey()), json);
            if (!errors.isEmpty()) {
                schemaErrors.put(input.getKey(), errors);
            }
        }
        if (Boolean.getBoolean("schemas.dump")) {
            System.out.println("CASE " + name + "\n  zdeploy: " + javaErrors + "\n  schema: " + schemaErrors);
        }
        // Faithful: a schema refuses only a file that zdeploy refuses too.
        for (String file : schemaErrors.keySet()) {
            assertTrue(javaErrors.containsKey(file), name + ": the schema refuses " + file + ", zdeploy reads it: "
                    + schemaErrors.get(file));
        }
        boolean classified = INVALID.contains(name) || NOT_EXPRESSIBLE.containsKey(name);
        if (javaErrors.isEmpty()) {
            assertFalse(classified, name + " has no error: it is valid, not classified");
            return;
        }
        if (!classified) {
            fail(name + " is not classified: add it to INVALID (the schema finds it: " + schemaErrors
                    + ") or to NOT_EXPRESSIBLE with the reason");
        }
        if (NOT_EXPRESSIBLE.containsKey(name)) {
            assertEquals(Map.of(), schemaErrors, name + " is listed as not expressible, but the schema finds it");
            return;
        }
        assertTrue(schemaErrors.entrySet().stream().anyMatch(file -> file.getValue().stream().anyMatch(error ->
                        javaErrors.get(file.getKey()).stream().anyMatch(pointer -> related(pointer(error), pointer)))),
                name + ": the schema finds " + schemaErrors + ", zdeploy " + javaErrors);
    }

    @Test
    void theTablesNameOnlyCasesThatExist() {
        Set<String> named = new TreeSet<>(INVALID);
        named.addAll(NOT_EXPRESSIBLE.keySet());
        named.removeAll(catalogueCases());
        assertEquals(Set.of(), named);
        assertTrue(NOT_EXPRESSIBLE.values().stream().allMatch(reason -> reason.matches("[a-z]+")));
    }

    /** The inputs of a case by file name: its own files, or for a hostile case the base files with its edits. */
    private static Map<String, String> inputs(String name, Path dir) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (String file : List.of("descriptor", "request", "inventory")) {
            String text = name.startsWith("hostile-inputs/") ? HostileInputCatalogueTest.input(dir, file)
                    : TestFiles.textOrNull(dir.resolve(file + ".json"));
            if (text != null) {
                inputs.put(file + ".json", text);
            }
        }
        return inputs;
    }

    /** The pointers of the errors (not warnings) of a case's expected.txt, by file. */
    private static Map<String, List<String>> javaErrorPointers(Path dir) {
        Map<String, List<String>> pointers = new LinkedHashMap<>();
        for (String line : TestFiles.text(dir.resolve("expected.txt")).lines().toList()) {
            if (line.isBlank() || line.startsWith("warning:") || line.startsWith(" ")) {
                continue;
            }
            // "file /pointer: rule (got value)", or "file: rule" for the document as a whole.
            String file = line.substring(0, line.indexOf(' '));
            String pointer = "";
            if (file.endsWith(":")) {
                file = file.substring(0, file.length() - 1);
            } else {
                pointer = line.substring(file.length() + 1, line.indexOf(": ", file.length()));
            }
            pointers.computeIfAbsent(file, key -> new ArrayList<>()).add(pointer);
        }
        return pointers;
    }

    private static String pointer(String error) {
        return error.substring(0, error.indexOf(": "));
    }

    /** One pointer is the other or inside it, or both are fields of one object (a rule of several fields). */
    private static boolean related(String a, String b) {
        return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/") || a.isEmpty() || b.isEmpty()
                || parent(a).equals(parent(b));
    }

    private static String parent(String pointer) {
        return pointer.substring(0, Math.max(pointer.lastIndexOf('/'), 0));
    }

    private static String resource(String file) {
        return classpath(PublishedSchemas.RESOURCES + file);
    }

    private static String classpath(String name) {
        try (InputStream in = PublishedSchemasTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path projectDirectory() {
        return Path.of(System.getProperty("zdeploy.project.dir", ".")).toAbsolutePath().normalize();
    }
}
