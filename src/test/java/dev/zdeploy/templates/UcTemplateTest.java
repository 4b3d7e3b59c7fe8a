package dev.zdeploy.templates;

import dev.zdeploy.plan.DeploymentPlan;

import dev.zdeploy.descriptor.ZoneType;

import static org.junit.jupiter.api.Assertions.assertFalse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.jcl.SmpeWriter;
import dev.zdeploy.jobs.JobType;
import java.util.List;
import org.junit.jupiter.api.Test;

class UcTemplateTest {

    @Test
    void pointsTheZoneIndexAtTheTemporaryCsisFirstAndAtTheFinalNamesLast() {
        String text = Rendering.render(Scenarios.copy(2), JobType.UC);
        List<String> statements = SmpeWriter.unwrap(Rendering.instream(text, "UCLIN", "SMPCNTL"));

        assertEquals("//SMPCSI   DD DISP=OLD,DSN=TMP.PROD.SMP.CSI", Rendering.statement(text, "//SMPCSI"));
        assertEquals(List.of("SET BOUNDARY(GLOBAL)", "UCLIN",
                "REP GLOBALZONE ZONEINDEX((TGT,TMP.PROD.SMP.CSI,TARGET) (DLIB,TMP.PROD.SMP.CSI,DLIB))", "ENDUCL"),
                statements.subList(0, 4));
        assertEquals(List.of("SET BOUNDARY(GLOBAL)", "UCLIN",
                "REP GLOBALZONE ZONEINDEX((TGT,PROD.SMP.CSI,TARGET) (DLIB,PROD.SMP.CSI,DLIB))", "ENDUCL"),
                statements.subList(statements.size() - 4, statements.size()));
        String library = Scenarios.name(1, 40);
        assertTrue(statements.contains("REP DDDEF(L0000001) DATASET(" + library + ") VOLUME(TGT001) UNIT(3390)"),
                statements.toString());
    }

    @Test
    void renamesZonesThenTheirRelatedZonesAndContinuesALongMovedPath() {
        String text = Rendering.render(Scenarios.renamedZonesAndMovedPaths(), JobType.UC);
        List<String> statements = SmpeWriter.unwrap(Rendering.instream(text, "UCLIN", "SMPCNTL"));

        int tgt = statements.indexOf("ZONERENAME(TGT) TO(TGT2) SAMEDATASET");
        int dlib = statements.indexOf("ZONERENAME(DLIB) TO(DLIB2) SAMEDATASET");
        assertEquals("SET BOUNDARY(TGT)", statements.get(tgt - 1));
        assertTrue(tgt > 3 && dlib > tgt, statements.toString());
        assertTrue(statements.indexOf("REP TARGETZONE(TGT2) RELATED(DLIB2)") > dlib, statements.toString());
        assertTrue(statements.contains("REP DLIBZONE(DLIB2) RELATED(TGT2)"), statements.toString());
        String path = "/usr/lpp/moved/to/a/new/mount/point/a/directory/structure/deep/enough/that/the/dddef/path/continues/IBM/";
        int rep = statements.indexOf("REP DDDEF(SPRODZFS) PATH('" + path + "')");
        assertTrue(rep > statements.indexOf("SET BOUNDARY(TGT2)"), statements.toString());
        assertTrue(Rendering.instream(text, "UCLIN", "SMPCNTL").stream().anyMatch(r -> r.length() == 72),
                "the path runs through column 72 and continues");
        assertEquals("REP GLOBALZONE ZONEINDEX((TGT2,PROD.SMP.CSI,TARGET) (DLIB2,PROD.SMP.CSI,DLIB))",
                statements.get(statements.size() - 2));
        assertTrue(text.contains("//* A zone that the failed run renamed"), "the rerun advice covers a zone renamed already");
        assertTrue(!Rendering.render(Scenarios.copy(2), JobType.UC).contains("ZONERENAME"),
                "no zone rename, no word of it");
    }

    @Test
    void aTargetWithoutVolumeGetsItsDddefDeletedAndAddedWithTheNameOnly() {
        List<String> statements = SmpeWriter.unwrap(
                Rendering.instream(Rendering.render(Scenarios.indirectAndMultiVolume(), JobType.UC), "UCLIN", "SMPCNTL"));

        int delete = statements.indexOf("DEL DDDEF(LINKLIB)");
        assertEquals("ADD DDDEF(LINKLIB) DATASET(SYS1.PROD.LINKLIB) SHR", statements.get(delete + 1));
        assertTrue(statements.contains("REP DDDEF(AMULTI) DATASET(PROD.MULTI) VOLUME(TGT001) UNIT(3390)"));
    }

    @Test
    void anInstanceWithAGlobalZoneOnlyUpdatesItsDddefsAndHasNoZoneIndexToPoint() {
        DeploymentPlan full = Scenarios.copy(2);
        DeploymentPlan globalOnly = new DeploymentPlan(full.deploymentName(), full.sourceType(), full.sourceName(),
                full.sourceSystem(), full.sourceDirectory(), full.descriptorVersion(), full.tgtswiname(),
                full.jcldataset(), full.jobStatement(), full.catalogObjective(), full.masterCatalog(), full.volumeMap(),
                full.datasets(), full.zones().stream().filter(zone -> zone.type() == ZoneType.GLOBAL).toList(),
                full.globalZoneCsi(), full.mountPoints(), full.highLevelQualifiers(), full.work(), full.volumeUsage(),
                full.warnings(), full.checksNotMade());

        String text = Rendering.render(globalOnly, JobType.UC);
        List<String> statements = SmpeWriter.unwrap(Rendering.instream(text, "UCLIN", "SMPCNTL"));

        assertFalse(statements.stream().anyMatch(statement -> statement.contains("ZONEINDEX")), statements.toString());
    }
}
