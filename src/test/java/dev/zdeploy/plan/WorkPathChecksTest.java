package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.pds;
import static dev.zdeploy.plan.Fixture.zfs;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zdeploy.problem.Problem;
import dev.zdeploy.request.SystemSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkPathChecksTest {

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
}
