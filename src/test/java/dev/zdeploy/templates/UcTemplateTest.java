package dev.zdeploy.templates;

import dev.zdeploy.jobs.JobPlanner;

import dev.zdeploy.jobs.Job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zdeploy.descriptor.ZoneType;
import dev.zdeploy.jcl.SmpeWriter;
import dev.zdeploy.jobs.JobType;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.render.JobRenderer;
import dev.zdeploy.render.TemplateRenderException;
import dev.zdeploy.render.TemplateSource;
import dev.zdeploy.testing.PlanFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UcTemplateTest {

    private static final List<String> GIMSMP_DDS = List.of("SMPCSI", "SMPOUT", "SMPRPT", "SMPLIST", "SYSPRINT", "SMPLOG",
            "SMPLOGA", "SMPHOLD", "SMPCNTL");

    static Stream<Arguments> plansAndTheirSteps() {
        return Stream.of(
                Arguments.of("zone index and DDDEFs", Scenarios.copy(2), List.of("ZINDEX", "DDDEFS")),
                Arguments.of("zone index only (no DDDEF)", Scenarios.copy(1), List.of("ZINDEX")),
                Arguments.of("renamed zones, moved paths", Scenarios.renamedZonesAndMovedPaths(),
                        List.of("ZINDEX", "ZRENAME", "DDDEFS")),
                Arguments.of("global zone only, with DDDEFs",
                        globalOnly(PlanFixtures.swi().csi("PROD.SMP.CSI").library("PROD.SMPPTS", "GLOBAL", "SMPPTS").build()),
                        List.of("DDDEFS")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plansAndTheirSteps")
    void oneGimsmpStepPerPhaseThatHasSomethingToDoEachWithTheDdStatementsSmpeNeeds(String name, DeploymentPlan plan,
            List<String> steps) {
        String text = Rendering.render(plan, JobType.UC);

        assertEquals(steps, Rendering.steps(text));
        String csi = plan.zones().get(0).temporaryCsi();
        for (String step : steps) {
            List<String> expected = new java.util.ArrayList<>(GIMSMP_DDS);
            plan.smpptsDds().forEach(pts -> expected.add(expected.size() - 1, pts.ddname()));
            assertEquals(expected, ddNames(text, step), step);
            plan.smpptsDds().forEach(pts -> assertEquals("//" + String.format("%-8s", pts.ddname()) + " DD DISP=SHR,DSN="
                    + pts.dsn(), ddStatement(text, step, pts.ddname()), step));
            assertEquals("//SMPCSI   DD DISP=OLD,DSN=" + csi, ddStatement(text, step, "SMPCSI"), step);
            List<String> statements = statements(text, step);
            assertTrue(statements.get(0).startsWith("SET BOUNDARY("), step + ": " + statements);
            assertEquals(!step.equals(steps.get(0)), text.contains("RESTART=" + step),
                    "the rerun advice names RESTART=" + step + " for every step after the first");
        }
        assertEquals("//" + String.format("%-8s", steps.get(0)) + " EXEC PGM=GIMSMP,PARM='PROCESS=WAIT',REGION=0M",
                Rendering.statement(text, "//" + String.format("%-8s", steps.get(0)) + " EXEC"),
                "the first step runs unconditionally");
        for (String step : steps.subList(1, steps.size())) {
            assertTrue(Rendering.statement(text, "//" + String.format("%-8s", step) + " EXEC").endsWith(",COND=(4,LT)"),
                    step);
        }
        for (String absent : List.of("ZINDEX", "ZRENAME", "DDDEFS")) {
            assertEquals(steps.contains(absent), text.contains(absent), "no word of a step the job does not have: " + absent);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plansAndTheirSteps")
    void aStepThatEndsAbove4BypassesEveryStepAfterItAndWarningsDoNot(String name, DeploymentPlan plan,
            List<String> steps) {
        String text = Rendering.render(plan, JobType.UC);

        assertEquals(steps, StepRun.run(text, "none", 0));
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            assertEquals(steps, StepRun.run(text, step, 4), step + " ended with warnings");
            for (int rc : new int[] {5, 8, 12, 16}) {
                assertEquals(steps.subList(0, i + 1), StepRun.run(text, step, rc), step + " ended with " + rc);
            }
        }
    }

    @Test
    void pointsTheZoneIndexAtThePathsOverTheTargetCsisAndNeverAtTheFinalNamesWhichFindTheSourceHere() {
        String text = Rendering.render(Scenarios.copy(2), JobType.UC);

        assertEquals(List.of("SET BOUNDARY(GLOBAL)", "UCLIN",
                "REP GLOBALZONE ZONEINDEX((TGT,TMP.PROD.SMP.CSI,TARGET) (DLIB,TMP.PROD.SMP.CSI,DLIB))", "ENDUCL"),
                statements(text, "ZINDEX"));
        assertEquals(List.of("SET BOUNDARY(TGT)", "UCLIN",
                "REP DDDEF(L0000001) DATASET(" + Scenarios.name(1, 40) + ") VOLUME(TGT001) UNIT(3390) SHR", "ENDUCL"),
                statements(text, "DDDEFS"));
        assertFalse(text.contains(",PROD.SMP.CSI,"), "the final CSI name means the source CSI on this system");
        assertFalse(text.contains("DSN=PROD.SMP.CSI"), text);
    }

    @Test
    void renamesZonesAndTheirRelatedZonesInAStepOfTheirOwnAndContinuesALongMovedPath() {
        String text = Rendering.render(Scenarios.renamedZonesAndMovedPaths(), JobType.UC);

        assertEquals(List.of("SET BOUNDARY(TGT)", "ZONERENAME(TGT) TO(TGT2) SAMEDATASET",
                "SET BOUNDARY(DLIB)", "ZONERENAME(DLIB) TO(DLIB2) SAMEDATASET",
                "SET BOUNDARY(TGT2)", "UCLIN", "REP TARGETZONE(TGT2) RELATED(DLIB2)", "ENDUCL",
                "SET BOUNDARY(DLIB2)", "UCLIN", "REP DLIBZONE(DLIB2) RELATED(TGT2)", "ENDUCL"),
                statements(text, "ZRENAME"));
        String path = "/usr/lpp/moved/to/a/new/mount/point/a/directory/structure/deep/enough/that/the/dddef/path/continues/IBM/";
        assertEquals(List.of("SET BOUNDARY(TGT2)", "UCLIN", "REP DDDEF(LIB1) DATASET(PROD.LIB1) VOLUME(TGT001) UNIT(3390) SHR",
                "REP DDDEF(SPRODZFS) PATH('" + path + "')", "ENDUCL"), statements(text, "DDDEFS"));
        assertTrue(Rendering.instream(text, "DDDEFS", "SMPCNTL").stream().anyMatch(r -> r.length() == 72),
                "the path runs through column 72 and continues");
        assertEquals("REP GLOBALZONE ZONEINDEX((TGT,TMP.PROD.SMP.CSI,TARGET) (DLIB,TMP.PROD.SMP.CSI,DLIB))",
                statements(text, "ZINDEX").get(2), "the zone index names the old zones until they are renamed");
    }

    @Test
    void theRerunAdviceAfterAZoneRenameSaysToSkipTheRenamedZoneAndRestartAtZrename() {
        String text = Rendering.render(Scenarios.renamedZonesAndMovedPaths(), JobType.UC);
        String box = comments(text);

        assertTrue(box.contains("ZRENAME failed: the zone index points at the target CSIs, and some zones may be"
                + " renamed. A zone that the failed run renamed (SMPOUT shows its ZONERENAME ended well) cannot be renamed"
                + " again: delete its SET BOUNDARY and ZONERENAME statements from step ZRENAME, then resubmit the job with"
                + " RESTART=ZRENAME added to its JOB statement."), box);
        assertTrue(box.contains("Do not restart at ZINDEX"), box);
        assertFalse(box.contains("in place of the old one"), "the zone index needs no edit");
        assertFalse(Rendering.render(Scenarios.copy(2), JobType.UC).contains("ZONERENAME"), "no zone rename, no word of it");
    }

    @Test
    void aTargetWithoutVolumeGetsItsDddefDeletedAndAddedWithTheNameOnly() {
        // Into the existing catalog the final names are unique on this system: no VOLUME, found by the catalog.
        List<String> statements = statements(Rendering.render(Scenarios.copyExisting(2), JobType.UC), "DDDEFS");

        int delete = statements.indexOf("DEL DDDEF(L0000001)");
        assertEquals("ADD DDDEF(L0000001) DATASET(NEWHLQ." + Scenarios.name(1, 37) + ") SHR", statements.get(delete + 1));
    }

    @Test
    void anIndirectTargetOfANewMasterCatalogNamesItsVolumeSoTheDrivingSystemsOwnLibraryIsNeverAllocated() {
        List<String> statements = statements(Rendering.render(Scenarios.indirectAndMultiVolume(), JobType.UC), "DDDEFS");

        assertTrue(statements.contains("REP DDDEF(LINKLIB) DATASET(SYS1.PROD.LINKLIB) VOLUME(TGT002) UNIT(3390) SHR"),
                statements.toString());
        assertTrue(statements.contains("REP DDDEF(AMULTI) DATASET(PROD.MULTI) VOLUME(TGT001 TGT002) UNIT(3390) SHR"),
                "a multi-volume library names every volume: " + statements);
        assertFalse(statements.stream().anyMatch(st -> st.startsWith("ADD DDDEF")), statements.toString());
    }

    @Test
    void anInstanceWithAGlobalZoneOnlyUpdatesItsDddefsAndHasNoZoneIndexToPoint() {
        String text = Rendering.render(
                globalOnly(PlanFixtures.swi().csi("PROD.SMP.CSI").library("PROD.SMPPTS", "GLOBAL", "SMPPTS").build()),
                JobType.UC);

        assertEquals(List.of("SET BOUNDARY(GLOBAL)", "UCLIN",
                "REP DDDEF(SMPPTS) DATASET(PROD.SMPPTS) VOLUME(TGT001) UNIT(3390) SHR", "ENDUCL"), statements(text, "DDDEFS"));
        assertFalse(text.contains("ZONEINDEX"), text);
    }

    @Test
    void anInstanceWhoseZonesNeedNoUpdateHasNoUcJobAndTheTemplateStillWritesNoEmptySmpcntl() {
        DeploymentPlan plan = globalOnly(Scenarios.copy(2));
        assertFalse(plan.needsZoneUpdate());
        assertFalse(JobPlanner.jobs(plan).stream().anyMatch(job -> job.type() == JobType.UC));

        // A caller that lays out a UC job anyway gets a valid job that does nothing.
        Job uc = new Job("IZUD03UC", 3, JobType.UC, JobType.UC.description(), true, plan.datasets());
        String text = new JobRenderer(TemplateSource.shipped(), Rendering.PolicyGate.INSTANCE).render(plan, List.of(uc))
                .get(0).text();

        assertEquals(List.of("NOUPDATE"), Rendering.steps(text));
        assertEquals("//NOUPDATE EXEC PGM=IEFBR14", Rendering.statement(text, "//NOUPDATE"));
        assertFalse(text.contains("SMPCNTL"), text);
        assertTrue(comments(text).contains("The zones need no update"), text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.zdeploy.templates.Scenarios#all")
    void noStepHasAnEmptySmpcntl(String name, DeploymentPlan plan) {
        assumeTrue(plan.needsZoneUpdate(), "no zone update, no UC job");
        String text = Rendering.render(plan, JobType.UC);

        for (String step : Rendering.steps(text)) {
            assertFalse(Rendering.instream(text, step, "SMPCNTL").isEmpty(), step);
        }
    }

    @Test
    void theLibraryRefusesAnSmpeStepWithoutStatements(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("UC.ftl"), "<#import \"lib/jcl.ftl\" as lib>\n"
                + "<@lib.gimsmpStep step=\"EMPTY\" cond=\"\" csi=\"PROD.SMP.CSI\">\n</@lib.gimsmpStep>\n");
        DeploymentPlan plan = Scenarios.copy(1);
        JobRenderer renderer = new JobRenderer(TemplateSource.withUserDirectory(site), Rendering.PolicyGate.INSTANCE);

        TemplateRenderException e = assertThrows(TemplateRenderException.class,
                () -> renderer.render(plan, List.of(Rendering.job(plan, JobType.UC))));

        assertTrue(e.getMessage().contains("step EMPTY: an SMP/E step without statements"), e.getMessage());
    }

    /** {@code plan} with its global zone only, as an instance whose SMP/E holds no target or DLIB zone. */
    private static DeploymentPlan globalOnly(DeploymentPlan full) {
        return new DeploymentPlan(full.deploymentName(), full.sourceType(), full.sourceName(), full.sourceSystem(),
                full.sourceDirectory(), full.descriptorVersion(), full.tgtswiname(), full.jcldataset(),
                full.jobStatement(), full.catalogObjective(), full.masterCatalog(), full.volumeMap(), full.datasets(),
                full.zones().stream().filter(zone -> zone.type() == ZoneType.GLOBAL).toList(), full.globalZoneCsi(),
                full.mountPoints(), full.highLevelQualifiers(), full.work(), full.volumeUsage(), full.warnings(),
                full.checksNotMade());
    }

    /** The SMP/E statements of step {@code step}, continuations joined, periods removed. */
    private static List<String> statements(String text, String step) {
        return SmpeWriter.unwrap(Rendering.instream(text, step, "SMPCNTL"));
    }

    /** The names of the DD statements of step {@code step}, in order. */
    private static List<String> ddNames(String text, String step) {
        List<String> names = new ArrayList<>();
        boolean inStep = false;
        for (String record : Rendering.records(text)) {
            if (record.matches("//[A-Z@#$][A-Z0-9@#$]* +EXEC .*")) {
                inStep = record.startsWith("//" + String.format("%-8s", step) + " EXEC");
            } else if (inStep && record.matches("//[A-Z@#$][A-Z0-9@#$]* +DD .*")) {
                names.add(record.substring(2, record.indexOf(' ')));
            }
        }
        return names;
    }

    /** The DD statement {@code ddName} of step {@code step}. */
    private static String ddStatement(String text, String step, String ddName) {
        List<String> records = Rendering.records(text);
        int exec = records.indexOf(records.stream().filter(r -> r.startsWith("//" + String.format("%-8s", step) + " EXEC"))
                .findFirst().orElseThrow());
        return records.subList(exec, records.size()).stream()
                .filter(r -> r.startsWith("//" + String.format("%-8s", ddName) + " DD ")).findFirst().orElseThrow();
    }

    /** The text of the comment box, its records joined with blanks. */
    private static String comments(String text) {
        return String.join(" ", Rendering.records(text).stream().filter(r -> r.startsWith("//* "))
                .map(r -> r.substring(4)).toList());
    }
}
