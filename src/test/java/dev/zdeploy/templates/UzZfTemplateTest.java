package dev.zdeploy.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.jcl.GimunzipWriter;
import dev.zdeploy.jcl.IdcamsWriter;
import dev.zdeploy.jcl.StdparmWriter;
import dev.zdeploy.jobs.JobType;
import dev.zdeploy.plan.DeploymentPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class UzZfTemplateTest {

    @Test
    void unzipsEveryDataSetToItsTemporaryNameOnAWorkZfsThatIsCleanedUpAfterAFailureToo() {
        DeploymentPlan plan = Scenarios.portable(300);
        String text = Rendering.render(plan, JobType.UZ);

        assertEquals(List.of("DEFWORK", "MOUNT", "UNZIP", "VERIFY", "UNMOUNT", "DELWORK"), Rendering.steps(text));
        assertEquals("//UNZIP    EXEC PGM=GIMUNZIP,PARM='HASH=NO',REGION=0M,COND=(0,NE)", Rendering.statement(text, "//UNZIP"));
        assertEquals("//UNMOUNT  EXEC PGM=BPXBATCH,REGION=0M,COND=((0,NE,DEFWORK),(0,NE,MOUNT),EVEN)",
                Rendering.statement(text, "//UNMOUNT"));
        assertEquals("//DELWORK  EXEC PGM=IDCAMS,COND=((0,NE,DEFWORK),(0,NE,UNMOUNT),EVEN)",
                Rendering.statement(text, "//DELWORK"));
        assertEquals("//SMPDIR   DD PATH='" + Scenarios.LONG_DIRECTORY + "/',PATHDISP=KEEP", Rendering.statement(text, "//SMPDIR"));
        assertEquals(List.of("DELETE &SYSUID..IZUD03UZ.WORK.ZFS CLUSTER", "SET MAXCC = 0",
                        "DEFINE CLUSTER(NAME(&SYSUID..IZUD03UZ.WORK.ZFS) LINEAR CYLINDERS(50 25) SHAREOPTIONS(3))"),
                IdcamsWriter.unwrap(Rendering.instream(text, "DEFWORK", "SYSIN")));
        assertEquals("SH set -o errexit; zfsadm format -aggregate '&SYSUID..IZUD03UZ.WORK.ZFS';"
                        + " mkdir -p /tmp/zdeploy/PROD_1/IZUD03UZ;"
                        + " /usr/sbin/mount -t ZFS -f '&SYSUID..IZUD03UZ.WORK.ZFS' /tmp/zdeploy/PROD_1/IZUD03UZ",
                StdparmWriter.unwrap(Rendering.instream(text, "MOUNT", "STDPARM")));
        List<String> xml = GimunzipWriter.unwrap(Rendering.instream(text, "UNZIP", "SYSIN"));
        assertEquals(301, xml.size(), "GIMUNZIP, 299 ARCHDEFs (the zFS tree goes to ZF), /GIMUNZIP");
        String library = "NEWHLQ." + Scenarios.name(1, 35);
        assertTrue(xml.contains("<ARCHDEF archid=\"ARCH." + Scenarios.name(1, 35) + "\" newname=\"" + library
                + ".#\" volume=\"TGT001\"/>"), xml.get(2));
        assertEquals(44, (library + ".#").length());
        assertTrue(xml.contains("<ARCHDEF archid=\"ARCH.PROD.SMP.CSI\" newname=\"NEWHLQ.PROD.SMP.CSI\" volume=\"TGT001\"/>"));
    }

    @Test
    void theWorkZfsIsUnmountedOnlyWhenMountedAndDeletedOnlyWhenDefinedAndNotMounted() {
        String text = Rendering.render(Scenarios.portable(3), JobType.UZ);
        List<String> all = List.of("DEFWORK", "MOUNT", "UNZIP", "VERIFY", "UNMOUNT", "DELWORK");

        assertEquals(all, StepRun.run(text, "none", 0));
        assertEquals(all, StepRun.run(text, "UNZIP", 4), "UNZIP's warnings end well");
        assertEquals(List.of("DEFWORK", "MOUNT", "UNZIP", "UNMOUNT", "DELWORK"), StepRun.run(text, "UNZIP", 12),
                "a failed UNZIP is cleaned up after, and nothing is verified");
        assertEquals(all, StepRun.run(text, "VERIFY", 12), "a data set missing: the work zFS is cleaned up");
        assertEquals(List.of("DEFWORK", "MOUNT", "DELWORK"), StepRun.run(text, "MOUNT", 1),
                "nothing to unmount after a failed MOUNT, but the work zFS is deleted");
        assertEquals(List.of("DEFWORK"), StepRun.run(text, "DEFWORK", 12),
                "no unmount of a file system never mounted, nothing to delete");
        assertEquals(List.of("DEFWORK", "MOUNT", "UNZIP", "VERIFY", "UNMOUNT"), StepRun.run(text, "UNMOUNT", 1),
                "a work zFS still mounted is not deleted");
    }

    @Test
    void aNewMasterCatalogIsDefinedWithItsTemporaryAliasBeforeAnythingIsUnzipped() {
        DeploymentPlan plan = Scenarios.portableNewCatalog();
        String text = Rendering.render(plan, JobType.UZ);

        assertEquals(List.of("DEFCAT", "DEFALIAS", "DEFWORK", "MOUNT", "UNZIP", "VERIFY", "UNMOUNT", "DELWORK"),
                Rendering.steps(text));
        assertEquals(List.of("DEFINE USERCATALOG(NAME(CATALOG.PROD.MCAT) ICFCATALOG VOLUME(TGT001) CYLINDERS(10 10))"),
                IdcamsWriter.unwrap(Rendering.instream(text, "DEFCAT", "SYSIN")));
        assertEquals(List.of("DEFINE ALIAS(NAME(TMP) RELATE(CATALOG.PROD.MCAT))"),
                IdcamsWriter.unwrap(Rendering.instream(text, "DEFALIAS", "SYSIN")));
        assertEquals("//DEFWORK  EXEC PGM=IDCAMS,COND=(0,NE)", Rendering.statement(text, "//DEFWORK"));
        assertTrue(text.contains("RESTART=DEFWORK"), "a rerun does not define the catalog again");
        for (String failing : List.of("DEFCAT", "DEFALIAS")) {
            assertEquals(List.of("DEFCAT", "DEFALIAS").subList(0, failing.equals("DEFCAT") ? 1 : 2),
                    StepRun.run(text, failing, 8), "nothing runs after a failed " + failing);
        }
        assertEquals(List.of("DEFCAT", "DEFALIAS", "DEFWORK", "MOUNT", "DELWORK"), StepRun.run(text, "MOUNT", 1));
    }

    @Test
    void anSmsManagedDataSetGetsNoVolume() {
        List<String> xml = GimunzipWriter.unwrap(
                Rendering.instream(Rendering.render(Scenarios.portableNewCatalog(), JobType.UZ), "UNZIP", "SYSIN"));

        assertTrue(xml.contains("<ARCHDEF archid=\"ARCH.PROD.SMS\" newname=\"TMP.PROD.SMS\"/>"), xml.toString());
        assertTrue(xml.contains("<ARCHDEF archid=\"ARCH.PROD.SLIB\" newname=\"TMP.PROD.SLIB\" volume=\"TGT001\"/>"));
    }

    @Test
    void installsAZfsTreeOnATemporaryMountPoint() {
        String text = Rendering.render(Scenarios.portable(3), JobType.ZF);
        String temporary = "NEWHLQ.PROD.OMVS.ROOT.#";
        String mountPoint = "/tmp/zdeploy/PROD_1/IZUD04ZF/FS2";

        String work = "&SYSUID..IZUD04ZF.WORK.ZFS";
        String workDir = "/tmp/zdeploy/PROD_1/IZUD04ZF/WORK";

        assertEquals(List.of("DEFINE", "DEFWORK", "MOUNT", "UNZIP", "UNMOUNT", "DELWORK"), Rendering.steps(text));
        assertEquals("DEFINE CLUSTER(NAME(" + temporary + ") LINEAR TRACKS(15 5) VOLUMES(TGT001) SHAREOPTIONS(3))",
                IdcamsWriter.unwrap(Rendering.instream(text, "DEFINE", "SYSIN")).get(0));
        // GIMUNZIP expands each archive in SMPWKDIR ("GIMUNZIP processing"): on a work zFS of the job's own.
        List<String> defwork = IdcamsWriter.unwrap(Rendering.instream(text, "DEFWORK", "SYSIN"));
        assertEquals(List.of("DELETE " + work + " CLUSTER", "SET MAXCC = 0"), defwork.subList(0, 2));
        assertTrue(defwork.get(2).startsWith("DEFINE CLUSTER(NAME(" + work + ") LINEAR CYLINDERS(50 25)"), defwork.toString());
        assertEquals("SH set -o errexit; zfsadm format -aggregate '" + temporary + "' -overwrite; mkdir -p " + mountPoint
                        + "; /usr/sbin/mount -t ZFS -f '" + temporary + "' " + mountPoint + "; zfsadm format -aggregate '"
                        + work + "'; mkdir -p " + workDir + "; /usr/sbin/mount -t ZFS -f '" + work + "' " + workDir,
                StdparmWriter.unwrap(Rendering.instream(text, "MOUNT", "STDPARM")));
        assertTrue(text.contains("//SMPWKDIR DD PATH='" + workDir + "/'"), text);
        assertEquals(List.of("<GIMUNZIP>", "<ARCHDEF archid=\"ARCH.PROD.OMVS.ROOT\" newname=\"" + mountPoint
                        + "/\" preserveid=\"YES\" replace=\"YES\"/>", "</GIMUNZIP>"),
                GimunzipWriter.unwrap(Rendering.instream(text, "UNZIP", "SYSIN")));
        assertEquals("SH set -o errexit; /usr/sbin/unmount -f '" + temporary + "'; /usr/sbin/unmount -f '" + work + "'",
                StdparmWriter.unwrap(Rendering.instream(text, "UNMOUNT", "STDPARM")));
        assertEquals(List.of("DEFINE"), StepRun.run(text, "DEFINE", 16), "nothing was mounted: no UNMOUNT");
        assertEquals(List.of("DEFINE", "DEFWORK", "MOUNT", "UNZIP", "UNMOUNT", "DELWORK"), StepRun.run(text, "UNZIP", 12));
        assertEquals(List.of("DEFINE", "DEFWORK", "MOUNT", "DELWORK"), StepRun.run(text, "MOUNT", 1),
                "the work zFS is mounted last: after a failed MOUNT it is not mounted and is deleted");
    }

    @Test
    void commentBoxesCountInTheSingularForOne() {
        String zf = Rendering.commentWords(Rendering.render(Scenarios.portable(3), JobType.ZF));
        assertTrue(zf.contains("Step DEFINE defines the 1 zFS data set under"), zf);
        String cp = Rendering.commentWords(Rendering.render(Scenarios.copy(1), JobType.CP));
        assertTrue(cp.contains("Step COPY001 copies the 1 data set with DFSMSdss"), cp);
        String many = Rendering.commentWords(Rendering.render(Scenarios.copy(300), JobType.CP));
        assertTrue(many.contains("Steps COPY001 to COPY003 copy the 300 data sets with DFSMSdss"), many);
        String rn = Rendering.commentWords(Rendering.render(Scenarios.copy(1), JobType.RN));
        assertTrue(rn.contains("Renames the 1 data set that carries a temporary name"), rn);
    }

    @Test
    void theMountAuthorityIsTheOneTheShellsMountNeedsAndTheRacfSampleGrantsIt() {
        // Issue 10 major 8: BPX.SUPERUSER makes only TSO MOUNT privileged (UNIX System Services Planning,
        // "Privileged mount and unmount authority"); the shell's mount needs UID 0 or UNIXPRIV READ.
        DeploymentPlan plan = Scenarios.portable(3);
        for (JobType type : List.of(JobType.UZ, JobType.ZF)) {
            String box = Rendering.render(plan, type).replaceAll("\n//\\* ", " ");
            assertTrue(box.contains("UID 0 or READ access to UNIXPRIV class profile SUPERUSER.FILESYS.MOUNT"), box);
            assertFalse(box.contains("mount authority: BPX.SUPERUSER or UID 0"), box);
        }
        assertTrue(Rendering.instream(Rendering.render(plan, JobType.RA), "RACF", "SYSTSIN")
                .contains("PERMIT SUPERUSER.FILESYS.MOUNT CLASS(UNIXPRIV) ID(acclist) ACCESS(READ)"));
    }
}
