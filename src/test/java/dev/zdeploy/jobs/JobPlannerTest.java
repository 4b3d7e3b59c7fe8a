package dev.zdeploy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zdeploy.descriptor.DsType;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.testing.PlanFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobPlannerTest {

    private static List<String> members(DeploymentPlan plan) {
        return JobPlanner.jobs(plan).stream().map(Job::member).toList();
    }

    @Test
    void aCopyIntoANewMasterCatalogRunsEveryCopyJobNumberedFrom01() {
        DeploymentPlan plan = PlanFixtures.swi().csi("PROD.SMP.CSI").library("PROD.LIB", "TGT", "LIB").build();

        assertEquals(List.of("IZUD01RA", "IZUD02PF", "IZUD03CP", "IZUD04RN", "IZUD05UC", "IZUD06VF", "IZUD07DA"), members(plan));
    }

    @Test
    void withoutSmpeThereIsNoUcAndTheNumbersStayContiguous() {
        DeploymentPlan plan = PlanFixtures.swi().existingCatalog("NEWHLQ").library("PROD.LIB", "TGT", "LIB").build();

        assertEquals(false, plan.hasSmpe());
        assertEquals(List.of("IZUD01RA", "IZUD02PF", "IZUD03CP", "IZUD04RN", "IZUD05VF"), members(plan));
    }

    @Test
    void aPortableInstanceUnzipsAndInstallsItsFileTreesInZf() {
        DeploymentPlan plan = PlanFixtures.pswi().existingCatalog("NEWHLQ").csi("PROD.SMP.CSI")
                .zfs("PROD.OMVS.ROOT", "/usr/lpp/prod", "SPRODZFS", "/usr/lpp/prod/IBM/").build();

        List<Job> jobs = JobPlanner.jobs(plan);

        assertEquals(List.of("IZUD01RA", "IZUD02PF", "IZUD03UZ", "IZUD04ZF", "IZUD05RN", "IZUD06UC", "IZUD07VF"),
                jobs.stream().map(Job::member).toList());
        assertEquals(List.of("NEWHLQ.PROD.OMVS.ROOT"), jobs.get(3).datasets().stream().map(ds -> ds.name()).toList());
        assertEquals(false, jobs.get(2).datasets().stream().anyMatch(ds -> ds.isFileSystem()));
    }

    @Test
    void onlyRaAndDaAreNotSubmittedAndThePreFlightAndVerificationJobsFrameTheOthers() {
        DeploymentPlan plan = PlanFixtures.swi().csi("PROD.SMP.CSI").library("PROD.LIB", "TGT", "LIB").build();

        assertEquals(List.of(false, true, true, true, true, true, false),
                JobPlanner.jobs(plan).stream().map(Job::submitted).toList());
        assertEquals("Update CSI data sets: zone index, zone names and DDDEF entries",
                JobPlanner.jobs(plan).get(4).description());
    }

    @Test
    void aSysresCatalogedIndirectlyAsTheIplVolumeGetsItsIplTextAfterTheCopy() {
        // Issue 10, missing job: the volume holding SYS1.NUCLEUS cataloged as ****** needs IPL text.
        DeploymentPlan plan = PlanFixtures.swi().indirect("TGT001", "******").csi("PROD.SMP.CSI")
                .dataSet("SYS1.NUCLEUS", DsType.PDS, List.of("SRC001"), "TGT", "NUCLEUS")
                .dataSet("SYS1.SAMPLIB", DsType.PDS, List.of("SRC001"), "TGT", "SAMPLIB").build();

        List<Job> jobs = JobPlanner.jobs(plan);
        assertEquals(List.of("IZUD01RA", "IZUD02PF", "IZUD03CP", "IZUD04IP", "IZUD05RN", "IZUD06UC", "IZUD07VF",
                "IZUD08DA"), jobs.stream().map(Job::member).toList());
        assertEquals(List.of("SYS1.NUCLEUS", "SYS1.SAMPLIB"), jobs.get(3).datasets().stream().map(ds -> ds.name()).toList());
        assertEquals("TGT001", plan.iplText().volume());
        assertEquals("TMP.SYS1.SAMPLIB", plan.iplText().samplib());
    }

    @Test
    void noIplTextWithoutTheSixAsteriskVolumeOrWithoutTheTargetsSamplib() {
        assertEquals(null, PlanFixtures.swi().indirect("TGT001", "&SYSR2")
                .dataSet("SYS1.NUCLEUS", DsType.PDS, List.of("SRC001"), "TGT", "NUCLEUS")
                .dataSet("SYS1.SAMPLIB", DsType.PDS, List.of("SRC001"), "TGT", "SAMPLIB").build().iplText());
        assertEquals(null, PlanFixtures.swi().indirect("TGT001", "******")
                .dataSet("SYS1.NUCLEUS", DsType.PDS, List.of("SRC001"), "TGT", "NUCLEUS").build().iplText());
    }
}
