package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.pds;
import static dev.zdeploy.plan.Fixture.vsam;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TemporaryNamesTest {

    private static Fixture withCsi(Fixture fixture) {
        return fixture.targets("T1").smpe("A.CSI").add(vsam("A.CSI", 10, "S1")).add(pds("A.LIB", 10, "S1"))
                .rename("A.**", "A.**", "B.**");
    }

    @Test
    void copyIntoANewMasterCatalogUsesTheTemporaryCatalogAlias() {
        DeploymentPlan plan = withCsi(Fixture.swi()).plan();
        assertEquals("ZOS24.B.CSI", plan.datasets().get(0).temporaryName());
        assertEquals("ZOS24.B.LIB", plan.datasets().get(1).temporaryName());
        assertEquals("ZOS24.B.CSI", plan.zones().get(0).temporaryCsi());
    }

    @Test
    void copyIntoTheExistingCatalogRenamesStraightToTheFinalName() {
        DeploymentPlan plan = withCsi(Fixture.swi()).existingCatalog().plan();
        assertEquals("B.CSI", plan.datasets().get(0).temporaryName());
        assertEquals("B.LIB", plan.datasets().get(1).temporaryName());
    }

    @Test
    void unzipIntoTheExistingCatalogUsesHashSuffixExceptForCsis() {
        DeploymentPlan plan = withCsi(Fixture.pswi()).existingCatalog().plan();
        assertEquals("B.CSI", plan.datasets().get(0).temporaryName());
        assertEquals("B.LIB.#", plan.datasets().get(1).temporaryName());
        assertEquals("B.CSI", plan.zones().get(1).temporaryCsi());
    }

    @Test
    void unzipIntoANewMasterCatalogUsesTheTemporaryCatalogAliasForCsisToo() {
        DeploymentPlan plan = withCsi(Fixture.pswi()).plan();
        assertEquals("ZOS24.B.CSI", plan.datasets().get(0).temporaryName());
        assertEquals("ZOS24.B.LIB", plan.datasets().get(1).temporaryName());
    }
}
