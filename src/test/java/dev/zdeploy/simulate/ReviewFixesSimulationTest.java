package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zdeploy.input.InputReader;
import dev.zdeploy.plan.PlanBuilder;
import dev.zdeploy.plan.TargetDataSet;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 findings fixed in the copy, unzip and zFS jobs (fidA): each test runs the job as the
 * template writes it now, which reaches the plan or stops where it must, and the job as the old
 * template wrote it (edited back into the rendered member), which the simulation shows failing.
 */
class ReviewFixesSimulationTest {

    private static JobResult job(SimulationReport report, String member) {
        return report.jobs().stream().filter(j -> j.member().equals(member)).findFirst().orElseThrow();
    }

    private static boolean said(SimulationReport report, String text) {
        return report.jobs().stream().flatMap(j -> j.steps().stream()).flatMap(s -> s.messages().stream())
                .anyMatch(m -> m.contains(text));
    }

    /** Blocker 1: the work zFS over 4 GB, sized as the old template sized it (twice the largest, no data class). */
    @Test
    void aWorkZfsOverFourGigabytesIsDefinedWithItsDataClassNotAsBefore() {
        SimulationReport now = Scenario.golden("zfs-over-4gb").simulate();
        assertTrue(now.reachedPlan(), SimulationText.of(now));

        Scenario old = Scenario.golden("zfs-over-4gb").edit("UZ", jcl -> jcl.replace(
                "CYLINDERS(7686 -\n   3843) STORAGECLASS(SCWORK) DATACLASS(DCEXTEA) -\n   MANAGEMENTCLASS(MCNOMIG) SHAREOPTIONS(3))",
                "CYLINDERS(13334 -\n   6667) SHAREOPTIONS(3))"));
        SimulationReport before = old.simulate();
        assertFalse(before.reachedPlan(), SimulationText.of(before));
        assertTrue(said(before, "over 4 GB"), SimulationText.of(before));
    }

    /**
     * DFSMSdss COPY "TOLERATE" (manual-syntax 2.2): a VSAM extended-format data set gets a command of its own
     * without TOLERATE(ENQFAILURE), and the deployment still reaches its plan. (The model does not carry
     * the format, so the refusal of the old command is not simulated: CpTemplateTest checks the command.)
     */
    @Test
    void aVsamExtendedFormatDataSetCopiedByACommandOfItsOwnStillReachesThePlan() {
        String example = InputReader.exampleText(InputReader.EXAMPLE_DESCRIPTOR);
        int flag = example.indexOf("\"isextendedformat\": false", example.indexOf("\"dsname\": \"XYZTM.ZFS\""));
        String descriptor = example.substring(0, flag) + "\"isextendedformat\": true"
                + example.substring(flag + "\"isextendedformat\": false".length());
        Scenario scenario = Scenario.of(InputReader.read("descriptor.json", descriptor, "request.json",
                InputReader.exampleText(InputReader.EXAMPLE_REQUEST)));

        SimulationReport report = scenario.simulate();

        assertTrue(report.reachedPlan(), SimulationText.of(report));
        String cp = scenario.members.get(scenario.member("CP"));
        int command = cp.indexOf("INCLUDE(XYZTM.ZFS))");
        assertTrue(command > 0, cp);
        assertFalse(cp.substring(command, cp.indexOf("\n/*", command)).contains("TOLERATE"), cp);
    }

    /** Blocker 1: a file system over 4 GB that ZF defines without the data class, as the old template did. */
    @Test
    void aFileSystemOverFourGigabytesIsDefinedWithItsDataClassNotAsBefore() {
        Scenario old = Scenario.golden("zfs-over-4gb").edit("ZF", jcl -> jcl.replace(
                " STORAGECLASS(SCZFS) DATACLASS(DCEXTEA) SHAREOPTIONS(3))", " STORAGECLASS(SCZFS) SHAREOPTIONS(3))"));
        SimulationReport before = old.simulate();
        assertFalse(before.reachedPlan(), SimulationText.of(before));
        assertTrue(said(before, "over 4 GB"), SimulationText.of(before));
    }

