package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10 minor: UCLIN REP semantics are not in the IBM text retrieved (docs/manual-syntax.md 3.4, 9), so
 * UC writes statements that give the same DDDEF entries whether REP keeps the subentries it does not
 * name (the simulator's default reading) or replaces the whole entry (SystemState.repReplacesEntry).
 */
class UclinRepReadingsSimulationTest {

    /** Scenarios with each kind of DDDEF update: REP with volume, DEL+ADD (SMS, existing catalog), PATH, renamed zones. */
    static Stream<String> scenarios() {
        return Stream.of("csi-per-zone", "indirect-catalog", "sms-managed", "existing-catalog-renames",
                "pswi-v9-zfs-moved-mountpoint", "zone-renames-inventory");
    }

    private static SimulationReport underWholeEntryReading(Scenario scenario) {
        SystemState start = scenario.initialState();
        start.repReplacesEntry = true;
        return scenario.simulate(start, List.of());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyGoldenScenarioReachesItsPlanWhenRepReplacesTheWholeEntry(String name) {
        SimulationReport report = underWholeEntryReading(Scenario.golden(name));
        assertTrue(report.reachedPlan(), SimulationText.of(report));
    }

    @Test
    void theOldRepWithoutTheStatusLostTheLogsModUnderTheWholeEntryReading() {
        String now = " REP DDDEF(SMPLOG) DATASET(MQM.V930.GLOBAL.SMPLOG) VOLUME(MQ9311)\n   UNIT(3390) MOD.";
        String old = " REP DDDEF(SMPLOG) DATASET(MQM.V930.GLOBAL.SMPLOG) VOLUME(MQ9311)\n   UNIT(3390).";
        assertTrue(Scenario.golden("csi-per-zone").simulate().reachedPlan());
        SimulationReport keeping = Scenario.golden("csi-per-zone").edit("UC", jcl -> jcl.replace(now, old)).simulate();
        assertTrue(keeping.reachedPlan(), SimulationText.of(keeping));
        SimulationReport replacing = underWholeEntryReading(
                Scenario.golden("csi-per-zone").edit("UC", jcl -> jcl.replace(now, old)));
        assertFalse(replacing.reachedPlan(), SimulationText.of(replacing));
        assertTrue(replacing.differences().stream().anyMatch(d -> d.subject().equals("DDDEF SMPLOG of zone GLOBAL")
                && d.message().contains("STATUS=MOD")), SimulationText.of(replacing));
    }
}
