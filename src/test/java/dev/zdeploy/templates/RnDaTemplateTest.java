package dev.zdeploy.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.jcl.IdcamsWriter;
import dev.zdeploy.jobs.JobType;
import dev.zdeploy.plan.DeploymentPlan;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RnDaTemplateTest {

    private static final String CAT = " CATALOG(CATALOG.PROD.MCAT)";
    private static final List<String> VERDICT = List.of("IF LASTCC = 0 THEN SET MAXCC = 0", "ELSE SET MAXCC = 16");
    /** After a LISTCAT whose "not found" (4) means nothing to do: any worse code ends the step with 16. */
    private static final String LISTCAT_FAILED = "IF LASTCC > 4 THEN SET MAXCC = 16";

    @Test
    void renamesTheCsiAndItsComponentsInTheNewCatalogThenDefinesThePathUcReachesItBy() {
        List<String> commands = IdcamsWriter.unwrap(
                Rendering.instream(Rendering.render(Scenarios.copy(1), JobType.RN), "RENAME", "SYSIN"));

        assertEquals(List.of(
                "LISTCAT ENTRIES(PROD.SMP.CSI) NAME" + CAT,
                "IF LASTCC = 0 THEN SET MAXCC = 0",
                "ELSE ALTER TMP.PROD.SMP.CSI NEWNAME(PROD.SMP.CSI)" + CAT, VERDICT.get(0), VERDICT.get(1),
                "LISTCAT ENTRIES(TMP.PROD.SMP.CSI.DATA) NAME" + CAT, LISTCAT_FAILED,
                "IF LASTCC = 0 THEN ALTER TMP.PROD.SMP.CSI.DATA NEWNAME(PROD.SMP.CSI.DATA)" + CAT,
                "ELSE SET LASTCC = 0", VERDICT.get(0), VERDICT.get(1),
                "LISTCAT ENTRIES(TMP.PROD.SMP.CSI.INDEX) NAME" + CAT, LISTCAT_FAILED,
                "IF LASTCC = 0 THEN ALTER TMP.PROD.SMP.CSI.INDEX NEWNAME(PROD.SMP.CSI.INDEX)" + CAT,
                "ELSE SET LASTCC = 0", VERDICT.get(0), VERDICT.get(1),
                "LISTCAT ENTRIES(TMP.PROD.SMP.CSI) NAME" + CAT,
                "IF LASTCC = 0 THEN SET MAXCC = 0",
                "ELSE DEFINE PATH(NAME(TMP.PROD.SMP.CSI) PATHENTRY(PROD.SMP.CSI))" + CAT,
                VERDICT.get(0), VERDICT.get(1)), commands,
                "the final name is asked for first: on a rerun the temporary name is the path, which ALTER must not rename");
    }

    @Test
    void aNonVsamDataSetGetsItsDataSetAliasAndAnIndirectOneItsSymbolicEntry() {
        List<String> commands = IdcamsWriter.unwrap(Rendering.instream(
                Rendering.render(Scenarios.indirectAndMultiVolume(), JobType.RN), "RENAME", "SYSIN"));

        int rename = commands.indexOf("LISTCAT ENTRIES(PROD.LIB1) NAME" + CAT);
        assertEquals(List.of("LISTCAT ENTRIES(PROD.LIB1) NAME" + CAT, "IF LASTCC = 0 THEN SET MAXCC = 0",
                        "ELSE ALTER TMP.PROD.LIB1 NEWNAME(PROD.LIB1)" + CAT, VERDICT.get(0), VERDICT.get(1)),
                commands.subList(rename, rename + 5),
                "the temporary name becomes an alias: the final name is asked for first, so a rerun skips the rename");
        int alias = commands.indexOf("ELSE DEFINE ALIAS(NAME(TMP.PROD.LIB1) RELATE(PROD.LIB1))" + CAT);
        assertTrue(alias > rename, commands.toString());
        assertEquals("LISTCAT ENTRIES(TMP.PROD.LIB1) NAME" + CAT, commands.get(alias - 2),
                "looked for by name: a LISTCAT with an entry type has no documented code for an entry of another type");
        assertEquals(VERDICT, commands.subList(alias + 1, alias + 3));
        int indirect = commands.indexOf("LISTCAT ENTRIES(SYS1.PROD.LINKLIB) NONVSAM" + CAT);
        assertTrue(indirect > commands.indexOf("IF LASTCC = 0 THEN ALTER TMP.SYS1.PROD.LINKLIB NEWNAME(SYS1.PROD.LINKLIB)" + CAT),
                "an indirect entry gets no alias: its temporary name is looked for first");
        assertEquals(List.of(
                "LISTCAT ENTRIES(SYS1.PROD.LINKLIB) NONVSAM" + CAT, LISTCAT_FAILED,
                "IF LASTCC = 0 THEN DELETE SYS1.PROD.LINKLIB NONVSAM NOSCRATCH" + CAT,
                "ELSE SET LASTCC = 0", VERDICT.get(0), VERDICT.get(1),
                "DEFINE NONVSAM(NAME(SYS1.PROD.LINKLIB) DEVICETYPES(0000) VOLUMES(&SYSR2))" + CAT,
                VERDICT.get(0), VERDICT.get(1)), commands.subList(indirect, indirect + 9),
                "the entry is deleted only when it is there and defined either way, so a run whose DEFINE failed can be rerun");
        assertFalse(String.join("\n", commands).contains("NAME(TMP.SYS1.PROD.LINKLIB)"), "an indirect entry has no alias");
    }

    @Test
    void theRenameOfADataSetCatalogedIndirectlyLaterDoesNotRequireItsFinalNameSoARerunAfterAFailedDefineRecovers() {
        // Issue 10, blocker 3: a run whose DELETE NOSCRATCH ran and whose DEFINE NONVSAM failed leaves neither name
        // cataloged. The old unit then looked for the final name (LISTCAT: 4) and failed every rerun with MAXCC 16.
        List<String> commands = IdcamsWriter.unwrap(Rendering.instream(
                Rendering.render(Scenarios.indirectAndMultiVolume(), JobType.RN), "RENAME", "SYSIN"));

        int alter = commands.indexOf("IF LASTCC = 0 THEN ALTER TMP.SYS1.PROD.LINKLIB NEWNAME(SYS1.PROD.LINKLIB)" + CAT);
        assertEquals(List.of("LISTCAT ENTRIES(TMP.SYS1.PROD.LINKLIB) NAME" + CAT, LISTCAT_FAILED,
                "IF LASTCC = 0 THEN ALTER TMP.SYS1.PROD.LINKLIB NEWNAME(SYS1.PROD.LINKLIB)" + CAT,
                "ELSE SET LASTCC = 0", VERDICT.get(0), VERDICT.get(1)), commands.subList(alter - 2, alter + 4),
                "a LISTCAT that fails otherwise than 'not found' is no 'already renamed' (found by the failure drills)");
        assertFalse(commands.contains("ELSE LISTCAT ENTRIES(SYS1.PROD.LINKLIB) NAME" + CAT),
                "finding neither name is the state the rerun must recover from, not a failure");
        String box = Rendering.render(Scenarios.indirectAndMultiVolume(), JobType.RN);
        assertTrue(box.contains("also after a run that deleted an entry and\n//* failed before defining it again."), box);
    }

    @Test
    void theCleanupPointsTheZoneIndexAtTheFinalNamesThenDeletesTheGlobalCsisPathFirst() {
        String text = Rendering.render(Scenarios.copy(2), JobType.DA);

        assertEquals(List.of("ZINDXFIN", "CLEANUP"), Rendering.steps(text));
        assertEquals(List.of("SET BOUNDARY(GLOBAL)", "UCLIN",
                "REP GLOBALZONE ZONEINDEX((TGT,PROD.SMP.CSI,TARGET) (DLIB,PROD.SMP.CSI,DLIB))", "ENDUCL"),
                dev.zdeploy.jcl.SmpeWriter.unwrap(Rendering.instream(text, "ZINDXFIN", "SMPCNTL")));
        assertEquals("//SMPCSI   DD DISP=OLD,DSN=TMP.PROD.SMP.CSI", Rendering.statement(text, "//SMPCSI"));
        assertEquals("//CLEANUP  EXEC PGM=IDCAMS,COND=(4,LT)", Rendering.statement(text, "//CLEANUP"),
                "nothing is deleted when the zone index could not be pointed at the final names");
        List<String> commands = IdcamsWriter.unwrap(Rendering.instream(text, "CLEANUP", "SYSIN"));
        assertEquals(List.of("LISTCAT ENTRIES(TMP.PROD.SMP.CSI) PATH" + CAT, LISTCAT_FAILED,
                "IF LASTCC = 0 THEN DELETE TMP.PROD.SMP.CSI PATH" + CAT), commands.subList(0, 3),
                "after ZINDXFIN the global zone's path is the only name leading to an index that names source CSIs here");
        assertTrue(text.contains("RESTART=CLEANUP"), text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.zdeploy.templates.Scenarios#all")
    void noRenameIsGuardedByALookUpOfANameThatTheJobMakesAnAlias(String scenario, DeploymentPlan plan) {
        List<String> commands = IdcamsWriter.unwrap(
                Rendering.instream(Rendering.render(plan, JobType.RN), "RENAME", "SYSIN"));
        Set<String> aliases = new HashSet<>();
        for (String command : commands) {
            int at = command.indexOf("DEFINE ALIAS(NAME(");
            if (at >= 0) {
                aliases.add(command.substring(at + 18, command.indexOf(')', at)));
            }
        }
        for (int i = 1; i < commands.size(); i++) {
            if (commands.get(i).startsWith("IF LASTCC = 0 THEN ALTER ")) {
                String looked = commands.get(i - 1).equals(LISTCAT_FAILED) ? commands.get(i - 2) : commands.get(i - 1);
                String name = looked.substring("LISTCAT ENTRIES(".length(), looked.indexOf(')'));
                assertFalse(aliases.contains(name), "a rerun would find the alias " + name + " and ALTER it: " + looked);
            }
        }
    }

    @Test
    void smsManagedDataSetsInTheNewCatalogNeedTheAuthorityToNameACatalog() {
        String sms = Rendering.render(Scenarios.portableNewCatalog(), JobType.RN);
        String nonSms = Rendering.render(Scenarios.copy(1), JobType.RN);

        assertTrue(sms.contains("STGADMIN.IGG.DIRCAT"), sms);
        assertFalse(nonSms.contains("STGADMIN.IGG.DIRCAT"), nonSms);
        assertTrue(Scenarios.portableNewCatalog().namesCatalogOfSmsManagedDataSets());
    }

    @Test
    void aJobWithNothingToRenameSaysSo() {
        String text = Rendering.render(Scenarios.copyExisting(2), JobType.RN);

        assertTrue(text.contains("//* No data set carries a temporary name"), text);
        assertFalse(text.contains("Renames the 0"), text);
        assertEquals(List.of(), Rendering.instream(text, "RENAME", "SYSIN"));
    }

    @Test
    void theExistingCatalogRenamesWithoutNamingACatalog() {
        List<String> commands = IdcamsWriter.unwrap(
                Rendering.instream(Rendering.render(Scenarios.portable(3), JobType.RN), "RENAME", "SYSIN"));

        String library = Scenarios.name(1, 35);
        assertTrue(commands.contains("IF LASTCC = 0 THEN ALTER NEWHLQ." + library + ".# NEWNAME(NEWHLQ." + library + ")"),
                commands.toString());
        assertTrue(commands.stream().noneMatch(c -> c.contains("CATALOG(")), commands.toString());
        assertTrue(commands.stream().noneMatch(c -> c.contains("PROD.SMP.CSI")), "the CSI was unzipped under its final name");
    }

    @Test
    void theCleanupDeletesTheAliasesAndDisconnectsTheNewCatalog() {
        DeploymentPlan plan = Scenarios.indirectAndMultiVolume();
        String text = Rendering.render(plan, JobType.DA);
        List<String> commands = IdcamsWriter.unwrap(Rendering.instream(text, "CLEANUP", "SYSIN"));

        assertTrue(text.contains("THIS JOB IS NOT SUBMITTED WITH THE OTHERS"));
        assertTrue(commands.contains("IF LASTCC = 0 THEN DELETE TMP.PROD.LIB1 ALIAS" + CAT), commands.toString());
        int tempAlias = commands.indexOf("IF LASTCC = 0 THEN DELETE TMP ALIAS");
        int disconnect = commands.indexOf("IF LASTCC = 0 THEN EXPORT CATALOG.PROD.MCAT DISCONNECT");
        assertTrue(tempAlias > 0 && disconnect > tempAlias, commands.toString());
        assertEquals(VERDICT, commands.subList(commands.size() - 2, commands.size()));
    }

    @Test
    void theRacfSampleNeverCoversThisSystemsDataSetsAndAlwaysDefinesTheTemporaryAlias() {
        // Issue 10 major 7: PROD (the source instance's qualifier) and SYS1 are this system's too: no profile.
        String text = Rendering.render(Scenarios.indirectAndMultiVolume(), JobType.RA);
        List<String> systsin = Rendering.instream(text, "RACF", "SYSTSIN");

        assertEquals(List.of("ADDGROUP TMP SUPGROUP(supgrp) OWNER(owngrp)",
                "ADDSD 'TMP.*.**' UACC(NONE) OWNER(TMP) AUDIT(FAILURES(READ))",
                "PERMIT 'TMP.*.**' ID(acclist) ACCESS(ALTER)",
                "SETROPTS GENERIC(DATASET) REFRESH"), systsin);
        assertTrue(text.replaceAll("\n//\\* ", " ").contains("Defines nothing for the qualifiers PROD, SYS1"), text);
        List<String> renamed = Rendering.instream(Rendering.render(Scenarios.copyExisting(2), JobType.RA), "RACF", "SYSTSIN");
        assertEquals("ADDSD 'NEWHLQ.*.**' UACC(NONE) OWNER(NEWHLQ) AUDIT(FAILURES(READ))", renamed.get(1),
                "a qualifier that only the target carries gets its profile");
        for (String placeholder : List.of("supgrp:", "owngrp:", "acclist:")) {
            assertTrue(text.contains("//* " + placeholder), placeholder);
        }
        assertTrue(text.contains("THIS JOB IS NOT SUBMITTED WITH THE OTHERS"));
        assertTrue(text.contains("//* naming (SETROPTS EGN). Without EGN, write 'HLQ.*' instead"), "the box says how to write the profiles without EGN");
    }
}