    /**
     * Major 5: SMS places an SMS-managed target; the old DDDEF named the first target volume (VOLUME and
     * UNIT), which SMP/E would use instead of the catalog.
     */
    @Test
    void anSmsManagedTargetsDddefNamesNoVolumeNotAsBefore() {
        SimulationReport now = Scenario.golden("sms-managed").simulate();
        assertTrue(now.reachedPlan(), SimulationText.of(now));

        Scenario old = Scenario.golden("sms-managed").edit("UC", jcl -> jcl.replace(
                " ADD DDDEF(SCSQAUTH) DATASET(MQM.V930.SCSQAUTH) SHR.",
                " ADD DDDEF(SCSQAUTH) DATASET(MQM.V930.SCSQAUTH) VOLUME(MQ9311)\n   UNIT(3390) SHR."));
        SimulationReport before = old.simulate();
        assertFalse(before.reachedPlan(), SimulationText.of(before));
        assertTrue(before.differences().stream().anyMatch(d -> d.subject().contains("SCSQAUTH")), SimulationText.of(before));
    }

    /**
     * Major 10: a data set whose volume list changed is not selected (SELECTMULTI(ALL)). The old CP ended
     * with 4 and the deployment went on; VERIFY now ends CP with 12, naming the missing temporary name.
     */
    @Test
    void anIncompleteCopyEndsTheCopyJobWithTwelveNotFour() {
        Scenario now = Scenario.golden("seed-swi-new-mcat");
        TargetDataSet target = now.plan.datasets().stream().filter(TargetDataSet::isMultiVolume).findFirst().orElseThrow();
        SimulationReport withVerify = now.simulate(changedVolumes(now, target), List.of());
        assertEquals(12, job(withVerify, now.member("CP")).maxRc(), SimulationText.of(withVerify));
        assertTrue(job(withVerify, now.member("CP")).steps().stream().anyMatch(s -> s.step().equals("VERIFY")
                && s.rc() != null && s.rc() == 12), SimulationText.of(withVerify));

        Scenario old = Scenario.golden("seed-swi-new-mcat").edit("CP", jcl -> jcl.substring(0, jcl.indexOf("//VERIFY ")));
        SimulationReport without = old.simulate(changedVolumes(old, target), List.of());
        assertEquals(4, job(without, old.member("CP")).maxRc(), SimulationText.of(without));
    }

    /** {@code jcl} with the first {@code from} after the COPY command's INCLUDE of {@code name} replaced. */
    private static String inCommandOf(String jcl, String name, String from, String to) {
        int command = jcl.indexOf("INCLUDE(" + name + " ");
        int at = jcl.indexOf(from, command);
        if (command < 0 || at < 0 || jcl.indexOf("\n/*", command) < at) {
            return jcl;
        }
        return jcl.substring(0, at) + to + jcl.substring(at + from.length());
    }

    private static SystemState changedVolumes(Scenario scenario, TargetDataSet target) {
        SystemState start = scenario.initialState();
        Catalog catalog = new Catalogs(start).locate(target.sourceName(), null).catalog();
        catalog.entries.get(target.sourceName()).volumes.add("EXTRA1");
        catalog.entries.get(target.sourceName()).deviceTypes.add("3390");
        start.volumes.put("EXTRA1", new Volume("EXTRA1", null, false));
        return start;
    }

    /**
     * Major 9: SMP/E work updates the source's global CSI while CP runs. The old CP copied the CSIs with
     * TOLERATE(ENQFAILURE), so the copy went on without serialization and ended well with a torn CSI; the
     * SMP/E data sets now have a command of their own without it, and CP stops with 8.
     */
    @Test
    void aCsiInUseStopsTheCopyInsteadOfBeingCopiedTorn() {
        String csi = "MQM.V930.GLOBAL.CSI";
        Scenario now = Scenario.golden("csi-per-zone");
        SystemState start = now.initialState();
        start.updating.add(csi);
        SimulationReport stopped = now.simulate(start, List.of());
        assertEquals(8, job(stopped, now.member("CP")).maxRc(), SimulationText.of(stopped));
        assertTrue(said(stopped, "ADR412E " + csi + " FAILED SERIALIZATION"), SimulationText.of(stopped));
        assertFalse(stopped.differences().stream().anyMatch(d -> d.message().contains("incomplete")),
                SimulationText.of(stopped));

        // In the command that copies the global CSI.
        Scenario old = Scenario.golden("csi-per-zone").edit("CP", jcl -> inCommandOf(jcl, csi, "ALLDATA(*)",
                "TOLERATE(ENQFAILURE) ALLDATA(*)"));
        SystemState before = old.initialState();
        before.updating.add(csi);
        SimulationReport torn = old.simulate(before, List.of());
        assertTrue(job(torn, old.member("CP")).maxRc() <= 4, SimulationText.of(torn));
        assertTrue(torn.differences().stream().anyMatch(d -> d.subject().equals(csi)
                && d.message().contains("incomplete")), SimulationText.of(torn));
    }

