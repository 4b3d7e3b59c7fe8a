package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.pds;
import static dev.zdeploy.plan.Fixture.vsam;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.zdeploy.request.SourceType;
import dev.zdeploy.request.SystemSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanBuilderTest {

    @Test
    void carriesTheRequestAndDescriptorFacts() {
        DeploymentPlan plan = Fixture.pswi().targets("T1").add(pds("A.LIB", 1, "S1")).plan();
        assertEquals("deploy", plan.deploymentName());
        assertEquals(SourceType.PSWI, plan.sourceType());
        assertEquals("zos24", plan.sourceName());
        assertEquals("SYS123", plan.sourceSystem());
        assertEquals("/u/smpe/pkg", plan.sourceDirectory());
        assertEquals(7, plan.descriptorVersion());
        assertEquals("IBMUSR.SMJCL.CNTL", plan.jcldataset());
        assertEquals(List.of("//DEPLOY   JOB (1),'SYSPROG'"), plan.jobStatement());
    }

    @Test
    void highLevelQualifiersAreTheDistinctFirstQualifiersOfFinalNamesSorted() {
        DeploymentPlan plan = Fixture.swi().targets("T1")
                .add(pds("SYS1.LINKLIB", 1, "S1"))
                .add(pds("IBMUSR.A", 1, "S1"))
                .add(pds("SYS1.LPALIB", 1, "S1"))
                .add(pds("ABC.X", 1, "S1"))
                .rename("ABC.**", "ABC.**", "ZED.**")
                .plan();
        assertEquals(List.of("IBMUSR", "SYS1", "ZED"), plan.highLevelQualifiers());
    }

    @Test
    void aQualifierThatStartsLikeThePreviousOneIsAnotherQualifier() {
        // Runs of one qualifier are skipped by comparing with the previous qualifier: SYS1X is not SYS1.
        DeploymentPlan plan = Fixture.swi().targets("T1")
                .add(pds("SYS1.LINKLIB", 1, "S1"))
                .add(pds("SYS1X.A", 1, "S1"))
                .add(pds("SYS1.LPALIB", 1, "S1"))
                .add(pds("SYS.B", 1, "S1"))
                .add(pds("SYS1X.C", 1, "S1"))
                .plan();
        assertEquals(List.of("SYS", "SYS1", "SYS1X"), plan.highLevelQualifiers());
    }

    @Test
    void workSettingsDefaultToSysuidAndTmp() {
        assertEquals(new WorkSettings("&SYSUID", null, "/tmp", null, null, null),
                Fixture.swi().targets("T1").add(pds("A.LIB", 1, "S1")).plan().work());
    }

    @Test
    void workSettingsComeFromTheRequest() {
        Fixture fixture = Fixture.swi().targets("T1").add(pds("A.LIB", 1, "S1"));
        fixture.settings = new SystemSettings("WORK.PFX", "WRK001", "/u/work", "SCW", "MCW", "DCW");
        assertEquals(new WorkSettings("WORK.PFX", "WRK001", "/u/work", "SCW", "MCW", "DCW"), fixture.plan().work());
    }

    @Test
    void dataSetAttributesPassThrough() {
        TargetDataSet target = Fixture.swi().targets("T1").add(pds("A.LIB", 150, "S1").storclas("SCX"))
                .target("A.LIB");
        assertEquals("FB", target.recfm());
        assertEquals(80, target.lrecl());
        assertEquals(27920, target.blksize());
        assertEquals(150, target.tracks());
        assertEquals(16, target.secondary());
        assertEquals(50, target.used());
        assertEquals(1, target.extents());
        assertEquals("SCX", target.storclas());
    }

    @Test
    void sameInputsGiveTheSamePlan() {
        Fixture fixture = Fixture.swi().targets("T1", "T2").smpe("A.CSI").add(vsam("A.CSI", 10, "S1"))
                .add(pds("A.LIB", 10, "S2").dddef("TGT", "LIB"));
        assertEquals(fixture.plan(), fixture.plan());
        assertEquals(PlanJson.write(fixture.plan(), List.of()), PlanJson.write(fixture.plan(), List.of()));
    }

    @Test
    void emptyDescriptorPlansNothing() {
        DeploymentPlan plan = Fixture.swi().targets("T1").plan();
        assertEquals(List.of(), plan.datasets());
        assertEquals(List.of(), plan.volumeMap());
        assertNull(plan.globalZoneCsi());
    }
}
