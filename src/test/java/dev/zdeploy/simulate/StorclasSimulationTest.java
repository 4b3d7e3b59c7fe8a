package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.input.InputReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 item 3: the storage classes a v2 request gives reach the targets through CP's COPY STORCLAS
 * (the simulated ACS routines keep the class they are given), and a CP that leaves one out or swaps
 * them differs from the plan.
 */
class StorclasSimulationTest {

    private static Scenario scenario() throws IOException {
        String request = Files.readString(GoldenSimulationTest.project().resolve("src/test/resources/v2/example-v2-storclas.json"));
        return Scenario.of(InputReader.read("descriptor.json", InputReader.exampleText(InputReader.EXAMPLE_DESCRIPTOR),
                "v2.json", request));
    }

    @Test
    void theV2StorclasExampleSimulatesToItsPlan() throws IOException {
        SimulationReport report = scenario().simulate();
        assertEquals(0, report.differences().size(), SimulationText.of(report));
        String text = SimulationText.of(report);
        // The multi-volume SXYZLOAD, SMS-managed, lands on two volumes of the storage group.
        assertTrue(text.contains("XYZTM.SXYZLOAD copied to XYZTM.PROD.SXYZLOAD on SMS001 SMS002"), text);
    }

    @Test
    void aCopyWithoutItsStorclasFailsAndDiffersFromThePlan() throws IOException {
        // Without STORCLAS the non-SMS source goes through the ACS routines with no class and no OUTDYNAM.
        Scenario without = scenario().edit("CP", jcl -> jcl.replace("STORCLAS(SCSMPE)", ""));
        SimulationReport report = without.simulate();
        String text = SimulationText.of(report);
        assertTrue(text.contains("output volumes are required for the non-SMS data set XYZTM.TARGET.CSI"), text);
        assertTrue(report.differences().stream().anyMatch(d -> d.subject().equals("XYZTM.PROD.TARGET.CSI")), text);
    }

    @Test
    void aCopyWithTheOtherClassDiffersFromThePlan() throws IOException {
        Scenario swapped = scenario().edit("CP", jcl -> jcl.replace("STORCLAS(SCSMPE)", "STORCLAS(SCPROD)"));
        SimulationReport report = swapped.simulate();
        assertTrue(report.differences().stream().anyMatch(d -> d.subject().equals("XYZTM.PROD.TARGET.SMPLTS")
                && d.message().contains("planned storage class SCSMPE (from the request), found SCPROD")),
                SimulationText.of(report));
    }

    @Test
    void aPortableInstanceGetsItsClassFromTheUnzipJobsMoveAndSimulatesToItsPlan() {
        SimulationReport report = Scenario.golden("v2-pswi-storclas").simulate();
        String text = SimulationText.of(report);
        assertEquals(0, report.differences().size(), text);
        assertTrue(text.contains("QWT.PROD.AFX.SAFXLOAD.# moved to SMS002 with storage class SCPROD"), text);
    }

    @Test
    void anUnzipJobWithoutItsMoveDiffersFromThePlan() {
        // Before the move existed, GIMUNZIP alone left the data sets with the class the ACS routines chose.
        Scenario without = Scenario.golden("v2-pswi-storclas").edit("UZ", jcl -> jcl.replace("DELETE STORCLAS(SCPROD)", "DELETE"));
        SimulationReport report = without.simulate();
        assertTrue(report.differences().stream().anyMatch(d -> d.subject().equals("QWT.PROD.AFX.SAFXLOAD")
                && d.message().contains("planned storage class SCPROD (from the request), found none")),
                SimulationText.of(report));
    }

    @Test
    void aMoveCodedWithCatalogFailsWithAdr385e() {
        Scenario catalog = Scenario.golden("v2-pswi-storclas").edit("UZ", jcl -> jcl.replace("DELETE STORCLAS(SCPROD) SPHERE", "DELETE STORCLAS(SCPROD) CAT"));
        String text = SimulationText.of(catalog.simulate());
        assertTrue(text.contains("ADR385E QWT.PROD.AFX.SAFXLOAD.# CANNOT BE CATALOGED"), text);
        assertTrue(text.contains("SETCLASS ADRDSSU  RC 8"), text);
        assertTrue(!text.contains("not modelled"), text);
    }
}
