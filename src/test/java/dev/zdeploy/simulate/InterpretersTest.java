package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The JCL interpreter and the utilities the golden scenarios use little, on small jobs of their own. */
class InterpretersTest {

    private static final String JOB = "//T        JOB (1),'T',CLASS=A\n";

    private static SimulationReport run(Scenario scenario, SystemState state, String... members) {
        List<SimulationMember> list = new java.util.ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            list.add(new SimulationMember("M" + i, members[i], SimulationMember.Role.SUBMITTED));
        }
        return new Simulator().run(scenario.inputs, scenario.plan, list, state, List.of());
    }

    private static List<StepResult> steps(SimulationReport report) {
        return report.jobs().stream().flatMap(j -> j.steps().stream()).toList();
    }

    @Test
    void condEvenOnlyAndBypassedStepsFollowTheJclReference() {
        Scenario scenario = Scenario.golden("minimal-v1");
        String idcams = "//SYSPRINT DD SYSOUT=*\n//SYSIN    DD *\n LISTCAT ENTRIES(NO.SUCH.NAME)\n/*\n";
        SimulationReport report = run(scenario, null, JOB
                + "//A        EXEC PGM=IDCAMS\n" + idcams
                + "//B        EXEC PGM=IDCAMS,COND=(4,LE)\n" + idcams
                + "//C        EXEC PGM=IDCAMS,COND=((0,NE,B),EVEN)\n" + idcams
                + "//D        EXEC PGM=IDCAMS,COND=ONLY\n" + idcams
                + "// IF (A.RC = 4 & C.RUN) THEN\n"
                + "//E        EXEC PGM=IDCAMS\n" + idcams
                + "// ELSE\n"
                + "//F        EXEC PGM=IDCAMS\n" + idcams
                + "// ENDIF\n");
        List<StepResult> steps = steps(report);
        assertEquals(List.of(4), List.of(steps.get(0).rc()), SimulationText.of(report));
        assertEquals(StepResult.Status.BYPASSED, steps.get(1).status());
        // A test naming a bypassed step is false: C runs.
        assertEquals(Integer.valueOf(4), steps.get(2).rc(), SimulationText.of(report));
        assertEquals(StepResult.Status.BYPASSED, steps.get(3).status());
        assertEquals(Integer.valueOf(4), steps.get(4).rc(), SimulationText.of(report));
        assertEquals(StepResult.Status.BYPASSED, steps.get(5).status());
        assertEquals(List.of(), report.notModelled());
    }

    @Test
    void theRcOfAStepThatDidNotRunTestsFalseAndAnIfMayContinueOnTheNextRecord() {
        // JCL Reference, "Relational-expression": "If the step did not execute, the evaluation of the
        // relational-expression is false"; Example 7: in IF STEP1.RC=0 | ¬STEP1.RUN THEN, "STEP1.RC=0 tests
        // false because STEP1 did not execute" and "¬STEP1.RUN tests true" (manual-syntax 7.8).
        String idcams = LISTCAT_NOT_FOUND;
        SimulationReport report = withStepBBypassed(""
                + "// IF B.RC = 0 THEN\n"
                + "//C        EXEC PGM=IDCAMS\n" + idcams
                + "// ENDIF\n"
                + "// IF (B.RC = 0 | ¬B.RUN) THEN\n"
                + "//D        EXEC PGM=IDCAMS\n" + idcams
                + "// ENDIF\n"
                + "// IF (A.RC = 4 &\n"
                + "//     ¬B.RUN) THEN\n"
                + "//E        EXEC PGM=IDCAMS\n" + idcams
                + "// ENDIF\n");
        List<StepResult> steps = steps(report);
        assertEquals(StepResult.Status.BYPASSED, steps.get(1).status(), SimulationText.of(report));
        assertEquals(StepResult.Status.BYPASSED, steps.get(2).status(), "B.RC = 0 is false: " + SimulationText.of(report));
        assertEquals(Integer.valueOf(4), steps.get(3).rc(), "¬B.RUN is true: " + SimulationText.of(report));
        assertEquals(Integer.valueOf(4), steps.get(4).rc(), "the IF continued: " + SimulationText.of(report));
        assertEquals(List.of(), report.notModelled());
    }

    @Test
    void notOverTheRcOfAStepThatDidNotRunIsReportedNotGuessed() {
        SimulationReport report = withStepBBypassed("// IF ¬(B.RC = 0) THEN\n"
                + "//C        EXEC PGM=IDCAMS\n" + LISTCAT_NOT_FOUND
                + "// ENDIF\n");
        assertEquals(1, report.notModelled().size(), SimulationText.of(report));
        assertTrue(report.notModelled().get(0).toString().contains("which did not run"), report.notModelled().toString());
    }

    @Test
    void ikjeft01GoesOnAndEndsWithTheLastReturnCodeIkjeft1aStopsAtTheFirstThatIsNotZero() {
        // TSO/E User's Guide, "EXEC Statement"; TSO/E Customization, "Writing JCL for command execution"
        // (manual-syntax 6): a MOUNT that fails (12), then a RACF command (0).
        String systsin = "//SYSTSPRT DD SYSOUT=*\n//SYSTSIN  DD *\n"
                + " MOUNT FILESYSTEM('NO.SUCH.ZFS') MOUNTPOINT('/no/such/dir') TYPE(ZFS)\n"
                + " ADDGROUP ZDTEST\n/*\n";
        SimulationReport report = run(Scenario.golden("minimal-v1"), null, JOB
                + "//ONE      EXEC PGM=IKJEFT01\n" + systsin
                + "//ONEA     EXEC PGM=IKJEFT1A,COND=EVEN\n" + systsin
                + "//ONEB     EXEC PGM=IKJEFT1B,COND=EVEN\n" + systsin);
        List<StepResult> steps = steps(report);
        assertEquals(Integer.valueOf(0), steps.get(0).rc(), "the last command's: " + SimulationText.of(report));
        assertTrue(steps.get(0).changes().stream().anyMatch(c -> c.contains("ADDGROUP ZDTEST")), steps.get(0).toString());
        assertEquals(Integer.valueOf(12), steps.get(1).rc(), "the first that is not 0: " + SimulationText.of(report));
        assertTrue(steps.get(1).changes().stream().noneMatch(c -> c.contains("ADDGROUP")), steps.get(1).toString());
        assertEquals(1, report.notModelled().size(), "IKJEFT1B after a failure: " + SimulationText.of(report));
        assertTrue(report.notModelled().get(0).toString().contains("IKJEFT1B after a command that ended with return code 12"),
                report.notModelled().toString());
    }

    private static final String LISTCAT_NOT_FOUND =
            "//SYSPRINT DD SYSOUT=*\n//SYSIN    DD *\n LISTCAT ENTRIES(NO.SUCH.NAME)\n/*\n";

    /** Step A ends with 4 and step B, COND=(4,LE), is bypassed; then {@code rest}. */
    private static SimulationReport withStepBBypassed(String rest) {
        return run(Scenario.golden("minimal-v1"), null, JOB
                + "//A        EXEC PGM=IDCAMS\n" + LISTCAT_NOT_FOUND
                + "//B        EXEC PGM=IDCAMS,COND=(4,LE)\n" + LISTCAT_NOT_FOUND + rest);
    }

    @Test
    void restartSkipsTheStepsBeforeAndIgnoresTheirCondTests() {
        Scenario scenario = Scenario.golden("minimal-v1");
        String idcams = "//SYSPRINT DD SYSOUT=*\n//SYSIN    DD *\n LISTCAT ENTRIES(NO.SUCH.NAME)\n/*\n";
        SimulationReport report = run(scenario, null, "//T        JOB (1),'T',RESTART=B\n"
                + "//A        EXEC PGM=IDCAMS\n" + idcams
                + "//B        EXEC PGM=IDCAMS,COND=(0,LE)\n" + idcams
                + "//C        EXEC PGM=IDCAMS,COND=(4,LT,A)\n" + idcams);
        List<StepResult> steps = steps(report);
        assertEquals(StepResult.Status.NOT_RUN, steps.get(0).status());
        assertEquals(Integer.valueOf(4), steps.get(1).rc(), "the restart step's COND is false");
        assertEquals(Integer.valueOf(4), steps.get(2).rc(), "a test of a step before the restart is ignored");
    }

    @Test
    void aDataSetThatCannotBeFoundIsAJclErrorThatEndsTheJob() {
        Scenario scenario = Scenario.golden("minimal-v1");
        SimulationReport report = run(scenario, null, JOB + "//A        EXEC PGM=IDCAMS\n//SYSPRINT DD SYSOUT=*\n"
                + "//IN       DD DISP=SHR,DSN=NO.SUCH.DATA\n//SYSIN    DD *\n LISTCAT\n/*\n"
                + "//B        EXEC PGM=IDCAMS,COND=EVEN\n//SYSPRINT DD SYSOUT=*\n//SYSIN    DD *\n LISTCAT\n/*\n");
        List<StepResult> steps = steps(report);
        assertEquals(StepResult.Status.FAILED_ALLOCATION, steps.get(0).status());
        assertTrue(steps.get(0).messages().get(0).contains("DATA SET NOT FOUND"));
        assertEquals(StepResult.Status.NOT_RUN, steps.get(1).status());
    }

    @Test
    void whatIsNotModelledIsReportedWithMemberAndLine() {
        Scenario scenario = Scenario.golden("minimal-v1");
        SimulationReport report = run(scenario, null, JOB + "//A        EXEC PGM=IEFBR14\n");
        assertEquals(List.of(new NotModelled("M0", 2, "program IEFBR14")), report.notModelled());
        assertTrue(!report.complete());
        report = run(scenario, null,
                JOB + "//B        EXEC PGM=IDCAMS\n//SYSPRINT DD SYSOUT=*\n//SYSIN    DD *\n REPRO IDS(A) ODS(B)\n/*\n");
        assertEquals(List.of(new NotModelled("M0", 5, "IDCAMS command REPRO")), report.notModelled());
    }

    @Test
    void tsoMountUnmountAndRacfCommands() {
        Scenario scenario = Scenario.golden("minimal-v1");
        SystemState state = scenario.initialState();
        String define = JOB + "//DEF      EXEC PGM=IDCAMS\n//SYSPRINT DD SYSOUT=*\n//SYSIN    DD *\n"
                + " DEF CL(NAME(SYSPROG.TEST.ZFS) LIN TRK(100 10) VOL(SYT002))\n/*\n"
                + "//FMT      EXEC PGM=IOEAGFMT,PARM='-aggregate SYSPROG.TEST.ZFS -compat'\n"
                + "//SH       EXEC PGM=BPXBATCH\n//STDPARM  DD *\nSH set -o errexit;mkdir -p /u/test/mnt\n/*\n"
                + "//TSO      EXEC PGM=IKJEFT1A\n//SYSTSPRT DD SYSOUT=*\n//SYSTSIN  DD *\n"
                + "MOUNT FILESYSTEM('SYSPROG.TEST.ZFS') MOUNTPOINT('/u/test/mnt') +\n  TYPE(ZFS) MODE(RDWR)\n"
                + "PERMIT 'SYSPROG.**' ID(IBMUSER) ACCESS(ALTER)\n/*\n";
        SimulationReport report = run(scenario, state, define);
        assertEquals(List.of(0, 0, 0, 0), steps(report).stream().map(StepResult::rc).toList(), SimulationText.of(report));
        assertEquals("SYSPROG.TEST.ZFS", report.finalState().unix.mounts.get("/u/test/mnt"));
        assertEquals(List.of("PERMIT 'SYSPROG.**' ID(IBMUSER) ACCESS(ALTER)"), report.finalState().racfCommands);
        SimulationReport second = run(scenario, report.finalState(), JOB
                + "//TSO      EXEC PGM=IKJEFT01\n//SYSTSPRT DD SYSOUT=*\n//SYSTSIN  DD *\n"
                + "UNMOUNT FILESYSTEM('SYSPROG.TEST.ZFS') NORMAL\nUNMOUNT FILESYSTEM('SYSPROG.TEST.ZFS')\n/*\n"
                + "//SH       EXEC PGM=BPXBATCH,COND=EVEN\n//STDPARM  DD *\nSH set -o errexit;\n"
                + "/usr/sbin/unmount -f SYSPROG.TEST.ZFS;mkdir /u/test/mnt2\n/*\n");
        assertEquals(List.of(12, 1), steps(second).stream().map(StepResult::rc).toList(), SimulationText.of(second));
        assertTrue(second.finalState().unix.mounts.isEmpty());
        assertTrue(!second.finalState().unix.directories.contains("/u/test/mnt2"), "errexit stops the shell");
    }

    @Test
    void theIebupdteDeckLoadsTheMembers() {
        Scenario scenario = Scenario.golden("minimal-v1");
        SystemState state = scenario.initialState();
        String jcl = scenario.plan.jcldataset();
        assertNotNull(jcl, "minimal-v1 names a jcldataset");
        DataSetBody pds = state.newBody("NONVSAM", "existing:" + jcl);
        state.volumes.get(DrivingSystem.IPL_VOLUME).vtoc.put(jcl, new VtocEntry(jcl, pds.id, 15));
        CatalogEntry entry = new CatalogEntry(CatalogEntry.NONVSAM);
        entry.volumes.add(DrivingSystem.IPL_VOLUME);
        entry.deviceTypes.add("3390");
        new Catalogs(state).defineCatalog(jcl).entries.put(jcl, entry);
        String deck = dev.zdeploy.ZDeploy.create().deck(scenario.deployment).replace("&SYSUID", "SYSPROG");
        SimulationReport report = new Simulator().run(scenario.inputs, scenario.plan,
                List.of(new SimulationMember("DECK", deck, SimulationMember.Role.SUBMITTED)), state, List.of());
        assertEquals(List.of(), report.notModelled(), SimulationText.of(report));
        assertEquals(0, report.jobs().get(0).maxRc(), SimulationText.of(report));
        assertEquals(scenario.members.keySet(), report.finalState().bodies.get(pds.id).members.keySet());
    }

    @Test
    void theStateJsonReadsBackTheSame() {
        SimulationReport report = Scenario.golden("seed-swi-new-mcat").simulate();
        String json = StateJson.write(report.finalState());
        assertEquals(json, StateJson.write(StateJson.read(json)));
        assertTrue(json.contains("\"CATALOG.ZOS24.MCAT\""), json.substring(0, 400));
    }
}
