package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.plan.TargetDataSet;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Each blocker and the majors 4, 10, 11 and 13 of the fidelity review (issue 10), planted into the
 * jobs or the driving system, is reported by the simulation; and the unplanted scenario is not.
 */
class PlantedDefectsTest {

    private static void assertReported(SimulationReport report, Predicate<Difference> expected, String what) {
        assertFalse(report.reachedPlan(), what + ": the simulation reached the plan:\n" + SimulationText.of(report));
        assertTrue(report.differences().stream().anyMatch(expected), what + ":\n" + SimulationText.of(report));
    }

    /** The job of {@code type} (its member ends with the type code) in the report. */
    private static JobResult job(SimulationReport report, String type) {
        return report.jobs().stream().filter(j -> j.member().endsWith(type)).findFirst().orElseThrow();
    }

    @Test
    void theScenariosUsedHereReachTheirPlanUnplanted() {
        for (String name : List.of("seed-swi-new-mcat", "existing-catalog-renames", "pswi-new-mcat", "indirect-catalog")) {
            SimulationReport report = Scenario.golden(name).simulate();
            assertTrue(report.reachedPlan(), name + ":\n" + SimulationText.of(report));
        }
    }

    /** Blocker 1: a zFS over 4 GB defined without a data class. */
    @Test
    void aZfsOverFourGigabytesWithoutADataClassFails() {
        Scenario scenario = Scenario.golden("pswi-new-mcat")
                .edit("UZ", jcl -> jcl.replaceFirst("(?s)(DEFINE CLUSTER\\(NAME\\([^)]*WORK\\.ZFS\\).*?)CYLINDERS\\(\\d+ +\\d+\\)",
                        "$1CYLINDERS(12000 6000)"));
        SimulationReport report = scenario.simulate();
        assertFalse(report.reachedPlan(), SimulationText.of(report));
        assertTrue(job(report, "UZ").steps().stream().flatMap(st -> st.messages().stream())
                .anyMatch(m -> m.contains("over 4 GB")),
                SimulationText.of(report));
        assertFalse(report.differences().isEmpty());
    }

    /**
     * Blocker 2: an entry of the existing catalog redefined with VOLUMES(******): on the driving system
     * that is its own IPL volume, and the target can no longer be found.
     */
    @Test
    void anIndirectEntryInTheDrivingSystemsCatalogIsReported() {
        Scenario scenario = Scenario.golden("existing-catalog-renames");
        TargetDataSet target = scenario.plan.datasets().stream().filter(ds -> !ds.isVsamCluster()).findFirst()
                .orElseThrow();
        scenario.edit("RN", jcl -> jcl.replaceFirst("\\n/\\*\\n", "\n DELETE " + target.name() + " -\n   NONVSAM NOSCRATCH\n"
                + " DEFINE NONVSAM(NAME(" + target.name() + ") -\n   DEVICETYPES(0000) VOLUMES(******))\n/*\n"));
        SimulationReport report = scenario.simulate();
        assertReported(report, d -> d.subject().equals(target.name()) && d.message().contains("******"),
                "blocker 2");
    }

