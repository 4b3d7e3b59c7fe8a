package dev.zdeploy.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zdeploy.testing.PlanFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DeploymentPlan.smpptsDds: the target's SMPPTS and spill data sets, by the name this system reaches them by. */
class SmpptsDdsTest {

    @Test
    void theSmpptsAndItsSpillDataSetsUpToTheFirstGapByTheirAliasInANewMasterCatalog() {
        DeploymentPlan plan = PlanFixtures.swi().csi("PROD.SMP.CSI")
                .library("PROD.SMPPTS", "GLOBAL", "SMPPTS")
                .library("PROD.SMPPTS1", "GLOBAL", "SMPPTS1")
                .library("PROD.SMPPTS2", "GLOBAL", "SMPPTS2")
                .library("PROD.SMPPTS4", "GLOBAL", "SMPPTS4")
                .library("PROD.TGT.SMPPTS3", "TGT", "SMPPTS3")
                .build();
        assertEquals(List.of(new SmpptsDd("SMPPTS", "TMP.PROD.SMPPTS", null, null),
                new SmpptsDd("SMPPTS1", "TMP.PROD.SMPPTS1", null, null),
                new SmpptsDd("SMPPTS2", "TMP.PROD.SMPPTS2", null, null)), plan.smpptsDds());
    }

    @Test
    void theFinalNameInTheExistingCatalog() {
        DeploymentPlan plan = PlanFixtures.swi().existingCatalog("NEW").csi("PROD.SMP.CSI")
                .library("PROD.SMPPTS", "GLOBAL", "SMPPTS").build();
        assertEquals(List.of(new SmpptsDd("SMPPTS", "NEW.PROD.SMPPTS", null, null)), plan.smpptsDds());
    }

    @Test
    void anIndirectlyCatalogedOneOnItsVolume() {
        DeploymentPlan plan = PlanFixtures.swi().volume("SRC001", "TGT001").indirect("TGT001", "&SYSR2")
                .csi("PROD.SMP.CSI").library("PROD.SMPPTS", "GLOBAL", "SMPPTS").build();
        SmpptsDd dd = plan.smpptsDds().get(0);
        assertEquals(new SmpptsDd("SMPPTS", "PROD.SMPPTS", "TGT001", "3390"), dd);
    }

    @Test
    void noneWithoutAnSmpptsDddefOrAGlobalZone() {
        assertEquals(List.of(), PlanFixtures.swi().csi("PROD.SMP.CSI").library("PROD.SMPPTS1", "GLOBAL", "SMPPTS1")
                .build().smpptsDds());
        assertEquals(List.of(), PlanFixtures.swi().library("PROD.SMPPTS", "GLOBAL", "SMPPTS").build().smpptsDds());
    }
}
