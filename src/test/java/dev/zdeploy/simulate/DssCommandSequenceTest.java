package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** DFSMSdss's IF/SET command sequence and the NORUN DUMP's return code, on small jobs of their own. */
class DssCommandSequenceTest {

    private static StepResult run(String sysin) {
        Scenario scenario = Scenario.golden("minimal-v1");
        String volume = scenario.plan.chosenTargetVolumes().get(0);
        String member = "//T        JOB (1),'T',CLASS=A\n//S        EXEC PGM=ADRDSSU,PARM='TYPRUN=NORUN'\n"
                + "//SYSPRINT DD SYSOUT=*\n//OUT      DD DUMMY\n//SYSIN    DD *\n" + sysin.replace("VOL", volume) + "/*\n";
        SimulationReport report = new Simulator().run(scenario.inputs, scenario.plan,
                List.of(new SimulationMember("M", member, SimulationMember.Role.SUBMITTED)), null, List.of());
        assertEquals(List.of(), report.notModelled(), SimulationText.of(report));
        return report.jobs().get(0).steps().get(0);
    }

    @Test
    void aNameNotSelectedIsAWarningAndTheIfTestsTheLastFunctionCommand() {
        StepResult step = run(" DUMP DATASET(INCLUDE(NO.SUCH.NAME)) LOGINDYNAM((VOL)) OUTDDNAME(OUT)\n"
                + " IF LASTCC = 0 THEN SET MAXCC=12\n");
        assertEquals(4, step.rc(), step.messages().toString());
        assertTrue(step.messages().contains("ADR383W DATA SET NO.SUCH.NAME NOT SELECTED"), step.messages().toString());
        assertFalse(step.messages().contains("DFSMSdss MAXCC set to 12"));
    }

    @Test
    void setMaxccReplacesTheMaximumAndLastccBeforeAnyFunctionCommandEndsTheStream() {
        assertEquals(0, run(" DUMP DATASET(INCLUDE(NO.SUCH.NAME)) LOGINDYNAM((VOL)) OUTDDNAME(OUT)\n"
                + " IF MAXCC = 4 THEN SET MAXCC=0\n").rc(), "SET MAXCC may lower it: the final MAXCC is the step's");
        StepResult early = run(" IF LASTCC = 0 THEN SET MAXCC=12\n"
                + " DUMP DATASET(INCLUDE(NO.SUCH.NAME)) LOGINDYNAM((VOL)) OUTDDNAME(OUT)\n");
        assertEquals(12, early.rc());
        assertFalse(early.messages().stream().anyMatch(m -> m.startsWith("ADR383W")), "the rest of the stream is ignored");
    }
}
