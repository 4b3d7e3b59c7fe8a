package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.plan.TargetDataSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 major 12: a deployment of a system's own SYS1 libraries into a new master catalog, on a driving
 * system that runs from (holds allocated) the libraries of those names. ALTER cannot rename a data set to
 * such a name (DFSMSdfp Advanced Services, "Renaming a Data Set That Might be in Use"): the old jobs
 * copied to temporary names and renamed in RN, which the simulation shows failing; the jobs now copy those
 * data sets under their final names and catalog them in the new catalog (DFSMSdss COPY RECATALOG), and
 * reach the plan.
 */
class HeldNamesSimulationTest {

    private static final String SCENARIO = "sys1-datasets";

    private static JobResult job(SimulationReport report, String member) {
        return report.jobs().stream().filter(j -> j.member().equals(member)).findFirst().orElseThrow();
    }

    private static StepResult step(SimulationReport report, String member, String step) {
        return job(report, member).steps().stream().filter(s -> s.step().equals(step)).findFirst().orElseThrow();
    }

    private static boolean said(SimulationReport report, String text) {
        return report.jobs().stream().flatMap(j -> j.steps().stream()).flatMap(s -> s.messages().stream())
                .anyMatch(m -> m.contains(text));
    }

    @Test
    void theSystemsOwnLibrariesAreCopiedUnderTheirNamesNotRenamedToThem() {
        Scenario now = Scenario.golden(SCENARIO);
        SystemState start = now.initialState();
        assertTrue(start.allocated.contains("SYS1.LINKLIB"), "the minimal driving system holds its SYS1 libraries");
        SimulationReport report = now.simulate(start, List.of());
        assertTrue(report.reachedPlan(), SimulationText.of(report));
        // Copied under its own name while this system holds it (shared): SHARE gets a shared enqueue.
        assertFalse(said(report, "SYS1.LINKLIB is allocated on this system: copied without serialization"),
                SimulationText.of(report));
        assertTrue(step(report, now.member("CP"), "COPY001").changes().stream()
                .anyMatch(c -> c.startsWith("SYS1.LINKLIB copied to SYS1.LINKLIB on ")
                        && c.endsWith("cataloged in " + now.plan.masterCatalog().name())), SimulationText.of(report));
        assertFalse(now.members.get(now.member("RN")).contains("NEWNAME(SYS1."), "RN renames nothing to a SYS1 name");
        assertTrue(now.plan.finalNamesPossiblyAllocated().isEmpty(), now.plan.finalNamesPossiblyAllocated().toString());
    }

    @Test
    void theOldRenameToANameTheSystemHoldsIsRefused() {
        Scenario old = Scenario.golden(SCENARIO).old("CP", "major12-old/" + SCENARIO + "/IZUD03CP")
                .old("RN", "major12-old/" + SCENARIO + "/IZUD04RN");
        SimulationReport before = old.simulate();
        assertFalse(before.reachedPlan(), SimulationText.of(before));
        assertEquals(16, job(before, old.member("RN")).maxRc(), SimulationText.of(before));
        assertTrue(said(before, "RENAME of Z31NEW.SYS1.NUCLEUS to SYS1.NUCLEUS failed: SYS1.NUCLEUS is allocated"),
                SimulationText.of(before));
        assertTrue(before.differences().stream().anyMatch(d -> d.subject().equals("SYS1.NUCLEUS")
                && d.message().startsWith("not cataloged")), SimulationText.of(before));
    }

    /**
     * The command's SHARE: without it DFSMSdss asks for an exclusive enqueue, which fails for a library
     * the system holds; TOLERATE(ENQFAILURE) alone copies it with no enqueue at all, neither stops it.
     */
    @Test
    void aHeldLibraryIsCopiedUnderASharedEnqueueNotWithoutOne() {
        Scenario tolerating = Scenario.golden(SCENARIO).edit("CP", jcl -> jcl.replaceFirst(
                "SHARE( -\n  )? TOLERATE\\(ENQFAILURE\\)", "TOLERATE(ENQFAILURE)"));
        SimulationReport unserialized = tolerating.simulate();
        assertTrue(said(unserialized, "SYS1.LINKLIB is allocated on this system: copied without serialization"),
                SimulationText.of(unserialized));

        Scenario neither = Scenario.golden(SCENARIO).edit("CP", jcl -> jcl.replaceFirst(
                "SHARE( -\n  )? TOLERATE\\(ENQFAILURE\\)", ""));
        SimulationReport report = neither.simulate();
        assertEquals(8, step(report, neither.member("CP"), "COPY001").rc(), SimulationText.of(report));
        assertTrue(said(report, "ADR412E SYS1.LINKLIB FAILED SERIALIZATION: this system has it allocated"),
                SimulationText.of(report));
    }

    /**
     * The copy of a data set under its final name is checked in the new catalog: by its name alone LISTCAT
     * finds this system's own data set, so a VERIFY without CATALOG(newcat) would not see a copy missing.
     */
    @Test
    void aMissingCopyUnderItsFinalNameEndsTheCopyJobWithTwelve() {
        Scenario scenario = Scenario.golden(SCENARIO);
        TargetDataSet linklib = scenario.plan.datasets().stream().filter(ds -> ds.name().equals("SYS1.LINKLIB"))
                .findFirst().orElseThrow();
        assertTrue(linklib.copiedUnderFinalName());
        // The unit of COPY001 that copies SYS1.LINKLIB fails.
        SimulationReport report = null;
        for (int unit = 1; unit < 40 && report == null; unit++) {
            SimulationReport r = scenario.simulate(null, List.of(new Fault(scenario.member("CP"), "COPY001", null, unit)));
            if (step(r, scenario.member("CP"), "COPY001").changes().stream()
                    .noneMatch(c -> c.startsWith("SYS1.LINKLIB copied"))) {
                report = r;
            }
        }
        assertTrue(report != null, "no unit of COPY001 copies SYS1.LINKLIB");
        // COPY001 ends with 8 and the job stops there; VERIFY (its lines for SYS1.LINKLIB) run on that state.
        SimulationReport checked = verifyLinklib(scenario, report.finalState(), " CATALOG(" + linklib.catalog() + ")");
        assertEquals(12, step(checked, scenario.member("CP"), "VERIFY").rc(), SimulationText.of(checked));
        // The same LISTCAT naming no catalog finds this system's own SYS1.LINKLIB and misses the gap.
        SimulationReport missed = verifyLinklib(scenario, report.finalState(), "");
        assertEquals(0, step(missed, scenario.member("CP"), "VERIFY").rc(), SimulationText.of(missed));
    }

    private static SimulationReport verifyLinklib(Scenario scenario, SystemState state, String catalog) {
        String cp = scenario.members.get(scenario.member("CP"));
        String verify = cp.substring(cp.indexOf("//VERIFY "));
        String member = cp.substring(0, cp.indexOf("//DEFCAT ")) + verify.substring(0, verify.indexOf("//SYSIN    DD *\n"))
                + "//SYSIN    DD *\n LISTCAT ENTRIES(SYS1.LINKLIB) VOLUME" + catalog + "\n IF LASTCC = 0 THEN SET LASTCC = 0\n"
                + " ELSE SET MAXCC = 12\n/*\n";
        SimulationMember job = new SimulationMember(scenario.member("CP"), member, SimulationMember.Role.SUBMITTED);
        return new Simulator().run(scenario.inputs, scenario.plan, List.of(job), state, List.of());
    }
}
