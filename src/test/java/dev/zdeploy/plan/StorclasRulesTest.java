package dev.zdeploy.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.input.InputReader;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A v2 request's storclas actions: the target's storage class, decided in the plan. */
class StorclasRulesTest {

    private static final Path V2 = Path.of(System.getProperty("zdeploy.project.dir", "."))
            .resolve("src/test/resources/v2");

    private static String request() throws IOException {
        return Files.readString(V2.resolve("example-v2-storclas.json"));
    }

    private static DeploymentPlan plan(String request) {
        Inputs inputs = InputReader.read("descriptor.json", InputReader.exampleText(InputReader.EXAMPLE_DESCRIPTOR),
                "v2.json", request);
        return PlanBuilder.build(inputs.descriptor(), inputs.request(), null);
    }

    private static Map<String, String> assigned(DeploymentPlan plan) {
        Map<String, String> classes = new LinkedHashMap<>();
        plan.datasets().stream().filter(TargetDataSet::storclasAssigned).forEach(ds -> classes.put(ds.name(), ds.storclas()));
        return classes;
    }

    @Test
    void theFirstRuleWithAStorclasActionGivesTheClassAndMasksMatchWholeQualifiers() throws IOException {
        DeploymentPlan plan = plan(request());
        Map<String, String> classes = assigned(plan);
        // XYZTM.TARGET.** (** any qualifiers) before XYZTM.* (* exactly one qualifier).
        assertEquals("SCSMPE", classes.get("XYZTM.PROD.TARGET.CSI"));
        assertEquals("SCSMPE", classes.get("XYZTM.PROD.TARGET.SMPLTS"));
        assertEquals("SCPROD", classes.get("XYZTM.PROD.SMPPTS"));
        assertEquals("SCPROD", classes.get("XYZTM.PROD.SXYZLOAD"));
        assertEquals("SCPROD", classes.get("XYZTM.PROD.ZFS"));
        // Three qualifiers and not under TARGET: no action selects them, they stay non-SMS.
        for (String name : List.of("XYZTM.PROD.GLOBAL.CSI", "XYZTM.PROD.DLIB.CSI", "XYZTM.PROD.WEB.HFS")) {
            TargetDataSet ds = plan.datasets().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
            assertFalse(ds.isSmsManaged(), name);
            assertNull(ds.storclas(), name);
        }
        assertEquals(List.of("SCSMPE", "SCPROD"), plan.assignedStorageClasses());
        // SMS-managed targets are left out of the volumes the pre-flight job checks.
        assertFalse(plan.namesOnTargetVolumes().contains("XYZTM.PROD.SXYZLOAD"));
        assertTrue(plan.namesOnTargetVolumes().contains("XYZTM.PROD.WEB.HFS"));
    }

    @Test
    void copyGroupsSplitByStorageClassSoEachCommandHasOne() throws IOException {
        List<CopyGroup> groups = plan(request()).copyGroups();
        for (CopyGroup group : groups) {
            for (TargetDataSet ds : group.datasets()) {
                assertEquals(ds.storclasAssigned() ? ds.storclas() : null, group.storclas(), ds.name());
                assertEquals(ds.isSmsManaged(), group.smsManaged(), ds.name());
            }
            assertFalse(group.storclas() != null && group.bypassesAcs(), "STORCLAS never with NULLSTORCLAS");
        }
        assertEquals(List.of("SCSMPE", "SCPROD"),
                groups.stream().map(CopyGroup::storclas).filter(c -> c != null).distinct().toList());
    }

    @Test
    void fromMustBeTheSourceStorageClass() throws IOException {
        // The example's data sets have no source class: an action from SCOLD selects none of them.
        String json = request().replace("{\"property\": \"storclas\", \"to\": \"SCPROD\"}",
                "{\"property\": \"storclas\", \"from\": \"SCOLD\", \"to\": \"SCPROD\"}");
        Map<String, String> classes = assigned(plan(json));
        assertFalse(classes.containsValue("SCPROD"), classes.toString());
        assertTrue(classes.containsValue("SCSMPE"), classes.toString());
    }

    @Test
    void aPortableInstanceGetsItsClassesMovedByTheUnzipJobOneMovePerClass() throws IOException {
        Path dir = Path.of(System.getProperty("zdeploy.project.dir", ".")).resolve("golden/v2-pswi-storclas");
        Inputs inputs = InputReader.read("descriptor.json", Files.readString(dir.resolve("descriptor.json")),
                "request.json", Files.readString(dir.resolve("request.json")));
        DeploymentPlan plan = PlanBuilder.build(inputs.descriptor(), inputs.request(), null);
        Map<String, String> classes = assigned(plan);
        // "dsname=QWT.AFX.*" selects the eleven AFX libraries, not the SMP/E data sets or the zFS data sets.
        assertEquals(11, classes.size(), classes.toString());
        assertTrue(classes.values().stream().allMatch("SCPROD"::equals), classes.toString());
        assertFalse(classes.containsKey("QWT.PROD.GLOBAL.CSI"), classes.toString());
        List<ClassMove> moves = plan.classMoves(plan.datasets());
        assertEquals(1, moves.size(), moves.toString());
        assertEquals("SCPROD", moves.get(0).storclas());
        assertEquals(List.copyOf(classes.keySet()), moves.get(0).datasets().stream().map(TargetDataSet::name).toList());
        // A software instance (swi) sets its classes with the copy instead: no move.
        assertEquals(List.of(), plan(request()).classMoves(plan(request()).datasets()));
    }

    @Test
    void aMoveHoldsAtMost255DataSetsLikeAnIncludeList() {
        List<TargetDataSet> many = new java.util.ArrayList<>();
        DeploymentPlan example = plan(requestUnchecked());
        TargetDataSet one = example.datasets().stream().filter(TargetDataSet::storclasAssigned).findFirst().orElseThrow();
        for (int i = 0; i < 256; i++) {
            many.add(one);
        }
        List<ClassMove> moves = ClassMove.of(many);
        assertEquals(List.of(255, 1), moves.stream().map(m -> m.datasets().size()).toList());
    }

    private static String requestUnchecked() {
        try {
            return request();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
