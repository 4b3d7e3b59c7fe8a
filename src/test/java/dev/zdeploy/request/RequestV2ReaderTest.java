package dev.zdeploy.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.Deployment;
import dev.zdeploy.ZDeploy;
import dev.zdeploy.cli.Main;
import dev.zdeploy.input.InputReader;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.json.ReadResult;
import dev.zdeploy.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The v2 body (POST /zosmf/swmgmt/v2/dep) mapped onto the v1 request and its extensions. */
class RequestV2ReaderTest {

    private static final Path RESOURCES = Path.of(System.getProperty("zdeploy.project.dir", "."))
            .resolve("src/test/resources/v2");
    private static final String DESCRIPTOR = InputReader.exampleText(InputReader.EXAMPLE_DESCRIPTOR);

    private static String text(String name) {
        try {
            return Files.readString(RESOURCES.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theTargetSystemsEntryGivesTheJclDataSetJobStatementAndWorkSettings() {
        DeploymentRequest request = RequestReader.read("v2.json", text("example-v2.json"));
        assertTrue(request.isV2());
        assertEquals("SYSPROG.XYZTM21.DEPLOY.CNTL", request.jcldataset());
        assertEquals(List.of("//XYZDEPLY JOB (ACCT#,SYSPROG),'XYZ TM DEPLOY',CLASS=A,MSGCLASS=X"),
                request.jobstatement());
        assertEquals("SYSPROG.WORK", request.systemsettings().workdsnprefix());
        assertNull(request.systemsettings().workvolume());
        assertNull(request.mastercatalog());
        assertEquals(List.of(), request.targetvolumes());
        assertEquals("XYZTM21-PROD", request.v2().targetName());
        assertEquals("SYSA", request.v2().targetSystem());
        assertFalse(request.v2().submitjobs());
        assertEquals(0, request.v2().systemSettingsIndex());
    }

    @Test
    void workVolumesAndClassesMapOntoTheV1WorkSettings() {
        String json = text("example-v2.json").replace("\"worksmsmanaged\": true",
                "\"workvolumes\": [\"WRK001\"]");
        assertEquals("WRK001", RequestReader.read("v2.json", json).systemsettings().workvolume());
        json = text("example-v2.json").replace("\"worksmsmanaged\": true",
                "\"workstorclas\": \"SCWORK\", \"workdataclas\": \"DCWORK\"");
        SystemSettings settings = RequestReader.read("v2.json", json).systemsettings();
        assertEquals("SCWORK", settings.storclas());
        assertEquals("DCWORK", settings.dataclas());
    }

    @Test
    void submitjobsTrueOrAbsentIsAcceptedWithAWarning() {
        String json = text("example-v2.json").replace("\"submitjobs\": false,", "");
        ReadResult<DeploymentRequest> read = RequestReader.parse("v2.json", json);
        assertFalse(read.hasErrors());
        assertTrue(read.value().v2().submitjobs());
        assertEquals(List.of("warning: v2.json /submitjobs: zdeploy never submits jobs: they are generated for review"
                + " and download, and jobs stays empty (got \"true\")"),
                read.problems().stream().map(Problem::format).toList());
    }

    @Test
    void theShapeDecidesTheForm() {
        assertEquals(RequestForm.V2, form(text("example-v2.json")));
        assertEquals(RequestForm.V1, form(InputReader.exampleText(InputReader.EXAMPLE_REQUEST)));
        assertEquals(RequestForm.V1, form("{\"name\":\"x\",\"systemsettings\":{\"workpath\":\"/tmp\"}}"));
        assertEquals(RequestForm.V2, form("{\"name\":\"x\",\"systemsettings\":[]}"));
        assertEquals(RequestForm.V2, form("{\"source\":{\"uuid\":\"1234\"}}"));
    }

    private static RequestForm form(String json) {
        RequestForm[] seen = new RequestForm[1];
        dev.zdeploy.json.JsonInput.parse("r.json", json, root -> seen[0] = RequestForm.detect(root));
        return seen[0];
    }

    @Test
    void aV1BodyAtTheV2FormIsReadAsV2AndItsV1FieldsAreRefused() {
        ReadResult<DeploymentRequest> read = RequestReader.parse("r.json",
                InputReader.exampleText(InputReader.EXAMPLE_REQUEST), RequestForm.V2);
        List<String> lines = read.problems().stream().map(Problem::format).toList();
        assertTrue(lines.contains("r.json /targetswi: is required"), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("r.json /jcldataset: a v2 body gives jcldataset")),
                lines.toString());
    }

    @Test
    void aV2BodyAndItsV1EquivalentGiveTheSameJobsButForTheTargetName() {
        ZDeploy zdeploy = ZDeploy.create();
        Deployment v2 = zdeploy.generate(InputReader.read("descriptor.json", DESCRIPTOR, "v2.json",
                text("example-v2.json")));
        Inputs v1Inputs = InputReader.read("descriptor.json", DESCRIPTOR, "v1.json",
                text("example-v1-equivalent.json"));
        Deployment v1 = zdeploy.generate(v1Inputs);
        assertEquals("XYZTM21-PROD", v2.plan().tgtswiname());
        assertEquals("XYZTM21_1", v1.plan().tgtswiname());
        Map<String, String> v2Members = v2.members();
        Map<String, String> v1Members = v1.members();
        assertEquals(v1Members.keySet(), v2Members.keySet());
        v1Members.forEach((member, jcl) -> assertEquals(jcl.replace("XYZTM21_1", "XYZTM21-PROD"),
                v2Members.get(member), member));
        assertEquals(v1.plan().volumeMap(), v2.plan().volumeMap());
        assertEquals(v1.plan().datasets(), v2.plan().datasets());
    }

    @Test
    void theCliRendersAV2BodyDetectedByItsShape(@TempDir Path dir) throws IOException {
        String out = render(dir, "example-v2.json");
        assertTrue(out.contains("target instance XYZTM21-PROD"));
        assertTrue(Files.readString(dir.resolve("out/.zdeploy/manifest.json"))
                .contains("\"SYSPROG.XYZTM21.DEPLOY.CNTL(IZUD03CP)\""));
    }

    @Test
    void aStorclasActionIsReadAndTheCliRendersItsStorageClasses(@TempDir Path dir) throws IOException {
        DeploymentRequest read = RequestReader.read("v2.json", text("example-v2-storclas.json"));
        List<RenameRule> rules = read.configuration().datasets();
        assertEquals("dsname=XYZTM.TARGET.**", rules.get(0).condition());
        assertEquals(List.of(new RenameAction(RenameAction.STORCLAS, null, "SCSMPE")), rules.get(0).actions());
        assertEquals(List.of(new RenameAction(RenameAction.STORCLAS, null, "SCPROD")), rules.get(1).actions());

        render(dir, "example-v2-storclas.json");
        String copy = Files.readString(dir.resolve("out/IZUD03CP"));
        assertTrue(copy.contains(" STORCLAS(SCSMPE) "), copy);
        assertTrue(copy.contains(" STORCLAS(SCPROD) "), copy);
        // A storclas "to" value that is no valid class name is refused when the body is read.
        String bad = text("example-v2-storclas.json").replace("\"to\": \"SCSMPE\"", "\"to\": \"SC-SMPE\"");
        ReadResult<DeploymentRequest> refused = RequestReader.parse("v2.json", bad);
        assertTrue(refused.hasErrors());
        assertTrue(refused.problems().stream().anyMatch(p -> p.pointer().equals("/configuration/datasets/0/then/0/to")),
                refused.problems().toString());
    }

    /** {@code zdeploy render} of the example descriptor and the request resource {@code name} into dir/out: its output. */
    private static String render(Path dir, String name) throws IOException {
        Path request = dir.resolve("v2.json");
        Files.writeString(request, text(name));
        Path descriptor = dir.resolve("IZUD00DF.json");
        Files.writeString(descriptor, DESCRIPTOR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(new String[] {"render", "--descriptor", descriptor.toString(), "--request",
                request.toString(), "--out", dir.resolve("out").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
