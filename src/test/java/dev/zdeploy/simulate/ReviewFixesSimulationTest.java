package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.plan.TargetDataSet;
import java.util.List;
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

        Scenario old = Scenario.golden("csi-per-zone").edit("CP", jcl -> jcl.replaceFirst(
                "BYPASSACS\\(\\*\\*\\) NULLSTORCLAS ALLDATA", "BYPASSACS(**) NULLSTORCLAS TOLERATE(ENQFAILURE) ALLDATA"));
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
        assertEquals("ZOS31NEW.SYS1.SAMPLIB(IPLRECS)+ZOS31NEW.SYS1.SAMPLIB(IEAIPL00)",
                now.finalState().volumes.get("RES31A").iplText);

        // The jobs as they were: nothing wrote the IPL text (the IP job's command taken out).
        Scenario old = Scenario.golden("indirect-catalog").edit("IP", jcl -> jcl.replace(
                " REFORMAT DDNAME(IPLVOL) VERIFY(RES31A) IPLDD(IPLTEXT,OBJ) BOOTSTRAP\n", ""));
        SimulationReport before = old.simulate();
        assertTrue(before.differences().stream().anyMatch(d -> d.subject().equals("RES31A")
                && d.message().contains("no IPL text")), SimulationText.of(before));
    }
}
