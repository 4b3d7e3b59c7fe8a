package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.pds;
import static dev.zdeploy.plan.Fixture.zfs;
import static dev.zdeploy.plan.RenameRulesTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.zdeploy.problem.Problem;
import dev.zdeploy.request.SystemSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 10, blocker 1: zFS aggregates over 4 GB and work zFS sizing. */
class LargeZfsChecksTest {

    /** A portable instance (version 7: the zFS is unzipped as a data set) whose largest data set is 180,000 tracks, half used. */
    private static Fixture withLargeDataSet() {
        return Fixture.pswi().targets("T1", "T2").add(pds("A.LIB", 300, "S1")).add(zfs("A.ZFS", 180_000, "/a", "S2"));
    }

    @Test
    void theWorkZfsIsTheLargestUsedDataSetPlusAQuarterNotTwiceTheLargest() {
        Fixture fixture = withLargeDataSet();
        fixture.settings = new SystemSettings(null, null, null, "SCWORK", null, "DCEXTEA");
        // 90,000 used tracks of 56,664 bytes, plus 25%, in cylinders of 90 8-KB blocks: 8,647 (was 24,000).
        assertEquals(8_647, fixture.plan().workZfsCylinders());
        assertEquals(50, Fixture.pswi().targets("T1").add(pds("A.LIB", 30, "S1")).plan().workZfsCylinders());
    }

    @Test
    void aWorkZfsOverFourGigabytesNeedsAStorageClassAndADataClass() {
        List<Problem> errors = withLargeDataSet().errors();
        assertEquals(List.of("/systemsettings/storclas", "/systemsettings/dataclas"),
                errors.stream().map(Problem::pointer).toList(), errors.toString());
        assertContains(errors.get(0).format(), "the work zFS of the unzip job takes 8,647 cylinders (5.9 GB: the largest"
                + " data set it unzips plus 25%), more than 4 GB, which needs an SMS storage class and a data class with"
                + " extended addressability");
    }

    @Test
    void aNonSmsWorkZfsMustFitItsVolume() {
        Fixture fixture = Fixture.pswi().targets("T1").add(pds("A.LIB", 600_000, "S1"));
        fixture.settings = new SystemSettings(null, "WORK01", null, null, null, "DCEXTEA");
        List<Problem> errors = fixture.errors();
        assertEquals("/systemsettings/workvolume", errors.get(errors.size() - 1).pointer());
        assertContains(errors.get(errors.size() - 1).format(), "more than one 3390-9 (10,017 cylinders) holds");
    }

    @Test
    void aFileSystemTreeOverFourGigabytesMustBeSmsManagedWithADataClass() {
        Fixture fixture = Fixture.pswi().targets("T1").add(pds("A.LIB", 300, "S1"))
                .add(zfs("A.ROOT.ZFS", 100_000, "/usr/lpp/a", "S1"));
        fixture.version = 9;
        List<Problem> errors = fixture.errors();
        assertEquals(List.of("/tgtswidatasets/1/storclas", "/systemsettings/dataclas"),
                errors.stream().map(Problem::pointer).toList(), errors.toString());
        assertContains(errors.get(0).format(), "zFS data set A.ROOT.ZFS of 100,000 tracks (4.6 GB) holds more than 4 GB");
    }

    @Test
    void aSmsManagedFileSystemTreeOverFourGigabytesGetsTheDataClassSmallerOnesNone() {
        // Into the existing catalog: an SMS-managed zFS is not renamed inside a new master catalog (CatalogChecks).
        Fixture fixture = Fixture.pswi().existingCatalog().rename("A.**", "A.**", "B.**").targets("T1").add(zfs("A.SMALL.ZFS", 87_381, "/usr/lpp/s", "S1"))
                .add(zfs("A.ROOT.ZFS", 87_382, "/usr/lpp/a", "S1").storclas("SCZFS"));
        fixture.version = 9;
        fixture.settings = new SystemSettings(null, null, null, null, null, "DCEXTEA");
        DeploymentPlan plan = fixture.plan();
        assertNull(plan.zfsDataClass(plan.datasets().get(0).tracks()));
        assertEquals("DCEXTEA", plan.zfsDataClass(plan.datasets().get(1).tracks()));
    }
}
