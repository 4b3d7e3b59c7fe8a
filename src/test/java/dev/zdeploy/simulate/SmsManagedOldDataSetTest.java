package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zdeploy.input.InputReader;
import dev.zdeploy.plan.TargetDataSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, major 11, SMS-managed targets: SMS picks their volumes, so no VTOC can be named; an
 * SMS-managed data set is always cataloged, so with a new master catalog the pre-flight job looks for
 * the final names of SMS-managed targets that are new on this system in its catalogs. The golden
 * sms-managed scenario with one SMS-managed library renamed: an SMS data set of that final name already
 * cataloged here ends the pre-flight job's CATALOG step with 12, before anything is copied.
 */
class SmsManagedOldDataSetTest {

    private static Scenario renamed() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Path dir = GoldenSimulationTest.project().resolve("golden").resolve("sms-managed");
        var request = (ObjectNode) mapper.readTree(dir.resolve("request.json").toFile());
        request.putObject("configuration").putArray("datasets").addObject().put("if", "dsname=MQM.V930.SCSQAUTH")
                .putArray("then").addObject().put("property", "dsname").put("from", "MQM.V930.SCSQAUTH")
                .put("to", "MQM.V931.SCSQAUTH");
        return Scenario.of(InputReader.read("descriptor.json",
                java.nio.file.Files.readString(dir.resolve("descriptor.json")), "request.json",
                mapper.writeValueAsString(request)));
    }

    private static StepResult catalogStep(SimulationReport report, Scenario scenario) {
        return report.jobs().stream().filter(j -> j.member().equals(scenario.member("PF"))).findFirst().orElseThrow()
                .steps().stream().filter(s -> s.step().equals("CATALOG")).findFirst().orElseThrow();
    }

    @Test
    void aNewSmsManagedFinalNameIsLookedForInTheCatalogsAndTheDeploymentReachesItsPlanWhenItIsFree() throws IOException {
        Scenario scenario = renamed();
        TargetDataSet target = scenario.plan.datasets().stream().filter(ds -> ds.name().equals("MQM.V931.SCSQAUTH"))
                .findFirst().orElseThrow();
        assertTrue(target.isSmsManaged());
        assertEquals(List.of("MQM.V931.SCSQAUTH"), scenario.plan.smsManagedFinalNamesToCheck());
        SimulationReport report = scenario.simulate();
        assertTrue(report.reachedPlan(), SimulationText.of(report));
        assertEquals(4, catalogStep(report, scenario).rc());
    }

    private static SystemState withOld(Scenario scenario) {
        SystemState start = scenario.initialState();
        DataSetBody old = start.newBody("NONVSAM", "existing:old release");
        CatalogEntry entry = new CatalogEntry();
        entry.type = CatalogEntry.NONVSAM;
        entry.volumes.add(DrivingSystem.SMS_VOLUME);
        entry.deviceTypes.add("3390");
        entry.body = old.id;
        entry.sms = true;
        start.master().entries.put("MQM.V931.SCSQAUTH", entry);
        start.volumes.get(DrivingSystem.SMS_VOLUME).vtoc.put("MQM.V931.SCSQAUTH",
                new VtocEntry("MQM.V931.SCSQAUTH", old.id, 15));
        return start;
    }

    @Test
    void anSmsManagedDataSetAlreadyCatalogedUnderTheFinalNameStopsThePreFlightJob() throws IOException {
        Scenario scenario = renamed();
        SimulationReport report = scenario.simulate(withOld(scenario), List.of());
        assertEquals(12, catalogStep(report, scenario).rc(), SimulationText.of(report));
        assertTrue(report.jobs().stream().noneMatch(j -> j.member().equals(scenario.member("CP"))),
                "nothing is copied: " + report.skipped());
    }

    @Test
    void withoutTheCatalogCheckTheCopyLandsBesideItAndTheRenameFails() throws IOException {
        Scenario scenario = renamed();
        scenario.edit("PF", jcl -> jcl.replace(" LISTCAT ENTRIES(MQM.V931.SCSQAUTH)\n IF LASTCC = 0 THEN SET LASTCC = 12\n", ""));
        SimulationReport before = scenario.simulate(withOld(scenario), List.of());
        assertTrue(before.jobs().stream().anyMatch(j -> j.member().equals(scenario.member("CP"))), "the copy ran");
        assertTrue(before.jobs().stream().flatMap(j -> j.steps().stream()).flatMap(s -> s.messages().stream())
                .anyMatch(m -> m.contains("already holds MQM.V931.SCSQAUTH")), SimulationText.of(before));
    }
}
