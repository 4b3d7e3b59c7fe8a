package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.pds;
import static dev.zdeploy.plan.Fixture.vsam;
import static dev.zdeploy.plan.RenameRulesTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.zdeploy.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanReportTest {

    private static DeploymentPlan plan() {
        return Fixture.swi().targets("T1", "T2", "T3").smpe("A.CSI")
                .add(vsam("A.CSI", 76, "S1"))
                .add(pds("A.BIG", 900, "S1", "S2"))
                .add(pds("A.LIB", 15, "S2"))
                .rename("A.**", "A.**", "B.**")
                .inventory(i -> i.volume("T1", 1_000).volume("T2", 2_000).volume("T3", 2_000))
                .plan();
    }

    @Test
    void listsEachTargetVolumeWithItsDataSetsTracksAndPercent() {
        String text = PlanReport.text(plan());
        assertContains(text, "Target volume T1: 2 data sets, 526 of 1,000 tracks (52%)\n");
        assertContains(text, "Target volume T2: 2 data sets, 465 of 2,000 tracks (23%)\n");
        assertContains(text, "Target volume T3: 0 data sets, 0 of 2,000 tracks (0%)\n");
        assertContains(text, "         76  VSAM  B.CSI");
        assertContains(text, "        450  PDS   B.BIG                                         part 1 of 2; "
                + "from A.BIG;\n                   temporary ZOS24.B.BIG\n");
        assertContains(text, "  S1 -> T1\n");
    }

    @Test
    void endsWithProblemsWarningsAndChecksNotMade() {
        DeploymentPlan plan = Fixture.swi().targets("T1").add(pds("A.LIB", 200_000, "S1")).plan();
        String text = PlanReport.text(plan);
        int problems = text.indexOf("Problems: none");
        int warnings = text.indexOf("Warnings (1)");
        int checks = text.indexOf("Checks not made");
        assertEquals(true, problems > text.indexOf("Target volume T1") && warnings > problems && checks > warnings,
                text);
        assertContains(text, "capacity assumed (3390-9)");
    }

    @Test
    void hasNoTrailingBlanks() {
        for (String line : PlanReport.text(plan()).split("\n")) {
            assertFalse(line.endsWith(" "), line);
        }
    }

    @Test
    void problemsAreListedOnePerLine() {
        String text = PlanReport.problems(List.of(
                Problem.error("request.json", "/targetvolumes", "too few", "1"),
                Problem.error("plan", "/tgtswidatasets/0/dsname", "too long", "X")));
        assertEquals("Problems (2)\n  request.json /targetvolumes: too few (got \"1\")\n"
                + "  plan /tgtswidatasets/0/dsname: too long (got \"X\")\n", text);
    }
}