    /**
     * Missing job: the sysres volume (SYS1.NUCLEUS cataloged as ******) gets no IPL text from a logical
     * copy. Without the IP job the volume cannot be IPLed; with it, it carries the target's own IPL text.
     */
    @Test
    void theSystemResidenceVolumeGetsItsIplTextFromTheTargetsSamplib() {
        SimulationReport now = Scenario.golden("indirect-catalog").simulate();
        assertTrue(now.reachedPlan(), SimulationText.of(now));
        // SYS1.SAMPLIB is copied under its final name (issue 10 major 12): read by volume, not this system's own.
        assertEquals("SYS1.SAMPLIB(IPLRECS) on RES31B+SYS1.SAMPLIB(IEAIPL00) on RES31B",
                now.finalState().volumes.get("RES31A").iplText);

        // The jobs as they were: nothing wrote the IPL text (the IP job's command taken out).
        Scenario old = Scenario.golden("indirect-catalog").edit("IP", jcl -> jcl.replace(
                " REFORMAT DDNAME(IPLVOL) VERIFY(RES31A) IPLDD(IPLTEXT,OBJ) BOOTSTRAP\n", ""));
        SimulationReport before = old.simulate();
        assertTrue(before.differences().stream().anyMatch(d -> d.subject().equals("RES31A")
                && d.message().contains("no IPL text")), SimulationText.of(before));
    }

    /** The plan's errors for a golden scenario's inputs after {@code edit} of the parsed JSON (descriptor, request). */
    private static List<Problem> planErrors(String name,
            BiConsumer<ObjectNode,
                    ObjectNode> edit) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Path dir = GoldenSimulationTest.project().resolve("golden").resolve(name);
        var descriptor = (ObjectNode) mapper.readTree(dir.resolve("descriptor.json").toFile());
        var request = (ObjectNode) mapper.readTree(dir.resolve("request.json").toFile());
        edit.accept(descriptor, request);
        var inputs = InputReader.read("descriptor.json", mapper.writeValueAsString(descriptor),
                "request.json", mapper.writeValueAsString(request));
        return assertThrows(InvalidInputException.class,
                () -> PlanBuilder.build(inputs.descriptor(), inputs.request(), inputs.inventory()))
                .problems();
    }

    /**
     * Major 6: an SMS-managed CSI renamed inside the new master catalog. The old plan did not look: the
     * copy of the SMS-managed source CSI is SMS-managed and RN's ALTER NEWNAME is refused in the middle of
     * the rename job. Now the plan refuses the deployment before any job is written (and a CSI the
     * descriptor does not call SMS-managed is copied non-SMS: BYPASSACS(**) NULLSTORCLAS, major 5).
     */
    @Test
    void anSmsManagedCsiInANewMasterCatalogIsRefusedBeforeRnFailsOnIt() throws IOException {
        // The old CP: no BYPASSACS(**) NULLSTORCLAS, so the SMS-managed source CSI is copied SMS-managed.
        String csi = "MQM.V930.GLOBAL.CSI";
        Scenario old = Scenario.golden("csi-per-zone").edit("CP", jcl -> inCommandOf(jcl, csi,
                "BYPASSACS(**) -\n   NULLSTORCLAS ", "-\n   "));
        SystemState start = old.initialState();
        new Catalogs(start).locate(csi, null).entry().sms = true;
        start.volumes.put("SMS001", new Volume("SMS001", null, true));
        SimulationReport before = old.simulate(start, List.of());
        assertTrue(said(before, "of SMS-managed MQ93TMP." + csi + " does not match the catalog structure"),
                SimulationText.of(before));
        assertFalse(before.reachedPlan());

        List<Problem> refused = planErrors("csi-per-zone", (descriptor, request) ->
                ((ObjectNode) descriptor.get("izud.pswi.descriptor").get("datasets")
                        .get(0)).put("storclas", "SCSMPE"));
        assertEquals(List.of("/tgtswidatasets/0/storclas"), refused.stream().map(p -> p.pointer()).toList());
    }

    /**
     * Blocker 2: indirect cataloging in the driving system's own catalog. PlantedDefectsTest shows what the
     * old RN did (the target redefined with VOLUMES(******) can no longer be found); now the plan refuses it.
     */
    @Test
    void anIndirectSymbolWithoutANewMasterCatalogIsRefusedBeforeRnRedefinesAnything() throws IOException {
        List<Problem> refused = planErrors("existing-catalog-renames", (descriptor, request) ->
                ((ObjectNode) request.get("targetvolumes").get(1))
                        .put("indirectcatalogsymbol", "******"));
        assertEquals(List.of("/targetvolumes/1/indirectcatalogsymbol"), refused.stream().map(p -> p.pointer()).toList());
    }
}
