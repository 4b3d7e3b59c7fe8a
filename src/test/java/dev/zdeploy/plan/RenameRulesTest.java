package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.pds;
import static dev.zdeploy.plan.Fixture.vsam;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zdeploy.problem.Problem;
import dev.zdeploy.request.RenameAction;
import dev.zdeploy.request.RenameRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenameRulesTest {

    private static Fixture twoDataSets() {
        return Fixture.swi().targets("LT1234").add(pds("SYS1.LINKLIB", 10, "RES001"))
                .add(pds("IBMUSR.SWI.AMACLIB", 10, "RES001"));
    }

    @Test
    void withoutRulesNamesStay() {
        DeploymentPlan plan = twoDataSets().plan();
        assertEquals(List.of("SYS1.LINKLIB", "IBMUSR.SWI.AMACLIB"), names(plan));
    }

    @Test
    void starForOneQualifierDoubleStarForAnyNumber() {
        DeploymentPlan plan = twoDataSets().rename("*.**", "*.**", "*.NEWHLQ.**").plan();
        assertEquals(List.of("SYS1.NEWHLQ.LINKLIB", "IBMUSR.NEWHLQ.SWI.AMACLIB"), names(plan));
    }

    @Test
    void firstMatchingRuleWinsAndLaterOnesAreNotApplied() {
        DeploymentPlan plan = twoDataSets()
                .rename("SYS1.**", "SYS1.**", "NEW.SYS1.**")
                .rename("**", "**", "OTHER.**")
                .plan();
        assertEquals(List.of("NEW.SYS1.LINKLIB", "OTHER.IBMUSR.SWI.AMACLIB"), names(plan));
    }

    @Test
    void ruleOrderDecidesBetweenOverlappingRules() {
        DeploymentPlan plan = twoDataSets()
                .rename("**", "**", "OTHER.**")
                .rename("SYS1.**", "SYS1.**", "NEW.SYS1.**")
                .plan();
        assertEquals(List.of("OTHER.SYS1.LINKLIB", "OTHER.IBMUSR.SWI.AMACLIB"), names(plan));
    }

    @Test
    void singleStarReplacesOneQualifierInTheMiddle() {
        DeploymentPlan plan = twoDataSets().rename("IBMUSR.*.AMACLIB", "IBMUSR.*.AMACLIB", "ABC.*.AMACLIB").plan();
        assertEquals(List.of("SYS1.LINKLIB", "ABC.SWI.AMACLIB"), names(plan));
    }

    @Test
    void actionsOfOneRuleApplyOneAfterTheOther() {
        Fixture fixture = twoDataSets();
        fixture.renames.add(new RenameRule("dsname=IBMUSR.**", List.of(
                new RenameAction("dsname", "IBMUSR.**", "ABC.**"),
                new RenameAction("dsname", "ABC.SWI.*", "ABC.V2.*"))));
        assertEquals(List.of("SYS1.LINKLIB", "ABC.V2.AMACLIB"), names(fixture.plan()));
    }

    @Test
    void csiDataSetsAndZoneCsisAreRenamedToo() {
        DeploymentPlan plan = Fixture.swi().targets("LT1234").smpe("IBMUSR.SWI.CSI")
                .add(vsam("IBMUSR.SWI.CSI", 76, "RES001"))
                .rename("IBMUSR.**", "IBMUSR.**", "NEW.**").plan();
        assertEquals("NEW.SWI.CSI", plan.datasets().get(0).name());
        assertEquals("NEW.SWI.CSI", plan.globalZoneCsi());
        plan.zones().forEach(zone -> assertEquals("NEW.SWI.CSI", zone.csi()));
    }

    @Test
    void fromPatternThatMissesTheSelectedNameIsAProblemNamingTheDataSet() {
        List<Problem> errors = twoDataSets().rename("IBMUSR.**", "SYS1.**", "X.**").errors();
        assertEquals(1, errors.size());
        assertEquals("request.json", errors.get(0).source());
        assertEquals("/configuration/datasets/0/then/0/from", errors.get(0).pointer());
        assertContains(errors.get(0).rule(), "IBMUSR.SWI.AMACLIB");
    }

    @Test
    void toPatternMustKeepTheWildcards() {
        List<Problem> errors = twoDataSets().rename("**", "*.**", "NEW.**").errors();
        assertEquals("/configuration/datasets/0/then/0/to", errors.get(0).pointer());
        assertEquals("NEW.**", errors.get(0).value());
    }

    @Test
    void onlyTheDsnameCanBeChanged() {
        Fixture fixture = twoDataSets();
        fixture.renames.add(new RenameRule("dsname=**", List.of(new RenameAction("volume", "A", "B"))));
        assertEquals("/configuration/datasets/0/then/0/property", fixture.errors().get(0).pointer());
    }

    @Test
    void conditionMustNameTheDsname() {
        Fixture fixture = twoDataSets();
        fixture.renames.add(new RenameRule("volume=X", List.of(new RenameAction("dsname", "**", "A.**"))));
        assertEquals("/configuration/datasets/0/if", fixture.errors().get(0).pointer());
    }

    @Test
    void malformedPatternIsAProblemWithItsPointer() {
        List<Problem> errors = twoDataSets().rename("SYS*.**", "**", "A.**").errors();
        assertEquals("/configuration/datasets/0/if", errors.get(0).pointer());
        assertEquals("SYS*.**", errors.get(0).value());
    }

    static List<String> names(DeploymentPlan plan) {
        return plan.datasets().stream().map(TargetDataSet::name).toList();
    }

    static void assertContains(String text, String part) {
        if (!text.contains(part)) {
            throw new AssertionError("expected \"" + part + "\" in: " + text);
        }
    }
}
