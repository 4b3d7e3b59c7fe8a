package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.pds;
import static dev.zdeploy.plan.Fixture.vsam;
import static dev.zdeploy.plan.Fixture.zfs;
import static dev.zdeploy.plan.RenameRulesTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 10, blocker 2 and major 6: catalog combinations the rename job cannot carry out are refused. */
class CatalogChecksTest {

    @Test
    void indirectCatalogingIntoTheExistingCatalogIsRefusedNamingTheSymbolsField() {
        List<Problem> errors = Fixture.swi().existingCatalog().targets("T1").indirectTarget("T2", "******")
                .rename("SYS1.**", "SYS1.**", "NEW.SYS1.**").rename("ZOS.**", "ZOS.**", "NEW.ZOS.**")
                .add(pds("ZOS.LIB", 1, "S1")).add(pds("SYS1.LINKLIB", 1, "S2")).errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("/targetvolumes/1/indirectcatalogsymbol", errors.get(0).pointer());
        assertEquals("******", errors.get(0).value());
        assertContains(errors.get(0).format(), "needs a new master catalog (/mastercatalog)");
    }

    @Test
    void indirectCatalogingIntoANewMasterCatalogIsPlanned() {
        DeploymentPlan plan = Fixture.swi().indirectTarget("T1", "******").add(pds("SYS1.LINKLIB", 1, "S1")).plan();
        assertEquals("******", plan.datasets().get(0).indirectcatalogsymbol());
    }

    @Test
    void aCopyUnderItsOwnNameOntoItsSourceVolumeIsRefusedOncePerVolume() {
        List<Problem> errors = Fixture.swi().targets("S1").add(pds("ZOS.LIB", 1, "S1")).add(pds("ZOS.LIB2", 1, "S1"))
                .add(vsam("ZOS.GLOBAL.CSI", 10, "S1")).errors();
        assertEquals(List.of("/tgtswidatasets/0/volumes"), errors.stream().map(Problem::pointer).toList());
        assertContains(errors.get(0).format(), "volume S1 is both source and target of 2 data sets copied under the name");
    }

    @Test
    void smsManagedVsamRenamedInsideANewMasterCatalogIsRefused() {
        List<Problem> errors = Fixture.swi().targets("T1").add(pds("ZOS.LIB", 1, "S1"))
                .add(vsam("ZOS.GLOBAL.CSI", 10, "S1").storclas("SCSMPE"))
                .add(zfs("ZOS.ROOT.ZFS", 10, "/usr/lpp/x", "S1").storclas("SCZFS")).errors();
        assertEquals(List.of("/tgtswidatasets/1/storclas", "/tgtswidatasets/2/storclas"),
                errors.stream().map(Problem::pointer).toList());
        assertContains(errors.get(0).format(), "cannot be renamed from ZOS24.ZOS.GLOBAL.CSI inside the new master catalog");
    }

    @Test
    void smsManagedNonVsamInANewMasterCatalogAndSmsManagedVsamInTheExistingCatalogArePlanned() {
        Fixture.swi().targets("T1").add(pds("ZOS.LIB", 1, "S1").storclas("SCLIB")).plan();
        Fixture.swi().existingCatalog().targets("T1").rename("ZOS.**", "ZOS.**", "NEW.ZOS.**")
                .add(vsam("ZOS.GLOBAL.CSI", 10, "S1").storclas("SCSMPE")).plan();
    }

    @Test
    void finalNamesTheDrivingSystemMayHoldAreCopiedUnderThemOrNamedInTheRenameJob() {
        // Issue 10, major 12: ALTER cannot rename to a name allocated to another address space. A non-VSAM,
        // non-SMS data set that keeps its source name is copied under it and never renamed; what is still
        // renamed to such a name (SMS-managed, a rule mapping to SYS1) is named in RN's comment box.
        DeploymentPlan plan = Fixture.swi().targets("T1").rename("ZOS.OLD.**", "ZOS.OLD.**", "ZOS.NEW.**")
                .rename("SYS2.**", "SYS2.**", "SYS1.**")
                .add(pds("SYS1.LINKLIB", 1, "S1")).add(pds("ZOS.LIB", 1, "S1")).add(pds("ZOS.OLD.LIB", 1, "S1"))
                .add(pds("ZOS.SMSLIB", 1, "S1").storclas("SCLIB")).add(pds("SYS2.LPALIB", 1, "S1"))
                .add(vsam("ZOS.CSI", 1, "S1")).plan();
        assertEquals(List.of("SYS1.LINKLIB", "ZOS.LIB"), plan.datasets().stream()
                .filter(TargetDataSet::copiedUnderFinalName).map(TargetDataSet::name).toList());
        assertTrue(plan.datasets().stream().filter(TargetDataSet::copiedUnderFinalName)
                .allMatch(ds -> ds.temporaryName().equals(ds.name()) && !ds.needsRename()));
        assertEquals(List.of("ZOS.SMSLIB", "SYS1.LPALIB"), plan.finalNamesPossiblyAllocated());
        DeploymentPlan existing = Fixture.swi().existingCatalog().targets("T1").rename("ZOS.**", "ZOS.**", "NEW.**")
                .add(pds("ZOS.LIB", 1, "S1")).plan();
        assertEquals(List.of(), existing.finalNamesPossiblyAllocated());
        assertFalse(existing.datasets().get(0).copiedUnderFinalName());
    }
}
