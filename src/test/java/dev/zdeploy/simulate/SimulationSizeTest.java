package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * simulate models up to 100,000 data sets; one more is refused naming descriptor, count and limit. The
 * members are read when their jobs run.
 */
class SimulationSizeTest {

    @Test
    void upToTheLimitADeploymentIsSimulated() {
        assertNull(Simulator.tooManyDataSets("d.json", 1));
        assertNull(Simulator.tooManyDataSets("d.json", Simulator.MAX_DATA_SETS));
    }

    @Test
    void pastTheLimitTheMessageNamesDescriptorCountAndLimit() {
        assertEquals("in/IZUD00DF.json: the descriptor lists 100,001 data sets; simulate models at most 100,000 (the"
                + " model of the driving system grows with them: README, \"Limits\"); render, plan and lint take up"
                + " to 1,000,000", Simulator.tooManyDataSets("in/IZUD00DF.json", 100_001));
    }

    @Test
    void aDescriptorFileUpToTheBytesOfTheLimitIsReadOneByteMoreIsNot() {
        assertNull(Simulator.descriptorTooLarge("d.json", Simulator.MAX_DESCRIPTOR_BYTES));
        assertEquals("d.json: the file holds 107,374,183 bytes; simulate reads descriptors of at most 107,374,182"
                + " bytes (100,000 data sets: README, \"Limits\"); render, plan and lint read up to 1,073,741,824 bytes"
                + " (1,000,000 data sets)", Simulator.descriptorTooLarge("d.json", Simulator.MAX_DESCRIPTOR_BYTES + 1));
    }

    /** A member read from a file is read each time its job runs, not held for the whole simulation. */
    @Test
    void aMemberReadFromAFileIsReadWhenItsJobRuns() {
        int[] reads = {0};
        SimulationMember member = SimulationMember.read("IZUD03CP", () -> "//J" + ++reads[0] + " JOB\n",
                SimulationMember.Role.SUBMITTED);

        assertEquals(0, reads[0]);
        assertEquals("//J1 JOB\n", member.text());
        assertEquals("//J2 JOB\n", member.text());
    }

    /** A member the reader stopped reading is not run in part: its statement continued without end is not modelled. */
    @Test
    void aStatementContinuedWithoutEndIsNotModelledNotRunInPart() {
        Scenario scenario = Scenario.golden("minimal-v1");
        String member = "//ENDLESS  JOB (1),'X'\n//S1       EXEC PGM=IEFBR14\n//DD1      DD DSN=A.B,\n"
                + "//            UNIT=SYSDA,\n".repeat(7_000);
        SimulationReport report = new Simulator().run(scenario.inputs, scenario.plan,
                List.of(new SimulationMember("ENDLESS", member, SimulationMember.Role.SUBMITTED)), null, List.of());

        assertEquals(List.of("ENDLESS:3: not modelled: the statement begun here has more than 65536 characters of operands (is this a"
                + " member of JCL?); the member is not read further"),
                report.notModelled().stream().map(NotModelled::toString).toList());
        assertEquals(List.of(), report.jobs().get(0).steps());
    }
}
