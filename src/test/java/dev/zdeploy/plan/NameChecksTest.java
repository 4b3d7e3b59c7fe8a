package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.pds;
import static dev.zdeploy.plan.Fixture.vsam;
import static dev.zdeploy.plan.RenameRulesTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zdeploy.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameChecksTest {

    /** A valid data set name of exactly {@code length} characters: 8-character qualifiers, the last shorter. */
    static String nameOf(int length) {
        int first = (length - 1) % 9 + 1;
        StringBuilder name = new StringBuilder(first == 9 ? "QUAL.QUAL" : "QUALIFIE".substring(0, first));
        while (name.length() < length) {
            name.append(".QUALIFIE");
        }
        assertEquals(length, name.length());
        return name.toString();
    }

    @Test
    void intoTheExistingCatalogATargetMayNotKeepASourceName() {
        // Only this objective compares targets with every source name (NameChecks builds that set for it alone).
        List<Problem> errors = Fixture.swi().existingCatalog().targets("T1", "T2").add(pds("A.LIB", 1, "S1"))
                .add(pds("B.LIB", 1, "S2")).rename("A.LIB", "A.LIB", "B.LIB").rename("B.LIB", "B.LIB", "C.LIB").errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("/tgtswidatasets/0/dsname", errors.get(0).pointer());
        assertContains(errors.get(0).rule(), "target data set B.LIB has the name of a source data set");
        // Into a new master catalog it may.
        assertEquals("B.LIB", Fixture.swi().targets("T1", "T2").add(pds("A.LIB", 1, "S1")).add(pds("B.LIB", 1, "S2"))
                .rename("A.LIB", "A.LIB", "B.LIB").rename("B.LIB", "B.LIB", "C.LIB").plan().datasets().get(0).name());
    }

    @Test
    void fortyFourCharactersIsTheLongestName() {
        String name = nameOf(44);
        DeploymentPlan plan = Fixture.swi().existingCatalog().targets("T1").add(pds("A.LIB", 1, "S1"))
                .rename("A.LIB", "A.LIB", name).plan();
        assertEquals(name, plan.datasets().get(0).name());
    }

    @Test
    void fortyFiveCharactersIsAProblemNamingTheDataSet() {
        String name = nameOf(45);
        List<Problem> errors = Fixture.swi().existingCatalog().targets("T1").add(pds("A.LIB", 1, "S1"))
                .rename("A.LIB", "A.LIB", name).errors();
        assertEquals(1, errors.size());
        Problem problem = errors.get(0);
        assertEquals("plan", problem.source());
        assertEquals("/tgtswidatasets/0/dsname", problem.pointer());
        assertContains(problem.rule(), "is 45 characters; a data set name is at most 44");
        assertContains(problem.rule(), "source A.LIB");
        assertEquals(name, problem.value());
    }

    @ParameterizedTest(name = "final name of {0} characters: temporary name ok = {1}")
    @CsvSource({"38, true", "39, false"})
    void temporaryNameWithTheCatalogAliasMustFitToo(int length, boolean fits) {
        String name = nameOf(length);
        Fixture fixture = Fixture.swi().targets("T1").add(pds(name, 1, "S1"));
        // A non-VSAM data set keeping its name is copied under it (issue 10 major 12): the name that must
        // fit is its alias; a VSAM cluster's is its temporary name.
        Fixture cluster = Fixture.swi().targets("T1").add(vsam(name, 1, "S1"));
        if (fits) {
            assertEquals(List.of("ZOS24." + name), fixture.plan().datasets().get(0).aliases());
            assertEquals("ZOS24." + name, cluster.plan().datasets().get(0).temporaryName());
        } else {
            Problem problem = fixture.errors().get(0);
            assertEquals("/tgtswidatasets/0/aliases/0", problem.pointer());
            assertEquals("ZOS24." + name, problem.value());
            Problem temporary = cluster.errors().get(0);
            assertEquals("/zdeploy/datasets/0/temporaryname", temporary.pointer());
            assertEquals("ZOS24." + name, temporary.value());
        }
    }

    @Test
    void fortyTwoCharacterNameWithAFiveCharacterAliasIsFortyEight() {
        String name = nameOf(42);
        List<Problem> errors = Fixture.swi().targets("T1").add(pds(name, 1, "S1")).errors();
        assertEquals(1, errors.size());
        assertContains(errors.get(0).rule(), "is 48 characters");
        assertContains(errors.get(0).rule(), name);
    }

    @ParameterizedTest(name = "unzip of a {0}-character name: temporary name ok = {1}")
    @CsvSource({"42, true", "43, false"})
    void unzipSuffixMustFit(int length, boolean fits) {
        String name = nameOf(length);
        Fixture fixture = Fixture.pswi().existingCatalog().targets("T1").add(pds("A.LIB", 1, "S1"))
                .rename("A.LIB", "A.LIB", name);
        if (fits) {
            assertEquals(name + ".#", fixture.plan().datasets().get(0).temporaryName());
        } else {
            assertEquals(name + ".#", fixture.errors().get(0).value());
        }
    }

    @Test
    void qualifierOverEightAfterRenamingIsAProblem() {
        List<Problem> errors = Fixture.swi().targets("T1").add(pds("A.LIB", 1, "S1"))
                .rename("*.LIB", "*.LIB", "*.LIBRARIES").errors();
        assertEquals(1, errors.size());
        assertContains(errors.get(0).rule(), "qualifier LIBRARIES (9 characters) of target data set A.LIBRARIES");
        assertContains(errors.get(0).rule(), "1-8 characters");
    }

    @Test
    void qualifierSyntaxIsCheckedAfterRenaming() {
        List<Problem> errors = Fixture.swi().targets("T1").add(pds("A.LIB", 1, "S1"))
                .rename("*.LIB", "*.LIB", "*.1LIB").errors();
        assertEquals(1, errors.size());
        assertContains(errors.get(0).rule(), "qualifier 1LIB (4 characters) of target data set A.1LIB");
        assertContains(errors.get(0).rule(), "starts with A-Z, @, # or $");
    }

    @Test
    void twoSourcesBecomingOneTargetIsAProblem() {
        List<Problem> errors = Fixture.swi().targets("T1")
                .add(pds("A.LIB", 1, "S1"))
                .add(pds("B.LIB", 1, "S1"))
                .rename("A.LIB", "A.LIB", "C.LIB")
                .rename("B.LIB", "B.LIB", "C.LIB").errors();
        assertEquals(1, errors.size());
        assertEquals("/tgtswidatasets/1/dsname", errors.get(0).pointer());
        assertContains(errors.get(0).rule(), "A.LIB and B.LIB would both become C.LIB");
    }

    @Test
    void temporaryNameThatIsAnotherDataSetsFinalNameIsAProblem() {
        List<Problem> errors = Fixture.pswi().existingCatalog().targets("T1")
                .add(pds("A.LIB", 1, "S1"))
                .add(pds("A.LIB.#", 1, "S1"))
                .rename("A.**", "A.**", "B.**").errors();
        assertEquals(1, errors.size());
        assertContains(errors.get(0).rule(), "would both become B.LIB.#");
    }

    @Test
    void everyErrorIsReportedAtOnce() {
        List<Problem> errors = Fixture.swi().targets("T1")
                .add(pds("LONG.LIB", 1, "S1"))
                .add(pds("A.LIB", 1, "S1"))
                .add(pds("B.LIB", 1, "S2"))
                .rename("LONG.LIB", "LONG.LIB", nameOf(45))
                .rename("B.LIB", "B.LIB", "A.LIB").errors();
        // 45 characters (final and temporary), two sources to A.LIB, too few target volumes.
        assertEquals(4, errors.size());
    }
}
