package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.pds;
import static dev.zdeploy.plan.Fixture.zfs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DddefTest {

    private static Fixture library(Fixture fixture) {
        return fixture.smpe("A.CSI").add(pds("A.SABCLOAD", 10, "S1", "S2").dddef("TGT", "SABCLOAD")
                .dddef("DLIB", "SABCLOAD"));
    }

    @Test
    void directlyCatalogedInANewMasterCatalogCarriesNameVolumeAndUnit() {
        TargetDataSet target = library(Fixture.swi().targets("T1", "T2")).rename("A.**", "A.**", "B.**")
                .target("A.SABCLOAD");
        // The library spans two volumes: its DDDEF names both, in order (issue 10 minor, manual-syntax 3.4).
        assertEquals(List.of(
                new TargetDddef("TGT", "TGT", "SABCLOAD", "B.SABCLOAD", "T1", "3390", null, null, List.of("T1", "T2")),
                new TargetDddef("DLIB", "DLIB", "SABCLOAD", "B.SABCLOAD", "T1", "3390", null, null, List.of("T1", "T2"))),
                target.dddefs());
        assertEquals("T1 T2", target.dddefs().get(0).volumeOperand());
    }

    @Test
    void aMultiVolumeDataSetOfAPortableInstanceIsUnzippedOntoItsFirstVolumeAlone() {
        // GIMUNZIP's ARCHDEF volume= takes one serial: the data set is allocated there, all its tracks too.
        DeploymentPlan plan = library(Fixture.pswi().targets("T1", "T2")).plan();
        TargetDataSet target = plan.datasets().stream().filter(d -> d.sourceName().equals("A.SABCLOAD")).findFirst()
                .orElseThrow();
        assertEquals(List.of("T1"), target.volumes());
        assertEquals(List.of("T1"), target.dddefs().get(0).volumes());
        assertEquals("T1", target.dddefs().get(0).volumeOperand());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.rule().contains("GIMUNZIP allocates it on T1 alone")),
                plan.warnings().toString());
    }

    @Test
    void theFirstVolumeMustLeadTheVolumeList() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new TargetDddef("TGT", "TGT", "X", "A.X", "T2", "3390", null, null, List.of("T1", "T2")));
    }

    @Test
    void indirectlyCatalogedInANewMasterCatalogNamesItsVolumeNotTheDrivingSystemsDataSetOfThatName() {
        // Issue 10, major 4: without VOLUME, SMP/E on the driving system allocates the name through its own catalog.
        TargetDataSet target = Fixture.swi().indirectTarget("T1", "&SYSR2").smpe("A.CSI")
                .add(pds("A.SABCLOAD", 10, "S1").dddef("TGT", "SABCLOAD")).target("A.SABCLOAD");
        assertEquals(new TargetDddef("TGT", "TGT", "SABCLOAD", "A.SABCLOAD", "T1", "3390", null, null),
                target.dddefs().get(0));
    }

    @Test
    void smsManagedInANewMasterCatalogCarriesNoVolume() {
        // Issue 10, major 5: SMS picks an SMS-managed target's volume; a DDDEF VOLUME would name the wrong one.
        TargetDataSet target = Fixture.swi().targets("T1").smpe("A.CSI")
                .add(pds("A.SABCLOAD", 10, "S1").storclas("SCLIB").dddef("TGT", "SABCLOAD")).target("A.SABCLOAD");
        assertEquals(new TargetDddef("TGT", "TGT", "SABCLOAD", "A.SABCLOAD", null, null, null, null),
                target.dddefs().get(0));
    }

    @Test
    void existingCatalogCarriesNoVolume() {
        TargetDataSet target = library(Fixture.swi().existingCatalog().targets("T1", "T2"))
                .rename("A.**", "A.**", "B.**").target("A.SABCLOAD");
        target.dddefs().forEach(dddef -> {
            assertEquals("B.SABCLOAD", dddef.dataset());
            assertEquals(null, dddef.volume());
            assertEquals(null, dddef.unit());
        });
    }

    @Test
    void dddefsTakeTheRenamedZoneNames() {
        TargetDataSet target = library(Fixture.swi().targets("T1", "T2")).renameZone("TGT", "TGT2")
                .target("A.SABCLOAD");
        assertEquals("TGT2", target.dddefs().get(0).zone());
        assertEquals("TGT", target.dddefs().get(0).sourceZone());
        assertEquals("DLIB", target.dddefs().get(1).zone());
    }

    @Test
    void pathUnderAChangedMountPointGetsTheNewPrefix() {
        TargetDataSet target = Fixture.swi().targets("T1").smpe("A.CSI")
                .add(zfs("A.ZFS", 10, "/usr/lpp/abc", "S1").pathDddef("TGT", "SABCZFS", "/usr/lpp/abc/IBM/"))
                .moveMountPoint("/usr/lpp/abc", "/usr/lpp/new/abc")
                .target("A.ZFS");
        TargetDddef dddef = target.dddefs().get(0);
        assertEquals("/usr/lpp/abc/IBM/", dddef.sourcePath());
        assertEquals("/usr/lpp/new/abc/IBM/", dddef.path());
        assertEquals(null, dddef.dataset());
        assertEquals(null, dddef.volume());
        assertTrue(dddef.isPathMoved());
    }

    @Test
    void pathOutsideEveryChangedMountPointStays() {
        TargetDataSet target = Fixture.swi().targets("T1").smpe("A.CSI")
                .add(zfs("A.ZFS", 10, "/usr/lpp/abc", "S1").pathDddef("TGT", "SABCZFS", "/usr/lpp/abcd/IBM/"))
                .add(zfs("A.ZFS2", 10, "/usr/lpp/abc", "S1"))
                .moveMountPoint("/usr/lpp/abc", "/new")
                .target("A.ZFS");
        assertEquals("/usr/lpp/abcd/IBM/", target.dddefs().get(0).path());
        assertFalse(target.dddefs().get(0).isPathMoved());
    }
}
