package dev.zdeploy.plan;

import static dev.zdeploy.plan.Fixture.pds;
import static dev.zdeploy.plan.Fixture.vsam;
import static dev.zdeploy.plan.RenameRulesTest.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.zdeploy.descriptor.ZoneType;
import dev.zdeploy.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZonesTest {

    /** Three CSIs, as the QWT example has them. */
    private static Fixture threeCsis() {
        return Fixture.pswi().existingCatalog().targets("T1")
                .zone("GLOBAL", ZoneType.GLOBAL, null, "QWT.GLOBAL.CSI")
                .zone("TZONE", ZoneType.TARGET, "DZONE", "QWT.TARGET.CSI")
                .zone("DZONE", ZoneType.DLIB, "TZONE", "QWT.DLIB.CSI")
                .add(vsam("QWT.GLOBAL.CSI", 150, "S1"))
                .add(vsam("QWT.TARGET.CSI", 300, "S1"))
                .add(vsam("QWT.DLIB.CSI", 300, "S1"))
                .add(pds("QWT.SMPPTS", 600, "S1").dddef("GLOBAL", "SMPPTS"))
                .rename("QWT.**", "QWT.**", "DEPLOY.QWT.**");
    }

    @Test
    void zonesKeepTheirNamesAndGetTheFinalCsis() {
        DeploymentPlan plan = threeCsis().plan();
        assertEquals(List.of(
                new TargetZone("GLOBAL", "GLOBAL", ZoneType.GLOBAL, null, null, "QWT.GLOBAL.CSI",
                        "DEPLOY.QWT.GLOBAL.CSI", "DEPLOY.QWT.GLOBAL.CSI"),
                new TargetZone("TZONE", "TZONE", ZoneType.TARGET, "DZONE", "DZONE", "QWT.TARGET.CSI",
                        "DEPLOY.QWT.TARGET.CSI", "DEPLOY.QWT.TARGET.CSI"),
                new TargetZone("DZONE", "DZONE", ZoneType.DLIB, "TZONE", "TZONE", "QWT.DLIB.CSI",
                        "DEPLOY.QWT.DLIB.CSI", "DEPLOY.QWT.DLIB.CSI")),
                plan.zones());
        assertEquals("DEPLOY.QWT.GLOBAL.CSI", plan.globalZoneCsi());
        assertEquals(List.of("TZONE", "DZONE"), plan.zoneIndex().stream().map(TargetZone::name).toList());
        assertEquals(List.of("GLOBAL"), plan.datasets().get(0).csiOfZones());
        assertEquals(List.of(), plan.datasets().get(3).csiOfZones());
    }

    @Test
    void zoneRenamesApplyToNamesRelatedZonesAndDddefs() {
        DeploymentPlan plan = threeCsis().renameZone("TZONE", "TZ2").renameZone("DZONE", "DZ2").plan();
        TargetZone target = plan.zones().get(1);
        assertEquals("TZ2", target.name());
        assertEquals("DZ2", target.related());
        assertEquals("DZONE", target.sourceRelated());
        assertEquals("TZ2", plan.zones().get(2).related());
        assertEquals(List.of("TZ2"), plan.datasets().get(1).csiOfZones());
    }

    @Test
    void oneCsiHoldingSeveralZonesListsThemAll() {
        DeploymentPlan plan = Fixture.swi().targets("T1").smpe("A.CSI").add(vsam("A.CSI", 10, "S1")).plan();
        assertEquals(List.of("GLOBAL", "TGT", "DLIB"), plan.datasets().get(0).csiOfZones());
    }

    @Test
    void withoutSmpeThereAreNoZones() {
        DeploymentPlan plan = Fixture.swi().targets("T1").add(pds("A.LIB", 10, "S1")).plan();
        assertEquals(List.of(), plan.zones());
        assertNull(plan.globalZoneCsi());
    }

    @Test
    void renamingAnUnknownZoneOrTheGlobalZoneIsAProblem() {
        List<Problem> errors = threeCsis().renameZone("NOPE", "X").renameZone("GLOBAL", "G2").errors();
        assertEquals(2, errors.size());
        assertEquals("/configuration/zones/0/from", errors.get(0).pointer());
        assertEquals("/configuration/zones/1/from", errors.get(1).pointer());
        assertContains(errors.get(1).rule(), "GLOBAL");
    }

    @Test
    void twoZonesEndingWithOneNameIsAProblem() {
        List<Problem> errors = threeCsis().renameZone("TZONE", "DZONE").errors();
        assertEquals(1, errors.size());
        assertEquals("/configuration/zones/0/to", errors.get(0).pointer());
        assertContains(errors.get(0).rule(), "would both be named DZONE");
    }
}
