package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.pds;
import static dev.zdeploy.plan.RenameRulesTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryChecksTest {

    private static Fixture copy() {
        return Fixture.swi().targets("T1").add(pds("A.LIB", 1, "S1")).add(pds("A.OTHER", 1, "S1"));
    }

    @Test
    void targetThatAlreadyExistsOnItsVolumeIsAProblem() {
        List<Problem> errors = copy().inventory(i -> i.dataset("A.OTHER", null, "T1")).errors();
        assertEquals(1, errors.size());
        assertEquals("/tgtswidatasets/1/dsname", errors.get(0).pointer());
        assertContains(errors.get(0).rule(), "target data set A.OTHER already exists on volume T1");
    }

    @Test
    void sameNameCatalogedOnTheDrivingSystemIsNoCollisionForANewMasterCatalog() {
        // The source data sets themselves: cataloged, on the source volume.
        DeploymentPlan plan = copy().inventory(i -> i.dataset("A.LIB", "CATALOG.MASTER", "S1")).plan();
        assertEquals(List.of(), plan.warnings());
    }

    @Test
    void temporaryNameAlreadyCatalogedIsAProblem() {
        List<Problem> errors = copy().inventory(i -> i.dataset("ZOS24.A.LIB", "CATALOG.MASTER", "X1")).errors();
        // The leftover also makes ZOS24 a qualifier in use, which the alias check reports.
        assertEquals(2, errors.size());
        // A.LIB is copied under its final name (issue 10 major 12): ZOS24.A.LIB is the alias RN defines.
        assertEquals("/tgtswidatasets/0/aliases/0", errors.get(0).pointer());
        assertContains(errors.get(0).rule(), "data set alias ZOS24.A.LIB of target data set A.LIB is already cataloged in CATALOG.MASTER");
        assertEquals("/mastercatalog/tempcatalias", errors.get(1).pointer());
    }

    @Test
    void finalNameAlreadyCatalogedIsAProblemInTheExistingCatalog() {
        List<Problem> errors = copy().existingCatalog().rename("A.**", "A.**", "B.**")
                .inventory(i -> i.dataset("B.LIB", "UCAT.B", "X9")).errors();
        assertEquals(1, errors.size());
        assertContains(errors.get(0).rule(), "target data set B.LIB is already cataloged in UCAT.B");
    }

    @Test
    void leftoverOfAnEarlierUnzipIsAProblem() {
        List<Problem> errors = Fixture.pswi().existingCatalog().targets("T1").add(pds("A.LIB", 1, "S1"))
                .rename("A.**", "A.**", "B.**")
                .inventory(i -> i.dataset("B.LIB.#", "UCAT.B", "T1")).errors();
        assertEquals(1, errors.size());
        assertContains(errors.get(0).rule(), "temporary name B.LIB.# of target data set B.LIB already exists");
    }

    @Test
    void temporaryCatalogAliasAlreadyDefinedIsAProblem() {
        List<Problem> errors = copy().inventory(i -> i.alias("ZOS24", "UCAT.OLD")).errors();
        assertEquals(1, errors.size());
        assertEquals("request.json", errors.get(0).source());
        assertEquals("/mastercatalog/tempcatalias", errors.get(0).pointer());
        assertEquals("ZOS24", errors.get(0).value());
    }

    @Test
    void temporaryCatalogAliasThatWouldHideCatalogedDataSetsIsAProblem() {
        List<Problem> errors = copy().inventory(i -> i.dataset("ZOS24.OLD.LEFTOVER", "CATALOG.MASTER", "X1"))
                .errors();
        assertEquals(1, errors.size());
        assertEquals("/mastercatalog/tempcatalias", errors.get(0).pointer());
        assertContains(errors.get(0).rule(), "ZOS24.OLD.LEFTOVER");
    }

    @Test
    void masterCatalogNameAlreadyInUseIsAProblem() {
        assertEquals("/mastercatalog/name",
                copy().inventory(i -> i.usercatalog("CATALOG.ZOS24.MCAT")).errors().get(0).pointer());
        assertEquals("/mastercatalog/name",
                copy().inventory(i -> i.dataset("CATALOG.ZOS24.MCAT", null, "X1")).errors().get(0).pointer());
    }

    @Test
    void targetInstanceNameTakesTheFirstFreeNumber() {
        assertEquals("zos24_1", copy().plan().tgtswiname());
        assertEquals("zos24_1", copy().inventory(i -> i.softwareInstance("zos24_2")).plan().tgtswiname());
        assertEquals("zos24_3", copy().inventory(i -> i.softwareInstance("zos24_1").softwareInstance("ZOS24_2")
                .softwareInstance("zos24_4")).plan().tgtswiname());
    }

    @Test
    void withoutInventoryTheChecksNotMadeAreListed() {
        List<String> skipped = copy().plan().checksNotMade();
        String all = String.join("\n", skipped);
        assertContains(all, "already exists on its target volume");
        assertContains(all, "temporary catalog alias ZOS24");
        assertContains(all, "CATALOG.ZOS24.MCAT");
        assertContains(all, "zos24_1");
        assertContains(all, "capacity of target volume T1");
    }

    @Test
    void withAnInventoryOnlyMissingCapacitiesAreListed() {
        List<String> skipped = Fixture.swi().targets("T1", "T2").add(pds("A.LIB", 1, "S1"))
                .inventory(i -> i.volume("T1", 1000)).plan().checksNotMade();
        assertEquals(1, skipped.size());
        assertTrue(skipped.get(0).contains("target volume T2") && skipped.get(0).contains("not in the inventory"));
    }
}