    /**
     * Blocker 3: the rename job as it was before the fix: after DELETE NOSCRATCH ran and DEFINE NONVSAM
     * failed, a rerun cannot find the data set under either name, and it stays uncataloged.
     */
    @Test
    void aRerunAfterAFailedIndirectDefineIsReported() {
        // The copy and IPL-text jobs as they were then too: every data set copied to a temporary name (before
        // issue 10 major 12, when the indirect SYS1 data sets are copied under their final names instead).
        Scenario scenario = Scenario.golden("indirect-catalog").old("CP", "major12-old/indirect-catalog/IZUD03CP")
                .old("IP", "major12-old/indirect-catalog/IZUD04IP");
        TargetDataSet target = scenario.plan.datasets().stream().filter(TargetDataSet::isIndirect).findFirst()
                .orElseThrow();
        String cat = target.catalog();
        String temporary = scenario.plan.masterCatalog().tempcatalias() + "." + target.name();
        String oldRename = " LISTCAT ENTRIES(" + temporary + ") NAME -\n   CATALOG(" + cat + ")\n"
                + " IF LASTCC = 0 THEN ALTER " + temporary + " -\n   NEWNAME(" + target.name() + ") -\n"
                + "   CATALOG(" + cat + ")\n"
                + " ELSE LISTCAT ENTRIES(" + target.name() + ") NAME -\n   CATALOG(" + cat + ")\n"
                + " IF LASTCC = 0 THEN SET MAXCC = 0\n"
                + " ELSE SET MAXCC = 16\n"
                + " DELETE " + target.name() + " NONVSAM NOSCRATCH -\n   CATALOG(" + cat + ")\n"
                + " DEFINE NONVSAM(NAME(" + target.name() + ") DEVICETYPES(0000) -\n   VOLUMES("
                + target.indirectcatalogsymbol() + ")) CATALOG(" + cat + ")\n"
                + " IF LASTCC = 0 THEN SET MAXCC = 0\n"
                + " ELSE SET MAXCC = 16\n";
        String rn = scenario.members.get(scenario.member("RN"));
        String header = rn.substring(0, rn.indexOf("//SYSIN    DD *\n") + "//SYSIN    DD *\n".length());
        scenario.members.put(scenario.member("RN"), header + oldRename + "/*\n");
        SystemState start = scenario.initialState();
        // RN run where the final names are not allocated (what the old job's comment box asked for).
        start.allocated.clear();
        // First run: the DEFINE (the 3rd functional command: LISTCAT, ALTER, DELETE, DEFINE -> 4th) fails.
        SimulationReport failed = scenario.simulate(start, List.of(new Fault(scenario.member("RN"), "RENAME", null, 4)));
        assertTrue(failed.jobs().stream().anyMatch(j -> j.steps().stream().anyMatch(s -> s.messages().stream()
                .anyMatch(m -> m.contains("DEFINE failed (injected)")))), SimulationText.of(failed));
        // The recovery instruction: submit the job again as it is. Rerun RN alone from where the failure left it.
        SimulationMember rerun = new SimulationMember(scenario.member("RN"), scenario.members.get(scenario.member("RN")),
                SimulationMember.Role.SUBMITTED);
        SimulationReport again = new Simulator().run(scenario.inputs, scenario.plan, List.of(rerun),
                failed.finalState(), List.of());
        assertEquals(16, again.jobs().get(0).maxRc(), SimulationText.of(again));
        assertReported(again, d -> d.subject().equals(target.name()) && d.message().startsWith("not cataloged"),
                "blocker 3");
    }

    /** The pre-flight and verification jobs change nothing and end well. */
    @Test
    void thePreFlightAndVerificationJobsChangeNothingAndEndWell() {
        for (String name : List.of("seed-swi-new-mcat", "existing-catalog-renames", "pswi-new-mcat", "indirect-catalog")) {
            SimulationReport report = Scenario.golden(name).simulate();
            for (String type : List.of("PF", "VF")) {
                JobResult job = job(report, type);
                assertTrue(job.steps().stream().allMatch(st -> st.changes().isEmpty()), SimulationText.of(report));
                assertTrue(job.steps().stream().allMatch(st -> st.rc() != null && st.rc() <= 4), SimulationText.of(report));
            }
        }
    }

    /** Major 4: a DDDEF of a non-SMS target without VOLUME points SMP/E at whatever the catalog finds. */
    @Test
    void aDddefWithoutVolumeIsReported() {
        Scenario scenario = Scenario.golden("seed-swi-new-mcat")
                .edit("UC", jcl -> jcl.replaceAll(" VOLUME\\([A-Z0-9]+\\)(\\s+)UNIT\\(3390\\)", ""));
        SimulationReport report = scenario.simulate();
        assertReported(report, d -> d.subject().startsWith("DDDEF ") && d.message().contains("VOLUME"), "major 4");
    }

