package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.pds;
import static dev.zdeploy.plan.Fixture.zfs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zdeploy.descriptor.DsType;
import dev.zdeploy.problem.Problem;
import dev.zdeploy.request.SystemSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnzipJobChecksTest {

    private static Fixture portableWithZfs(String workPath) {
        Fixture fixture = Fixture.pswi().targets("T1")
                .add(pds("A.LIB", 10, "S1"))
                .add(zfs("A.ZFS", 10, "/usr/lpp/abc", "S1"));
        fixture.settings = new SystemSettings(null, null, workPath, null, null, null);
        fixture.version = 9;
        return fixture;
    }

    @Test
    void aWorkPathThatLeavesTheTemporaryMountPointsWithinAnArchdefValueIsFine() {
        // <path>/zdeploy/<instance>_1/IZUD99ZF/FS2/ is at most 60 characters
        String path = "/" + "w".repeat(60 - "/zdeploy/".length() - (Fixture.pswi().sourceName + "_1").length()
                - "/IZUD99ZF/FS2/".length() - 1);
        assertEquals(List.of(), portableWithZfs(path).plan().warnings());
    }

    @Test
    void aWorkPathOneCharacterLongerIsAProblemOfTheRequest() {
        String path = "/" + "w".repeat(60 - "/zdeploy/".length() - (Fixture.pswi().sourceName + "_1").length()
                - "/IZUD99ZF/FS2/".length());
        List<Problem> errors = portableWithZfs(path).errors();

        assertEquals(1, errors.size(), errors.toString());
        assertEquals("request.json /systemsettings/workpath: the temporary mount points under the work path, such as "
                + path + "/zdeploy/" + Fixture.pswi().sourceName + "_1/IZUD99ZF/FS2/, must be at most 60 characters"
                + " (GIMUNZIP reads an ARCHDEF value only up to column 72): choose a shorter work path (got \"" + path
                + "\")", errors.get(0).format());
    }

    @Test
    void beforeDescriptorVersion9AFileSystemIsUnzippedAsADataSetWithoutAMountPoint() {
        Fixture fixture = portableWithZfs("/" + "w".repeat(200));
        fixture.version = 8;
        assertEquals(List.of(), fixture.plan().warnings());
    }

    @Test
    void aCopyHasNoTemporaryMountPoints() {
        Fixture fixture = Fixture.swi().targets("T1").add(zfs("A.ZFS", 10, "/usr/lpp/abc", "S1"));
        fixture.settings = new SystemSettings(null, null, "/" + "w".repeat(200), null, null, null);
        assertEquals(List.of(), fixture.plan().warnings());
    }

    private static Fixture portable() {
        Fixture fixture = Fixture.pswi().targets("T1").add(pds("A.LIB", 10, "S1"));
        fixture.version = 8;
        return fixture;
    }

    @Test
    void thePackageDirectoryIsAJclPathOfAtMost255Characters() {
        Fixture fits = portable();
        fits.directory = "/" + "d".repeat(253);
        assertEquals(List.of(), fits.plan().warnings());

        Fixture tooLong = portable();
        tooLong.directory = "/" + "d".repeat(254);
        assertEquals(List.of("request.json /source/directory: the package directory is written as a JCL PATH value, "
                + tooLong.directory + "/, of at most 255 characters (got \"" + tooLong.directory + "\")"),
                tooLong.errors().stream().map(Problem::format).toList());
    }

    @Test
    void theWorkDirectoriesAreJclPathsOfAtMost255Characters() {
        String instance = "/zdeploy/" + Fixture.pswi().sourceName + "_1/IZUD99ZF/";
        Fixture fits = portable();
        fits.settings = new SystemSettings(null, null, "/" + "w".repeat(254 - instance.length()), null, null, null);
        assertEquals(List.of(), fits.plan().warnings());

        String path = "/" + "w".repeat(255 - instance.length());
        Fixture tooLong = portable();
        tooLong.settings = new SystemSettings(null, null, path, null, null, null);
        assertEquals(List.of("request.json /systemsettings/workpath: the work directories of the jobs under the work"
                + " path, such as " + path + instance + ", are JCL PATH values of at most 255 characters: choose a"
                + " shorter work path (got \"" + path + "\")"),
                tooLong.errors().stream().map(Problem::format).toList());
    }

    @Test
    void theWorkZfsIsADataSetNameOfAtMost44Characters() {
        // <prefix>.IZUD99ZF.WORK.ZFS: 18 characters after the prefix
        Fixture fits = portable();
        fits.settings = new SystemSettings("ABCDEFGH.ABCDEFGH.ABCDEFGH", null, null, null, null, null);
        assertEquals(List.of(), fits.plan().warnings());

        Fixture tooLong = portable();
        tooLong.settings = new SystemSettings("ABCDEFGH.ABCDEFGH.ABCDEFGH.A", null, null, null, null, null);
        assertEquals(List.of("request.json /systemsettings/workdsnprefix: the work zFS of a job, such as"
                + " ABCDEFGH.ABCDEFGH.ABCDEFGH.A.IZUD99ZF.WORK.ZFS, is a data set name of at most 44 characters:"
                + " choose a shorter work data set prefix (got \"ABCDEFGH.ABCDEFGH.ABCDEFGH.A\")"),
                tooLong.errors().stream().map(Problem::format).toList());

        Fixture symbolic = portable();
        symbolic.settings = new SystemSettings("ABCDEFGH.ABCDEFGH.ABCDEFGH.&SYSUID", null, null, null, null, null);
        assertEquals(List.of(), symbolic.plan().warnings());
    }

    @Test
    void aPrefixEndingWithASymbolIsFollowedByTheSymbolsOwnPeriod() {
        assertEquals("&SYSUID..IZUD02UZ.WORK.ZFS", DeploymentPlan.workZfs("&SYSUID", "IZUD02UZ"));
        assertEquals("SYSPROG.&SYSUID..IZUD02UZ.WORK.ZFS", DeploymentPlan.workZfs("SYSPROG.&SYSUID", "IZUD02UZ"));
        assertEquals("&SYSUID..IZUD02UZ.WORK.ZFS", DeploymentPlan.workZfs("&SYSUID.", "IZUD02UZ"));
        assertEquals("&SYSUID..WORK.IZUD02UZ.WORK.ZFS", DeploymentPlan.workZfs("&SYSUID..WORK", "IZUD02UZ"));
        assertEquals("SYSPROG.IZUD02UZ.WORK.ZFS", DeploymentPlan.workZfs("SYSPROG", "IZUD02UZ"));
    }

    @Test
    void theWorkZfsOfTheLargestDataSetDoesNotWrapAround() {
        Fixture fixture = portable();
        fixture.datasets.clear();
        fixture.add(pds("A.LIB", Integer.MAX_VALUE, "S1"));
        fixture.settings = new SystemSettings(null, null, null, "SCWORK", null, "DCEXTEA");
        // The used half (the fixture's 50%) in 49,152-byte aggregate tracks, plus 25%.
        long bytes = ((long) Integer.MAX_VALUE * 50 + 99) / 100 * 56_664;
        long withMargin = bytes + (bytes * 25 + 99) / 100;
        assertEquals((withMargin + 737_279) / 737_280, fixture.plan().workZfsCylinders());
    }

    @Test
    void anHfsArchivedAsADirectoryTreeIsRefusedNotMadeAZfs() {
        // Issue 10, minor: ZF defined an HFS data set LINEAR and formatted it as a zFS.
        Fixture.DataSetSpec hfs = new Fixture.DataSetSpec("A.HFS", DsType.HFS, 300, "S1");
        hfs.mountpoint = "/usr/lpp/a";
        Fixture fixture = Fixture.pswi().targets("T1").add(pds("A.LIB", 30, "S1")).add(hfs);
        fixture.version = 9;
        List<Problem> errors = fixture.errors();
        assertEquals(List.of("/tgtswidatasets/1/dstype"), errors.stream().map(Problem::pointer).toList());
        fixture.version = 7;
        fixture.plan();
    }
}
