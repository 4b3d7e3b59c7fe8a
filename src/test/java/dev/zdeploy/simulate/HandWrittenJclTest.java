package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clone JCL written by hand in the usual style (abbreviated IDCAMS and DFSMSdss keywords, {@code +}
 * continuations inside a name, comments between operands, DO-END, a JCL IF) runs without a statement
 * not modelled and reaches the plan of the minimal-v1 scenario it clones.
 */
class HandWrittenJclTest {

    private static final Path MEMBERS = GoldenSimulationTest.project().resolve("src/test/resources/simulate/hand-written");

    private static SimulationMember member(String name, SimulationMember.Role role) throws IOException {
        return new SimulationMember(name, Files.readString(MEMBERS.resolve(name), StandardCharsets.ISO_8859_1), role);
    }

    @Test
    void handWrittenCloneJobsReachThePlan() throws IOException {
        Scenario scenario = Scenario.golden("minimal-v1");
        List<SimulationMember> members = List.of(member("CLONE1", SimulationMember.Role.SUBMITTED),
                member("CLONE2", SimulationMember.Role.SUBMITTED), member("CLONE3", SimulationMember.Role.CLEANUP));
        SimulationReport report = new Simulator().run(scenario.inputs, scenario.plan, members, null, List.of());
        assertEquals(List.of(), report.notModelled(), SimulationText.of(report));
        assertEquals(List.of(), report.differences(), SimulationText.of(report));
        assertEquals(List.of(0, 0, 0), report.jobs().stream().map(JobResult::maxRc).toList(), SimulationText.of(report));
        assertTrue(SimulationText.of(report).contains("SYSP.TOOLS.LOAD copied to SYTTMP.SYSP.TOOLS.LOAD on SYT002"),
                SimulationText.of(report));
    }

    @Test
    void aMissingContinuationMarkEndsTheCommandAsIdcamsDoes() throws IOException {
        Scenario scenario = Scenario.golden("minimal-v1");
        String broken = Files.readString(MEMBERS.resolve("CLONE1"), StandardCharsets.ISO_8859_1)
                .replace("ICFCAT                  /* a BCS */ -", "ICFCAT                  /* a BCS */");
        List<SimulationMember> members = List.of(new SimulationMember("CLONE1", broken, SimulationMember.Role.SUBMITTED));
        SimulationReport report = new Simulator().run(scenario.inputs, scenario.plan, members, null, List.of());
        StepResult defcat = report.jobs().get(0).steps().get(0);
        assertEquals(12, defcat.rc(), SimulationText.of(report));
        assertEquals(StepResult.Status.BYPASSED, report.jobs().get(0).steps().get(1).status(), SimulationText.of(report));
    }
}