    /**
     * Major 4, indirect targets: the UC job as it was, writing the sysres libraries' DDDEFs without VOLUME
     * (DEL and ADD with the name only); on the driving system that name is its own SYS1 library.
     */
    @Test
    void anIndirectTargetsDddefWithoutVolumeIsReported() {
        Scenario scenario = Scenario.golden("indirect-catalog");
        TargetDataSet linklib = scenario.plan.datasets().stream().filter(ds -> ds.name().equals("SYS1.LINKLIB"))
                .findFirst().orElseThrow();
        assertTrue(linklib.isIndirect() && linklib.dddefs().stream().allMatch(dd -> dd.volume() != null));
        assertTrue(Scenario.golden("indirect-catalog").simulate().reachedPlan());
        scenario.edit("UC", jcl -> jcl.replace(" REP DDDEF(LINKLIB) DATASET(SYS1.LINKLIB) VOLUME(" + linklib.volumes().get(0)
                + ") UNIT(3390) SHR.", " DEL DDDEF(LINKLIB).\n ADD DDDEF(LINKLIB) DATASET(SYS1.LINKLIB) SHR."));
        assertReported(scenario.simulate(), d -> d.subject().startsWith("DDDEF ") && d.message().contains("VOLUME"),
                "major 4, indirect");
    }

    /**
     * Major 10: a data set whose volume list changed is not selected by INCLUDE (SELECTMULTI(ALL)):
     * the copy ends with 4 and the data set is missing.
     */
    @Test
    void anIncompleteCopyIsReported() {
        Scenario scenario = Scenario.golden("seed-swi-new-mcat");
        SystemState start = scenario.initialState();
        TargetDataSet target = scenario.plan.datasets().stream().filter(TargetDataSet::isMultiVolume).findFirst()
                .orElseThrow();
        Catalog catalog = new Catalogs(start).locate(target.sourceName(), null).catalog();
        catalog.entries.get(target.sourceName()).volumes.add("EXTRA1");
        catalog.entries.get(target.sourceName()).deviceTypes.add("3390");
        start.volumes.put("EXTRA1", new Volume("EXTRA1", null, false));
        SimulationReport report = scenario.simulate(start, List.of());
        assertTrue(job(report, "CP").steps().stream().anyMatch(s -> s.messages().stream()
                .anyMatch(m -> m.contains(target.sourceName() + " WAS NOT SELECTED"))), SimulationText.of(report));
        assertReported(report, d -> d.subject().equals(target.name()), "major 10");
    }

    /**
     * Major 11: an old data set with a final name in a target volume's VTOC would make the rename fail;
     * the pre-flight job now finds it and stops the deployment before anything is copied (the old
     * pre-flight job, which only listed it, is in {@link OldDataSetsOnTargetVolumesTest}).
     */
    @Test
    void anOldDataSetOnATargetVolumeIsReported() {
        Scenario scenario = Scenario.golden("seed-swi-new-mcat");
        SystemState start = scenario.initialState();
        TargetDataSet target = scenario.plan.datasets().stream().filter(ds -> !ds.isVsamCluster()).findFirst()
                .orElseThrow();
        DataSetBody old = start.newBody("NONVSAM", "existing:old release");
        start.volumes.get(target.volumes().get(0)).vtoc.put(target.name(), new VtocEntry(target.name(), old.id, 15));
        SimulationReport report = scenario.simulate(start, List.of());
        assertTrue(job(report, "PF").steps().stream().flatMap(st -> st.messages().stream())
                .anyMatch(m -> m.contains("selected " + target.name() + " on " + target.volumes().get(0))),
                "the pre-flight job lists it before anything is copied: " + SimulationText.of(report));
        assertTrue(report.jobs().stream().noneMatch(j -> j.member().endsWith("CP")), SimulationText.of(report));
        assertReported(report, d -> d.subject().equals(target.name()), "major 11");
    }

