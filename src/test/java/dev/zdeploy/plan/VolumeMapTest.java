package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.pds;
import static dev.zdeploy.plan.RenameRulesTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zdeploy.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolumeMapTest {

    @Test
    void sourceVolumesInOrderOfFirstAppearanceMapOntoTargetsInRequestOrder() {
        DeploymentPlan plan = Fixture.swi().targets("T1", "T2", "T3")
                .add(pds("A.ONE", 1, "SRCB"))
                .add(pds("A.TWO", 1, "SRCA"))
                .add(pds("A.THREE", 1, "SRCB"))
                .add(pds("A.FOUR", 1, "SRCC"))
                .plan();
        assertEquals(List.of(new VolumeMapping("SRCB", "T1", null), new VolumeMapping("SRCA", "T2", null),
                new VolumeMapping("SRCC", "T3", null)), plan.volumeMap());
        assertEquals(List.of("T1"), plan.datasets().get(2).volumes());
        assertEquals(List.of("T3"), plan.datasets().get(3).volumes());
    }

    /**
     * The data sets on one target volume alone share one list of it (one object fewer per data set in a
     * plan of a million), and the DDDEFs of a data set share its list too; the lists stay immutable.
     */
    @Test
    void dataSetsOnTheSameTargetVolumeShareItsList() {
        DeploymentPlan plan = Fixture.swi().targets("T1", "T2")
                .add(pds("A.ONE", 1, "SRCA"))
                .add(pds("A.TWO", 1, "SRCB"))
                .add(pds("A.THREE", 1, "SRCA"))
                .plan();
        List<TargetDataSet> datasets = plan.datasets();
        assertSame(datasets.get(0).volumes(), datasets.get(2).volumes());
        assertEquals(List.of("T2"), datasets.get(1).volumes());
        assertThrows(UnsupportedOperationException.class, () -> datasets.get(0).volumes().add("T9"));
    }

    @Test
    void multiVolumeDataSetsMapVolumeByVolume() {
        DeploymentPlan plan = Fixture.swi().targets("T1", "T2")
                .add(pds("A.ONE", 1, "SRCA"))
                .add(pds("A.BIG", 900, "SRCB", "SRCA"))
                .plan();
        TargetDataSet big = plan.datasets().get(1);
        assertEquals(List.of("SRCB", "SRCA"), big.sourceVolumes());
        assertEquals(List.of("T2", "T1"), big.volumes());
    }

    @Test
    void fewerTargetVolumesThanSourceVolumesIsAProblemNamingBothCounts() {
        List<Problem> errors = Fixture.swi().targets("T1")
                .add(pds("A.ONE", 1, "SRCA"))
                .add(pds("A.TWO", 1, "SRCB"))
                .add(pds("A.THREE", 1, "SRCC"))
                .errors();
        assertEquals(1, errors.size());
        Problem problem = errors.get(0);
        assertEquals("request.json", problem.source());
        assertEquals("/targetvolumes", problem.pointer());
        assertContains(problem.rule(), "3 volumes (SRCA, SRCB, SRCC)");
        assertContains(problem.rule(), "names 1 target volumes");
        assertEquals("1", problem.value());
    }

    @Test
    void extraTargetVolumesStayUnusedButAreReported() {
        DeploymentPlan plan = Fixture.swi().targets("T1", "T2").add(pds("A.ONE", 5, "SRCA")).plan();
        assertEquals(1, plan.volumeMap().size());
        assertEquals(List.of("T1", "T2"), plan.volumeUsage().stream().map(VolumeUsage::volume).toList());
        assertEquals(0, plan.volumeUsage().get(1).datasets());
    }

    @Test
    void oneTargetVolumeNamedTwiceWouldTakeTwoSourceVolumes() {
        List<Problem> errors = Fixture.swi().targets("T1", "T1")
                .add(pds("A.ONE", 1, "SRCA"))
                .add(pds("A.TWO", 1, "SRCB"))
                .errors();
        assertEquals("/targetvolumes/1/volume", errors.get(0).pointer());
        assertContains(errors.get(0).rule(), "SRCA and SRCB");
    }

    @Test
    void indirectSymbolTravelsWithTheMapping() {
        DeploymentPlan plan = Fixture.swi().indirectTarget("T1", "&SYSR2").add(pds("A.ONE", 1, "SRCA")).plan();
        assertEquals("&SYSR2", plan.volumeMap().get(0).indirectcatalogsymbol());
    }
}
