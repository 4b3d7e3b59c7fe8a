package dev.zdeploy.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.jcl.DssWriter;
import dev.zdeploy.jcl.IdcamsWriter;
import dev.zdeploy.jcl.SmpeWriter;
import dev.zdeploy.jcl.TsoWriter;
import dev.zdeploy.jobs.JobType;
import dev.zdeploy.plan.DeploymentPlan;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pre-flight job (PF, submitted first) and the verification job (VF, after the last job that changes anything). */
class PfVfTemplateTest {

    /** IDCAMS commands that only read (or set condition codes). */
    private static final Pattern READS_ONLY = Pattern.compile("(LISTCAT |IF LASTCC = [04] THEN SET LASTCC = 12$).*");

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.zdeploy.templates.Scenarios#all")
    void thePreFlightJobChangesNothing(String scenario, DeploymentPlan plan) {
        String text = Rendering.render(plan, JobType.PF);

        for (String step : Rendering.steps(text)) {
            String exec = Rendering.statement(text, "//" + String.format("%-8s", step) + " EXEC");
            switch (step) {
                case "CATALOG" -> IdcamsWriter.unwrap(Rendering.instream(text, step, "SYSIN"))
                        .forEach(c -> assertTrue(READS_ONLY.matcher(c).matches(), c));
                case "VTOCS" -> {
                    assertTrue(exec.contains("PARM='TYPRUN=NORUN'"), exec);
                    assertEquals("//NOOUTPUT DD DUMMY", Rendering.statement(text, "//NOOUTPUT"));
                    List<String> commands = DssWriter.unwrap(Rendering.instream(text, step, "SYSIN"));
                    for (int i = 0; i < commands.size(); i += 2) {
                        String dump = commands.get(i);
                        assertTrue(dump.startsWith("DUMP DATASET(INCLUDE(") && dump.endsWith("OUTDDNAME(NOOUTPUT)")
                                && !dump.substring(21, dump.indexOf(')')).contains(" "), "one name a DUMP: " + dump);
                        assertEquals("IF LASTCC = 0 THEN SET MAXCC=12", commands.get(i + 1),
                                "a name found (selected) ends the step with 12");
                    }
                }
                case "SPACE" -> assertTrue(exec.endsWith("PGM=IEHLIST"), exec);
                case "RACFLIST" -> TsoWriter.unwrap(Rendering.instream(text, step, "SYSTSIN"))
                        .forEach(c -> assertTrue(c.startsWith("LISTDSD ") || c.startsWith("RLIST "), c));
                case "NOCHECK" -> assertTrue(exec.endsWith("PGM=IEFBR14"), exec);
                default -> throw new AssertionError("a step the pre-flight job does not have: " + step);
            }
        }
    }

    @Test
    void aNewMasterCatalogIsCheckedForItsNameItsAliasAndDataSetsTheAliasWouldHide() {
        String text = Rendering.render(Scenarios.copy(2), JobType.PF);

        assertEquals(List.of("CATALOG", "VTOCS", "SPACE", "RACFLIST"), Rendering.steps(text));
        assertEquals(List.of("LISTCAT ENTRIES(CATALOG.PROD.MCAT)", "IF LASTCC = 0 THEN SET LASTCC = 12",
                "LISTCAT ENTRIES(TMP)", "IF LASTCC = 0 THEN SET LASTCC = 12",
                "LISTCAT LEVEL(TMP)", "IF LASTCC = 0 THEN SET LASTCC = 12"),
                IdcamsWriter.unwrap(Rendering.instream(text, "CATALOG", "SYSIN")));
        List<String> dump = DssWriter.unwrap(Rendering.instream(text, "VTOCS", "SYSIN"));
        assertEquals(List.of("DUMP DATASET(INCLUDE(TMP.PROD.SMP.CSI)) LOGINDYNAM((TGT001)) SELECTMULTI(ANY) OUTDDNAME(NOOUTPUT)",
                "IF LASTCC = 0 THEN SET MAXCC=12",
                "DUMP DATASET(INCLUDE(PROD.SMP.CSI)) LOGINDYNAM((TGT001)) SELECTMULTI(ANY) OUTDDNAME(NOOUTPUT)",
                "IF LASTCC = 0 THEN SET MAXCC=12"), dump.subList(0, 4), "temporary and final names, each decided");
        assertEquals(List.of("LISTDSD DATASET('TMP.PROD.SMP.CSI') GENERIC",
                "LISTDSD DATASET('" + Scenarios.name(1, 40) + "') GENERIC", "LISTDSD DATASET('PROD.SMP.CSI') GENERIC",
                "RLIST FACILITY STGADMIN.ADR.COPY.TOLERATE.ENQF GENERIC"),
                TsoWriter.unwrap(Rendering.instream(text, "RACFLIST", "SYSTSIN")));
        assertTrue(text.contains("//VOL1     DD UNIT=3390,VOL=SER=TGT001,DISP=OLD"), text);
        assertEquals(List.of(" LISTVTOC VOL=3390=TGT001"), Rendering.instream(text, "SPACE", "SYSIN"));
    }

