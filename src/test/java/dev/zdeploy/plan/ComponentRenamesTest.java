package dev.zdeploy.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zdeploy.descriptor.DsType;
import dev.zdeploy.testing.PlanFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The VSAM component names the rename job looks for (TargetDataSet.componentRenames, DeploymentPlan.componentRenames). */
class ComponentRenamesTest {

    private static TargetDataSet named(DeploymentPlan plan, String name) {
        return plan.datasets().stream().filter(ds -> ds.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aShortClusterHasTheDataAndIndexFormOnly() {
        DeploymentPlan plan = PlanFixtures.swi().csi("PROD.SMP.CSI").build();
        assertEquals(List.of(new NameChange("TMP.PROD.SMP.CSI.DATA", "PROD.SMP.CSI.DATA"),
                new NameChange("TMP.PROD.SMP.CSI.INDEX", "PROD.SMP.CSI.INDEX")),
                plan.componentRenames(named(plan, "PROD.SMP.CSI")));
    }

    @Test
    void aTemporaryNameOfThirtyNineToFortyTwoCharactersAlsoHasTheDAndIForm() {
        String name = "PROD.ABCDEFGH.ABCDEFGH.ABCDEFGH.CSI"; // 35, temporary TMP.<name> 39
        DeploymentPlan plan = PlanFixtures.swi().csi(name).build();
        assertEquals(List.of(new NameChange("TMP." + name + ".D", name + ".D"),
                new NameChange("TMP." + name + ".I", name + ".I"),
                new NameChange("TMP." + name + ".DATA", name + ".DATA")),
                plan.componentRenames(named(plan, name)));
    }

    @Test
    void aZfsHasNoIndex() {
        DeploymentPlan plan = PlanFixtures.swi().zfs("PROD.ZFS", "/usr/lpp/prod", "SPRODZFS", "/usr/lpp/prod/").build();
        assertEquals(List.of(new NameChange("TMP.PROD.ZFS.DATA", "PROD.ZFS.DATA")),
                plan.componentRenames(named(plan, "PROD.ZFS")));
    }

    @Test
    void theClusterFormNamesSiblingsUnlessAnotherDataSetHasTheName() {
        DeploymentPlan alone = PlanFixtures.swi().dataSet("PROD.KSDS.CLUSTER", DsType.VSAM, List.of("SRC001"), null, null)
                .build();
        assertEquals(List.of(new NameChange("TMP.PROD.KSDS.DATA", "PROD.KSDS.DATA"),
                new NameChange("TMP.PROD.KSDS.INDEX", "PROD.KSDS.INDEX"),
                new NameChange("TMP.PROD.KSDS.CLUSTER.DATA", "PROD.KSDS.CLUSTER.DATA"),
                new NameChange("TMP.PROD.KSDS.CLUSTER.INDEX", "PROD.KSDS.CLUSTER.INDEX")),
                alone.componentRenames(named(alone, "PROD.KSDS.CLUSTER")));

        DeploymentPlan withSibling = PlanFixtures.swi().dataSet("PROD.KSDS.CLUSTER", DsType.VSAM, List.of("SRC001"), null, null)
                .library("PROD.KSDS.DATA", "TGT", "KSDSDATA").build();
        assertEquals(List.of(new NameChange("TMP.PROD.KSDS.INDEX", "PROD.KSDS.INDEX"),
                new NameChange("TMP.PROD.KSDS.CLUSTER.DATA", "PROD.KSDS.CLUSTER.DATA"),
                new NameChange("TMP.PROD.KSDS.CLUSTER.INDEX", "PROD.KSDS.CLUSTER.INDEX")),
                withSibling.componentRenames(named(withSibling, "PROD.KSDS.CLUSTER")));
    }

    @Test
    void nothingForNonVsamOrWithoutRename() {
        DeploymentPlan plan = PlanFixtures.swi().library("PROD.LIB", "TGT", "LIB").build();
        assertEquals(List.of(), plan.componentRenames(named(plan, "PROD.LIB")));
        DeploymentPlan existing = PlanFixtures.swi().existingCatalog("PROD").csi("PROD.SMP.CSI").build();
        assertEquals(List.of(), existing.componentRenames(named(existing, "PROD.PROD.SMP.CSI")));
    }
}
