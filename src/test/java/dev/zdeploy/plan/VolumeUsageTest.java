package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.pds;
import static dev.zdeploy.plan.RenameRulesTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zdeploy.problem.Problem;
import dev.zdeploy.problem.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolumeUsageTest {

    @Test
    void multiVolumeTracksSplitEvenlyWithTheRemainderOnTheFirst() {
        DeploymentPlan plan = Fixture.swi().targets("T1", "T2", "T3")
                .add(pds("A.BIG", 902, "S1", "S2", "S3"))
                .add(pds("A.ONE", 10, "S2"))
                .plan();
        TargetDataSet big = plan.datasets().get(0);
        assertEquals(302, big.tracksOn(0));
        assertEquals(300, big.tracksOn(1));
        assertEquals(300, big.tracksOn(2));
        assertEquals(List.of(
                new VolumeUsage("T1", 1, 302, 150_255, true),
                new VolumeUsage("T2", 2, 310, 150_255, true),
                new VolumeUsage("T3", 1, 300, 150_255, true)), plan.volumeUsage());
    }

    @Test
    void neighboursOnTheSameVolumeAndBackAgainAddUp() {
        // The planner looks a volume up only when it differs from the one before: runs, returns and
        // multi-volume data sets in between must all count.
        DeploymentPlan plan = Fixture.swi().targets("T1", "T2").add(pds("A.ONE", 10, "S1")).add(pds("A.TWO", 20, "S1"))
                .add(pds("A.THREE", 40, "S2")).add(pds("A.FOUR", 80, "S1")).add(pds("A.FIVE", 161, "S2", "S1"))
                .add(pds("A.SIX", 320, "S2")).plan();
        assertEquals(List.of(new VolumeUsage("T1", 4, 190, 150_255, true), new VolumeUsage("T2", 3, 441, 150_255, true)),
                plan.volumeUsage());
    }

    @Test
    void overAKnownCapacityIsAnError() {
        List<Problem> errors = Fixture.swi().targets("T1").add(pds("A.LIB", 1001, "S1"))
                .inventory(i -> i.volume("T1", 1000)).errors();
        assertEquals(1, errors.size());
        assertEquals("/zdeploy/volumeusage/0/tracks", errors.get(0).pointer());
        assertContains(errors.get(0).rule(), "target volume T1 would hold 1,001 tracks");
        assertContains(errors.get(0).rule(), "capacity of 1,000 tracks");
    }

    @Test
    void exactlyTheCapacityFits() {
        DeploymentPlan plan = Fixture.swi().targets("T1").add(pds("A.LIB", 1000, "S1"))
                .inventory(i -> i.volume("T1", 1000)).plan();
        assertEquals(100, plan.volumeUsage().get(0).percent());
        assertEquals(false, plan.volumeUsage().get(0).capacityAssumed());
    }

    @Test
    void overAnAssumedCapacityIsAWarning() {
        DeploymentPlan plan = Fixture.swi().targets("T1").add(pds("A.LIB", 150_256, "S1")).plan();
        Problem warning = plan.warnings().get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertContains(warning.rule(), "a 3390-9 was assumed");
    }

    @Test
    void dataSetWithoutTracksCountsAsZeroWithAWarning() {
        DeploymentPlan plan = Fixture.swi().targets("T1").add(pds("A.LIB", 1, "S1").noTracks()).plan();
        assertEquals(0, plan.datasets().get(0).tracks());
        assertEquals("/tgtswidatasets/0/tracks", plan.warnings().get(0).pointer());
    }

    @Test
    void numbersAreGroupedByThousands() {
        assertEquals("0", VolumeUsagePlanner.number(0));
        assertEquals("999", VolumeUsagePlanner.number(999));
        assertEquals("1,000", VolumeUsagePlanner.number(1000));
        assertEquals("150,255", VolumeUsagePlanner.number(150_255));
        assertEquals("1,234,567", VolumeUsagePlanner.number(1_234_567));
        assertEquals("-12,345", VolumeUsagePlanner.number(-12_345));
    }
}
