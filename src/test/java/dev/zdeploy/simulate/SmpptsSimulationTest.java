package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 10 minor: UC and SMPPTS. The zone update job names the target's SMPPTS by a DD statement in
 * every SMP/E step, as z/OSMF's does; without it (the old job) SMP/E would allocate SMPPTS through the
 * copied global zone's DDDEF, which names the source's SMPPTS until step DDDEFS.
 */
class SmpptsSimulationTest {

    @Test
    void everySmpeStepAllocatesTheTargetsSmppts() {
        Scenario now = Scenario.golden("seed-swi-new-mcat");
        assertTrue(now.members.get(now.member("UC")).contains("//SMPPTS   DD DISP=SHR,DSN=ZOS24.IBMUSR.SWI.SMPPTS"));
        SimulationReport report = now.simulate();
        assertTrue(report.reachedPlan(), SimulationText.of(report));
    }

    @Test
    void theOldZoneUpdateReachedTheSourcesSmppts() {
        Scenario old = Scenario.golden("seed-swi-new-mcat")
                .edit("UC", jcl -> jcl.replace("//SMPPTS   DD DISP=SHR,DSN=ZOS24.IBMUSR.SWI.SMPPTS\n", ""));
        SimulationReport before = old.simulate();
        assertFalse(before.reachedPlan(), SimulationText.of(before));
        assertTrue(before.differences().stream().anyMatch(d -> d.subject().contains("step ZINDEX")
                && d.message().contains("allocates SMPPTS IBMUSR.SWI.SMPPTS (the global zone's DDDEF SMPPTS), data that"
                        + " existed before the deployment")), SimulationText.of(before));
    }
}