    /**
     * Major 13 fixed: after the submitted jobs (before DA), an SMP/E job the user runs on the driving
     * system against the target global zone, by the name the jobs reach it by, updates a target zone and
     * never a source CSI. Planted: the zone index pointed at the final CSI names, as UC's last step did
     * before the fix; the same user job then updates the source.
     */
    @Test
    void anSmpeJobRunAfterTheDeploymentReachesOnlyTheTargetZones() {
        Scenario scenario = Scenario.golden("seed-swi-new-mcat");
        SystemState after = userJobAfterTheDeployment(scenario);
        TargetDataSet csi = scenario.plan.datasets().stream().filter(TargetDataSet::isCsi).findFirst().orElseThrow();
        String zone = scenario.plan.zoneIndex().get(0).name();
        assertTrue(userLib(after, csi.name(), csi.catalog(), zone), "the target zone is updated");
        assertFalse(userLib(after, csi.sourceName(), null, zone), "the source zone is not");

        Scenario planted = Scenario.golden("seed-swi-new-mcat");
        String fin = csi.name();
        planted.edit("UC", jcl -> jcl.replace("," + csi.temporaryName() + ",", "," + fin + ","));
        assertTrue(userLib(userJobAfterTheDeployment(planted), csi.sourceName(), null, zone),
                "major 13 planted: the zone index names the final names, which find the source here");
    }

    /** Runs the deployment's submitted jobs, then a user's UCLIN against the target global zone by its path. */
    private static SystemState userJobAfterTheDeployment(Scenario scenario) {
        // The submitted jobs only: DA (the cleanup job) runs once the target has been verified.
        SimulationReport deployed = new Simulator().run(scenario.inputs, scenario.plan, scenario.simulationMembers()
                .stream().filter(m -> m.role() == SimulationMember.Role.SUBMITTED).toList(), null, List.of());
        String global = scenario.plan.datasets().stream().filter(ds -> ds.name().equals(scenario.plan.globalZoneCsi()))
                .findFirst().orElseThrow().temporaryName();
        String zone = scenario.plan.zoneIndex().get(0).name();
        String job = "//USERSMPE JOB (ACCT),'USER'\n"
                + "//UCL      EXEC PGM=GIMSMP,PARM='PROCESS=WAIT'\n"
                + "//SMPCSI   DD DISP=OLD,DSN=" + global + "\n"
                + "//SMPOUT   DD SYSOUT=*\n//SMPRPT   DD SYSOUT=*\n//SMPLIST  DD SYSOUT=*\n//SYSPRINT DD SYSOUT=*\n"
                + "//SMPLOG   DD DUMMY\n//SMPLOGA  DD DUMMY\n//SMPHOLD  DD DUMMY\n"
                + "//SMPCNTL  DD *\n SET BOUNDARY(" + zone + ").\n UCLIN.\n"
                + " REP DDDEF(USERLIB) DATASET(USER.LIB) SHR.\n ENDUCL.\n/*\n";
        SimulationReport user = new Simulator().run(scenario.inputs, scenario.plan,
                List.of(new SimulationMember("USERSMPE", job, SimulationMember.Role.SUBMITTED)),
                deployed.finalState(), List.of());
        assertEquals(0, user.jobs().get(0).maxRc(), SimulationText.of(user));
        return user.finalState();
    }

    /** Whether zone {@code zone} of the CSI cataloged as {@code name} holds the user's DDDEF. */
    private static boolean userLib(SystemState state, String name, String catalog, String zone) {
        Catalogs.Located located = new Catalogs(state).locate(name, catalog);
        CatalogEntry data = located.catalog().entries.get(located.entry().data);
        CsiZone z = state.bodies.get(data.body).csi.zones.get(zone);
        return z != null && z.dddefs.containsKey("USERLIB");
    }

    /** Major 13: a CSI update that reaches the source instance's CSI under the final name. */
    @Test
    void aCsiUpdateReachingTheSourceIsReported() {
        Scenario scenario = Scenario.golden("seed-swi-new-mcat");
        String temporary = scenario.plan.datasets().stream().filter(TargetDataSet::isCsi).findFirst().orElseThrow()
                .temporaryName();
        String fin = temporary.substring(temporary.indexOf('.') + 1);
        scenario.edit("UC", jcl -> jcl.replace("DSN=" + temporary + "\n", "DSN=" + fin + "\n"));
        SimulationReport report = scenario.simulate();
        assertReported(report, d -> d.message().contains("its SMP/E zones were updated"), "major 13");
        assertTrue(report.differences().stream().anyMatch(d -> d.message().contains("for update, data that existed")),
                SimulationText.of(report));
    }
}