    @Test
    void intoTheExistingCatalogEveryNameTheJobsCatalogIsCheckedAndSmsManagedVolumesAreNotLookedAt() {
        List<String> existing = IdcamsWriter.unwrap(
                Rendering.instream(Rendering.render(Scenarios.portable(3), JobType.PF), "CATALOG", "SYSIN"));
        String library = "NEWHLQ." + Scenarios.name(1, 35);
        assertTrue(existing.contains("LISTCAT ENTRIES(" + library + ")"), existing.toString());
        assertTrue(existing.contains("LISTCAT ENTRIES(" + library + ".#)"), existing.toString());

        String sms = Rendering.render(Scenarios.portableNewCatalog(), JobType.PF);
        String dump = String.join(" ", DssWriter.unwrap(Rendering.instream(sms, "VTOCS", "SYSIN")));
        assertFalse(dump.contains("PROD.SMS"), "SMS picks the volume of an SMS-managed data set: " + dump);
        assertTrue(TsoWriter.unwrap(Rendering.instream(sms, "RACFLIST", "SYSTSIN"))
                .contains("RLIST FACILITY STGADMIN.IGG.DIRCAT GENERIC"));
    }

    @Test
    void anSmsManagedTargetsFinalNameIsLookedForInTheCatalogsUnlessItIsItsSourcesName() {
        List<String> portable = IdcamsWriter.unwrap(Rendering.instream(
                Rendering.render(Scenarios.portableNewCatalog(), JobType.PF), "CATALOG", "SYSIN"));
        int at = portable.indexOf("LISTCAT ENTRIES(PROD.SMS)");
        assertTrue(at > 0, "SMS picks the volume, the catalog finds an SMS-managed data set: " + portable);
        assertEquals("IF LASTCC = 0 THEN SET LASTCC = 12", portable.get(at + 1));
        assertFalse(portable.contains("LISTCAT ENTRIES(PROD.SLIB)"), "a non-SMS name is looked for in the VTOCs");

        String copy = Rendering.render(Scenarios.copyWithSms(), JobType.PF);
        assertFalse(IdcamsWriter.unwrap(Rendering.instream(copy, "CATALOG", "SYSIN")).contains("LISTCAT ENTRIES(PROD.SMS)"),
                "the source itself carries that name: looking for it would fail every same-name copy");
        assertTrue(copy.replaceAll("\n//\\* ", " ").contains("keep their source's names (PROD.SMS)"), copy);
    }

    @Test
    void theVerificationJobComparesTheCatalogInTheJobAndListsTheZonesThroughThePath() {
        String text = Rendering.render(Scenarios.copy(2), JobType.VF);

        assertEquals(List.of("CATALOG", "SMPLIST"), Rendering.steps(text));
        List<String> commands = IdcamsWriter.unwrap(Rendering.instream(text, "CATALOG", "SYSIN"));
        String cat = " CATALOG(CATALOG.PROD.MCAT)";
        assertEquals(List.of("LISTCAT ENTRIES(PROD.SMP.CSI) ALL" + cat, "IF LASTCC = 4 THEN SET LASTCC = 12",
                "LISTCAT ENTRIES(TMP.PROD.SMP.CSI) NAME" + cat, "IF LASTCC = 4 THEN SET LASTCC = 12"),
                commands.subList(0, 4), "the final name and the path must be there");
        assertTrue(commands.contains("LISTCAT ENTRIES(TMP.PROD.SMP.CSI.*) NAME" + cat),
                "no component left under the temporary name: " + commands);
        assertEquals("//SMPCSI   DD DISP=OLD,DSN=TMP.PROD.SMP.CSI", Rendering.statement(text, "//SMPCSI"));
        assertEquals(List.of("SET BOUNDARY(GLOBAL)", "LIST GLOBALZONE", "LIST DDDEF", "SET BOUNDARY(TGT)",
                "LIST TARGETZONE", "LIST DDDEF", "SET BOUNDARY(DLIB)", "LIST DLIBZONE", "LIST DDDEF"),
                SmpeWriter.unwrap(Rendering.instream(text, "SMPLIST", "SMPCNTL")));
        String box = text.replaceAll("\n//\\* ", " ");
        assertTrue(box.contains("Zone index: TGT TMP.PROD.SMP.CSI TARGET, DLIB TMP.PROD.SMP.CSI DLIB"), box);
        assertTrue(box.contains("DDDEFs of zone TGT: L0000001 DATASET " + Scenarios.name(1, 40) + " VOLUME TGT001 UNIT 3390."),
                box);
    }
}
