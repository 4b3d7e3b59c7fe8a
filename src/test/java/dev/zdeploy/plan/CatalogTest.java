package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.pds;
import static dev.zdeploy.plan.Fixture.vsam;
import static dev.zdeploy.plan.Fixture.zfs;
import static dev.zdeploy.plan.RenameRulesTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.zdeploy.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTest {

    @Test
    void newMasterCatalogCatalogsEveryTargetWithAliasesForNonVsam() {
        DeploymentPlan plan = Fixture.swi().targets("T1")
                .add(pds("IBMUSR.SWI.AMACLIB", 1, "S1"))
                .add(vsam("IBMUSR.SWI.CSI", 76, "S1"))
                .add(zfs("IBMUSR.SWI.ZFS", 100, "/usr/lpp/abc", "S1"))
                .plan();
        assertEquals(CatalogObjective.NEW_MASTER_CATALOG, plan.catalogObjective());
        assertEquals(new NewMasterCatalog("CATALOG.ZOS24.MCAT", "LT1234", "ZOS24", null), plan.masterCatalog());
        TargetDataSet library = plan.datasets().get(0);
        assertEquals("CATALOG.ZOS24.MCAT", library.catalog());
        assertEquals("ZOS24", library.tempcatalias());
        assertEquals(List.of("ZOS24.IBMUSR.SWI.AMACLIB"), library.aliases());
        for (TargetDataSet cluster : plan.datasets().subList(1, 3)) {
            assertEquals("CATALOG.ZOS24.MCAT", cluster.catalog());
            assertEquals("ZOS24", cluster.tempcatalias());
            assertEquals(List.of(), cluster.aliases(), cluster.name() + " is a VSAM cluster: no data set alias");
        }
    }

    @Test
    void indirectlyCatalogedTargetsHaveNoTemporaryCatalogAliasAndNoAliases() {
        TargetDataSet target = Fixture.swi().indirectTarget("T1", "&SYSR2").add(pds("SYS1.LINKLIB", 1, "S1"))
                .target("SYS1.LINKLIB");
        assertEquals("&SYSR2", target.indirectcatalogsymbol());
        assertNull(target.tempcatalias());
        assertEquals(List.of(), target.aliases());
        assertEquals("CATALOG.ZOS24.MCAT", target.catalog());
        // Copied under its final name (issue 10 major 12): no temporary name, and RN catalogs it indirectly.
        assertEquals("SYS1.LINKLIB", target.temporaryName());
        assertTrue(target.copiedUnderFinalName());
    }

    @Test
    void vsamOnAnIndirectVolumeStaysDirectlyCatalogedWithAWarning() {
        DeploymentPlan plan = Fixture.swi().indirectTarget("T1", "******").add(vsam("SYS1.CSI", 1, "S1")).plan();
        assertNull(plan.datasets().get(0).indirectcatalogsymbol());
        assertEquals("ZOS24", plan.datasets().get(0).tempcatalias());
        Problem warning = plan.warnings().get(0);
        assertContains(warning.rule(), "SYS1.CSI stays directly cataloged");
        assertEquals("/tgtswidatasets/0/volumes", warning.pointer());
    }

    @Test
    void smsManagedAndMultiVolumeDataSetsStayDirectlyCatalogedWithWarnings() {
        DeploymentPlan plan = Fixture.swi().indirectTarget("T1", "&SYSR2").targets("T2")
                .add(pds("SYS1.SMS", 1, "S1").storclas("SCBASE"))
                .add(pds("SYS1.BIG", 10, "S1", "S2"))
                .add(pds("SYS1.LINKLIB", 1, "S1"))
                .plan();
        assertNull(plan.datasets().get(0).indirectcatalogsymbol());
        assertNull(plan.datasets().get(1).indirectcatalogsymbol());
        assertEquals("&SYSR2", plan.datasets().get(2).indirectcatalogsymbol());
        assertEquals(2, plan.warnings().size());
        assertContains(plan.warnings().get(0).rule(), "SMS-managed");
        assertContains(plan.warnings().get(1).rule(), "spans 2 volumes");
    }

    @Test
    void parmlibCanBeCatalogedIndirectlyOnlyWithSixAsterisks() {
        List<Problem> errors = Fixture.swi().indirectTarget("T1", "&SYSR2").add(pds("SYS1.PARMLIB", 1, "S1"))
                .errors();
        assertEquals("&SYSR2", errors.get(0).value());
        Fixture.swi().indirectTarget("T1", "******").add(pds("SYS1.PARMLIB", 1, "S1")).plan();
    }

    @Test
    void existingCatalogTakesTheUserCatalogOfTheLongestMatchingAlias() {
        DeploymentPlan plan = Fixture.swi().existingCatalog().targets("T1")
                .add(pds("IBMUSR.SWI.AMACLIB", 1, "S1"))
                .add(pds("IBMUSR.OTHER.LIB", 1, "S1"))
                .add(pds("NOALIAS.LIB", 1, "S1"))
                .rename("**", "**", "NEW.**")
                .inventory(i -> i.alias("NEW", "UCAT.ONE").alias("NEW.IBMUSR.SWI", "UCAT.TWO"))
                .plan();
        assertEquals(CatalogObjective.EXISTING_CATALOG, plan.catalogObjective());
        assertNull(plan.masterCatalog());
        assertEquals("UCAT.TWO", plan.datasets().get(0).catalog());
        assertEquals("UCAT.ONE", plan.datasets().get(1).catalog());
        assertEquals("UCAT.ONE", plan.datasets().get(2).catalog());
        plan.datasets().forEach(target -> {
            assertEquals(List.of(), target.aliases());
            assertNull(target.tempcatalias());
        });
    }

    @Test
    void existingCatalogWithoutAMatchingAliasOrInventoryLeavesTheCatalogNull() {
        DeploymentPlan plan = Fixture.swi().existingCatalog().targets("T1").add(pds("A.LIB", 1, "S1"))
                .rename("**", "**", "NEW.**").plan();
        assertNull(plan.datasets().get(0).catalog());
        assertContains(String.join("\n", plan.checksNotMade()), "which user catalog");
    }

    @Test
    void existingCatalogNeedsEveryFinalNameToDifferFromEverySourceName() {
        List<Problem> errors = Fixture.swi().existingCatalog().targets("T1")
                .add(pds("A.ONE", 1, "S1"))
                .add(pds("B.TWO", 1, "S1"))
                .add(pds("C.THREE", 1, "S1"))
                .rename("A.**", "A.**", "B.**")
                .rename("B.**", "B.**", "X.B.**")
                .errors();
        // C.THREE keeps its name; A.ONE becomes B.ONE (no source has that name); B.TWO becomes X.B.TWO.
        assertEquals(1, errors.size());
        assertEquals("/tgtswidatasets/2/dsname", errors.get(0).pointer());
        assertContains(errors.get(0).rule(), "C.THREE");
    }

    @Test
    void finalNameEqualToAnotherDataSetsSourceNameIsAProblemInTheExistingCatalog() {
        List<Problem> errors = Fixture.swi().existingCatalog().targets("T1")
                .add(pds("A.ONE", 1, "S1"))
                .add(pds("B.ONE", 1, "S1"))
                .rename("A.**", "A.**", "B.**")
                .rename("B.**", "B.**", "C.**")
                .errors();
        assertEquals(1, errors.size());
        assertEquals("B.ONE", errors.get(0).value());
    }
}
