package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.pds;
import static dev.zdeploy.plan.Fixture.vsam;
import static dev.zdeploy.plan.Fixture.zfs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zdeploy.request.DeploymentRequest;
import dev.zdeploy.request.Secret;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanJsonTest {

    private static final List<String> ZOSMF_FIELDS = List.of("aliases", "catalog", "blksize", "dddefs", "dscategory",
            "dsname", "dstype", "extents", "extendedformat", "lrecl", "mountpoint", "unixdirs", "recfm", "storclas",
            "tempcatalias", "tracks", "used", "volumes");

    private static DeploymentPlan plan() {
        return Fixture.swi().targets("LT1234").smpe("IBMUSR.SWI.CSI")
                .add(pds("IBMUSR.SWI.AMACLIB", 1, "ZOS24A").dddef("DLIB", "AMACLIB").dddef("TGT", "AMACLIB"))
                .add(vsam("IBMUSR.SWI.CSI", 76, "ZOS24A"))
                .add(zfs("IBMUSR.SWI.ZFS", 1500, "/usr/lpp/abc", "ZOS24A")
                        .pathDddef("TGT", "SABCZFS", "/usr/lpp/abc/IBM/"))
                .plan();
    }

    private static JsonNode read(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void dataSetsHaveZosmfsFieldsInZosmfsOrder() throws Exception {
        JsonNode root = read(PlanJson.write(plan(), List.of()));
        List<String> top = new ArrayList<>();
        root.fieldNames().forEachRemaining(top::add);
        assertEquals(List.of("tgtswiname", "jcl", "tgtswidatasets", "zdeploy"), top);
        for (JsonNode dataset : root.get("tgtswidatasets")) {
            List<String> fields = new ArrayList<>();
            dataset.fieldNames().forEachRemaining(fields::add);
            assertEquals(ZOSMF_FIELDS, fields);
        }
    }

    @Test
    void numbersAreStringsAndAbsentValuesNullAsInTheSampleResponse() throws Exception {
        JsonNode datasets = read(PlanJson.write(plan(), List.of())).get("tgtswidatasets");
        JsonNode library = datasets.get(0);
        assertTrue(library.get("blksize").isTextual());
        assertEquals("27920", library.get("blksize").asText());
        assertEquals("1", library.get("tracks").asText());
        assertEquals("50", library.get("used").asText());
        assertEquals("80", library.get("lrecl").asText());
        assertTrue(library.get("extendedformat").isBoolean());
        assertEquals("[\"ZOS24.IBMUSR.SWI.AMACLIB\"]", library.get("aliases").toString());
        assertEquals("ZOS24", library.get("tempcatalias").asText());
        assertEquals("CATALOG.ZOS24.MCAT", library.get("catalog").asText());
        assertEquals("[{\"dddef\":\"AMACLIB\",\"zone\":\"DLIB\"},{\"dddef\":\"AMACLIB\",\"zone\":\"TGT\"}]",
                library.get("dddefs").toString());
        assertTrue(library.get("mountpoint").isNull());
        assertTrue(library.get("unixdirs").isNull());
        JsonNode csi = datasets.get(1);
        assertTrue(csi.get("blksize").isNull());
        assertTrue(csi.get("dddefs").isNull());
        // The seed's sample status response lists this alias for the VSAM CSI: here the path RN defines.
        assertEquals("[\"ZOS24.IBMUSR.SWI.CSI\"]", csi.get("aliases").toString());
        assertTrue(datasets.get(2).get("aliases").isNull(), "a zFS aggregate gets neither an alias nor a path");
        assertEquals("76", csi.get("tracks").asText());
        assertEquals("VSAM", csi.get("dstype").asText());
        assertEquals("[\"LT1234\"]", csi.get("volumes").toString());
    }

    @Test
    void pathDddefsCarryTheirPath() throws Exception {
        JsonNode zfs = read(PlanJson.write(plan(), List.of())).get("tgtswidatasets").get(2);
        assertEquals("{\"dddef\":\"SABCZFS\",\"zone\":\"TGT\",\"path\":\"/usr/lpp/abc/IBM/\"}",
                zfs.get("dddefs").get(0).toString());
        assertEquals("/usr/lpp/abc", zfs.get("mountpoint").asText());
    }

    @Test
    void jclListsTheMembersGiven() throws Exception {
        JsonNode root = read(PlanJson.write(plan(), List.of("IBMUSR.SMJCL.CNTL(IZUD01RA)")));
        assertEquals("[\"IBMUSR.SMJCL.CNTL(IZUD01RA)\"]", root.get("jcl").toString());
        assertEquals("zos24_1", root.get("tgtswiname").asText());
    }

    @Test
    void ownSectionHoldsWhatZosmfHasNoFieldFor() throws Exception {
        JsonNode zdeploy = read(PlanJson.write(plan(), List.of())).get("zdeploy");
        assertEquals("ZOS24.IBMUSR.SWI.CSI", zdeploy.get("datasets").get(1).get("temporaryname").asText());
        assertEquals("ZOS24A", zdeploy.get("volumemap").get(0).get("source").asText());
        assertEquals("LT1234", zdeploy.get("volumemap").get(0).get("target").asText());
        assertEquals("NEW_MASTER_CATALOG", zdeploy.get("catalogobjective").asText());
        assertEquals(3, zdeploy.get("zones").size());
        assertEquals(2, zdeploy.get("zoneindex").size());
        assertEquals(1577, zdeploy.get("volumeusage").get(0).get("tracks").asLong());
        assertTrue(zdeploy.get("checksnotmade").size() > 0);
        assertEquals("LT1234", zdeploy.get("datasets").get(0).get("dddefs").get(0).get("volume").asText());
        assertEquals("3390", zdeploy.get("datasets").get(0).get("dddefs").get(0).get("unit").asText());
    }

    @Test
    void layoutIsTwoSpacesLfAndAFinalNewline() {
        String json = PlanJson.write(plan(), List.of());
        assertFalse(json.contains("\r"));
        assertTrue(json.startsWith("{\n  \"tgtswiname\": \"zos24_1\",\n  \"jcl\": [],\n"));
        assertTrue(json.endsWith("}\n"));
        for (String line : json.split("\n")) {
            assertFalse(line.endsWith(" "), line);
        }
    }

    @Test
    void writerFormGivesTheSameTextAndLeavesTheWriterOpen() {
        StringWriter out = new StringWriter();
        PlanJson.write(plan(), List.of("A.B(IZUD01RA)"), out);
        out.write("more");
        assertEquals(PlanJson.write(plan(), List.of("A.B(IZUD01RA)")) + "more", out.toString());
    }

    @Test
    void anExtensionEndsTheZdeployObjectInTheSameLayout() {
        StringWriter out = new StringWriter();
        PlanJson.write(plan(), List.of(), out, json -> json.numberField("extra", 7));
        String plain = PlanJson.write(plan(), List.of());
        int end = plain.lastIndexOf("\n  }\n}\n");
        assertEquals(plain.substring(0, end) + ",\n    \"extra\": 7" + plain.substring(end), out.toString());
    }

    @Test
    void noPasswordEverAppears() {
        Fixture fixture = Fixture.swi().targets("T1").add(pds("A.LIB", 1, "S1"));
        DeploymentRequest plain = fixture.request();
        DeploymentRequest withSecrets = new DeploymentRequest(plain.name(), plain.description(), plain.source(),
                plain.targetvolumes(), plain.mastercatalog(), plain.jobstatement(), plain.jcldataset(), "ZUSER",
                Secret.of("s3cretZ"), "PUSER", Secret.of("s3cretP"), plain.configuration(), plain.systemsettings());
        DeploymentPlan plan = PlanBuilder.build(fixture.descriptor(), withSecrets, null);
        String everything = PlanJson.write(plan, List.of()) + PlanReport.text(plan) + plan;
        assertFalse(everything.contains("s3cret"));
    }
}
