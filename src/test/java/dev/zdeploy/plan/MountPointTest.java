package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.pds;
import static dev.zdeploy.plan.Fixture.zfs;
import static dev.zdeploy.plan.RenameRulesTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.zdeploy.problem.Problem;
import dev.zdeploy.request.MountPointChange;
import java.util.List;
import org.junit.jupiter.api.Test;

class MountPointTest {

    @Test
    void fileSystemMovesToTheChangedMountPoint() {
        DeploymentPlan plan = Fixture.swi().targets("T1")
                .add(zfs("A.ZFS", 10, "/usr/lpp/abc", "S1").unixdir("/usr/lpp/abc/IBM/workflows"))
                .add(zfs("A.OTHER", 10, "/usr/lpp/other", "S1"))
                .rename("A.**", "A.**", "B.**")
                .moveMountPoint("/usr/lpp/abc/", "/usr/lpp/new")
                .plan();
        TargetDataSet moved = plan.datasets().get(0);
        assertEquals("/usr/lpp/abc", moved.sourceMountpoint());
        assertEquals("/usr/lpp/new", moved.mountpoint());
        assertEquals(List.of("/usr/lpp/new/IBM/workflows"), moved.unixdirs());
        assertEquals(List.of(new MountPointMove("B.ZFS", "/usr/lpp/abc", "/usr/lpp/new")), plan.mountPoints());
        TargetDataSet stays = plan.datasets().get(1);
        assertEquals("/usr/lpp/other", stays.mountpoint());
        assertFalse(stays.isMountPointMoved());
    }

    @Test
    void changeThatMatchesNoMountPointIsAProblem() {
        List<Problem> errors = Fixture.swi().targets("T1")
                .add(zfs("A.ZFS", 10, "/usr/lpp/abc", "S1"))
                .add(pds("A.LIB", 10, "S1"))
                .moveMountPoint("/usr/lpp/abc", "/x")
                .moveMountPoint("/usr/lpp", "/y")
                .errors();
        assertEquals(1, errors.size());
        assertEquals("request.json", errors.get(0).source());
        assertEquals("/configuration/mountpoints/1/from", errors.get(0).pointer());
        assertContains(errors.get(0).rule(), "/usr/lpp");
    }

    @Test
    void pathsMoveByTheLongestChangedMountPoint() {
        MountPoints mountPoints = new MountPoints(List.of(
                new MountPointChange("/usr/lpp", "/a"),
                new MountPointChange("/usr/lpp/abc", "/b/")));
        assertEquals("/b/IBM/", mountPoints.movePath("/usr/lpp/abc/IBM/"));
        assertEquals("/a/other", mountPoints.movePath("/usr/lpp/other"));
        assertEquals("/a", mountPoints.movePath("/usr/lpp"));
        assertEquals("/usr/lppx", mountPoints.movePath("/usr/lppx"));
        assertEquals("/etc", mountPoints.movePath("/etc"));
    }

    @Test
    void aMovedDddefPathWithAnApostropheIsAProblemNamingTheDddef() {
        List<Problem> errors = Fixture.swi().targets("T1")
                .add(zfs("A.ZFS", 10, "/usr/lpp/abc", "S1").pathDddef("TGT", "SABCZFS", "/usr/lpp/abc/o'brien/"))
                .add(pds("A.LIB", 10, "S1"))
                .moveMountPoint("/usr/lpp/abc", "/usr/lpp/new")
                .errors();

        assertEquals(List.of("plan /tgtswidatasets/0/dddefs/0/path: a DDDEF path that moves with its mount point holds "
                + "no apostrophe (it is written in an SMP/E PATH('...') value) (got \"/usr/lpp/new/o'brien/\")"),
                errors.stream().map(Problem::format).toList());
    }
}
