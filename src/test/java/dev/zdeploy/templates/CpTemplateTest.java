package dev.zdeploy.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.jcl.DssWriter;
import dev.zdeploy.jcl.IdcamsWriter;
import dev.zdeploy.jobs.JobType;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.TargetDataSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CpTemplateTest {

    @Test
    void definesTheNewMasterCatalogAndItsTemporaryAliasBeforeCopying() {
        String text = Rendering.render(Scenarios.copy(1), JobType.CP);

        assertEquals(List.of("DEFCAT", "DEFALIAS", "COPY001", "VERIFY"), Rendering.steps(text));
        assertEquals(List.of("DEFINE USERCATALOG(NAME(CATALOG.PROD.MCAT) ICFCATALOG VOLUME(TGT001) CYLINDERS(10 10))"),
                IdcamsWriter.unwrap(Rendering.instream(text, "DEFCAT", "SYSIN")));
        assertEquals(List.of("DEFINE ALIAS(NAME(TMP) RELATE(CATALOG.PROD.MCAT))"),
                IdcamsWriter.unwrap(Rendering.instream(text, "DEFALIAS", "SYSIN")));
        assertEquals("//DEFALIAS EXEC PGM=IDCAMS,COND=(0,NE)", Rendering.statement(text, "//DEFALIAS"));
        assertEquals("//COPY001  EXEC PGM=ADRDSSU,REGION=0M,COND=(4,LT)", Rendering.statement(text, "//COPY001"));
    }

    @Test
    void copiesEveryDataSetToItsTemporaryNameWithEveryKeywordOfTheTechnique() {
        DeploymentPlan plan = Scenarios.copy(1);
        String text = Rendering.render(plan, JobType.CP);

        assertEquals(List.of("COPY DATASET(INCLUDE(PROD.SMP.CSI)) LOGINDYNAM((SRC001)) OUTDYNAM((TGT001))"
                        + " RENAMEUNCONDITIONAL((PROD.SMP.CSI,TMP.PROD.SMP.CSI)) CATALOG SPHERE BYPASSACS(**) NULLSTORCLAS"
                        + " ALLDATA(*) ALLEXCP"),
                DssWriter.unwrap(Rendering.instream(text, "COPY001", "SYSIN")));
    }

    @Test
    void threeHundredDataSetsWith44CharacterNamesGoInTwoCommandsOfAtMost255OverHundredsOfCards() {
        DeploymentPlan plan = Scenarios.copy(300);
        String text = Rendering.render(plan, JobType.CP);

        // COPY001 copies the CSI alone (an SMP/E data set); the 299 libraries take COPY002 and COPY003.
        List<String> first = Rendering.instream(text, "COPY002", "SYSIN");
        List<String> second = Rendering.instream(text, "COPY003", "SYSIN");
        assertTrue(first.size() > 255, "the INCLUDE and RENAMEUNCONDITIONAL lists continue over hundreds of cards");
        String command = DssWriter.unwrap(Rendering.instream(text, "COPY001", "SYSIN")).get(0) + " "
                + DssWriter.unwrap(first).get(0) + " " + DssWriter.unwrap(second).get(0);
        for (TargetDataSet ds : plan.datasets()) {
            assertTrue(command.contains("(" + ds.sourceName() + "," + ds.temporaryName() + ")"), ds.sourceName());
        }
        assertEquals(44, plan.datasets().get(1).temporaryName().length());
        assertEquals(255, include(DssWriter.unwrap(first).get(0)).size());
        assertEquals(44, include(DssWriter.unwrap(second).get(0)).size());
        assertEquals("//COPY003  EXEC PGM=ADRDSSU,REGION=0M,COND=(4,LT)", Rendering.statement(text, "//COPY003"));
    }

    @Test
    void smpeDataSetsAreCopiedByACommandOfTheirOwnWithoutToleratingEnqFailures() {
        // Issue 10, major 9: TOLERATE(ENQFAILURE) copied a CSI that SMP/E was updating, torn, with RC 0 or 4.
        String text = Rendering.render(Scenarios.copy(3), JobType.CP);

        String csi = DssWriter.unwrap(Rendering.instream(text, "COPY001", "SYSIN")).get(0);
        String libraries = DssWriter.unwrap(Rendering.instream(text, "COPY002", "SYSIN")).get(0);
        assertTrue(csi.startsWith("COPY DATASET(INCLUDE(PROD.SMP.CSI)) "), csi);
        assertFalse(csi.contains("TOLERATE"), csi);
        assertFalse(libraries.contains("PROD.SMP.CSI"), libraries);
        assertTrue(libraries.contains(" TOLERATE(ENQFAILURE) "), libraries);
        assertTrue(text.contains("//* No SMP/E work (APPLY, ACCEPT, RECEIVE, UCLIN, ...) runs against the"), text);
    }

    @Test
    void vsamExtendedFormatDataSetsAreCopiedByACommandOfTheirOwnWithoutToleratingEnqFailures() {
        // DFSMSdss Storage Administration, COPY "TOLERATE": "You cannot use the TOLERATE(ENQF) keyword when
        // performing a logical copy operation with VSAM extended-format data sets" (manual-syntax 2.2).
        String example = dev.zdeploy.input.InputReader.exampleText(dev.zdeploy.input.InputReader.EXAMPLE_DESCRIPTOR);
        int zfs = example.indexOf("\"dsname\": \"XYZTM.ZFS\"");
        int flag = example.indexOf("\"isextendedformat\": false", zfs);
        String descriptor = example.substring(0, flag) + "\"isextendedformat\": true"
                + example.substring(flag + "\"isextendedformat\": false".length());
        dev.zdeploy.input.Inputs inputs = dev.zdeploy.input.InputReader.read("descriptor.json", descriptor, "request.json",
                dev.zdeploy.input.InputReader.exampleText(dev.zdeploy.input.InputReader.EXAMPLE_REQUEST));
        String text = Rendering.render(dev.zdeploy.plan.PlanBuilder.build(inputs.descriptor(), inputs.request(), null),
                JobType.CP);

        List<String> commands = copyCommands(text);
        String aggregate = commands.stream().filter(c -> c.contains("XYZTM.ZFS")).findFirst().orElseThrow();
        assertTrue(aggregate.startsWith("COPY DATASET(INCLUDE(XYZTM.ZFS)) "), aggregate);
        assertFalse(aggregate.contains("TOLERATE"), aggregate);
        assertTrue(commands.stream().anyMatch(c -> c.contains("INCLUDE(XYZTM.AXYZLOAD ") && c.contains(" TOLERATE(ENQFAILURE) ")),
                commands.toString());
    }

    @Test
    void anSmsManagedVsamClusterWhoseDataClassMayMakeItExtendedFormatIsCopiedWithoutToleratingEnqFailures() {
        // Extended format comes with the data class, which the descriptor does not carry: any SMS-managed
        // cluster may be one (TargetDataSet.isExtendedFormatVsam), where a PDSE is copied with the keyword.
        DeploymentPlan plan = dev.zdeploy.testing.PlanFixtures.swi().csi("PROD.SMP.CSI")
                .smsLibrary("PROD.SMS", "SCPROD").smsDataSet("PROD.SMS.KSDS", dev.zdeploy.descriptor.DsType.VSAM, "SCPROD")
                .build();

        List<String> commands = copyCommands(Rendering.render(plan, JobType.CP));

        String cluster = commands.stream().filter(c -> c.contains("INCLUDE(PROD.SMS.KSDS)")).findFirst().orElseThrow();
        assertFalse(cluster.contains("TOLERATE"), cluster);
        String pdse = commands.stream().filter(c -> c.contains("INCLUDE(PROD.SMS)")).findFirst().orElseThrow();
        assertTrue(pdse.contains(" TOLERATE(ENQFAILURE) "), pdse);
    }

    @Test
    void nonSmsDataSetsBypassTheAcsRoutinesAndSmsManagedOnesGetNoOutputVolumes() {
        // Issue 10, major 5: COPY ran the ACS routines on the temporary names of non-SMS sysres data sets.
        String text = Rendering.render(Scenarios.copyWithSms(), JobType.CP);

        String nonSms = DssWriter.unwrap(Rendering.instream(text, "COPY002", "SYSIN")).get(0);
        String sms = DssWriter.unwrap(Rendering.instream(text, "COPY003", "SYSIN")).get(0);
        assertTrue(nonSms.contains(" OUTDYNAM((TGT001)) "), nonSms);
        assertTrue(nonSms.contains(" CATALOG SPHERE BYPASSACS(**) NULLSTORCLAS TOLERATE(ENQFAILURE) "), nonSms);
        assertTrue(sms.startsWith("COPY DATASET(INCLUDE(PROD.SMS)) LOGINDYNAM((SRC001)) RENAMEUNCONDITIONAL("), sms);
        assertFalse(sms.contains("OUTDYNAM"), sms);
        assertFalse(sms.contains("BYPASSACS"), sms);
        assertTrue(text.contains("STGADMIN.ADR.COPY.BYPASSACS"), text);
        assertFalse(text.contains("PROCESS(SYS1)"), text);
    }

    @Test
    void aMultiVolumeDataSetIsCopiedByACommandListingAllItsVolumesAndSys1NeedsNoProcessSys1() {
        String text = Rendering.render(Scenarios.indirectAndMultiVolume(), JobType.CP);

        assertEquals(List.of("DEFCAT", "DEFALIAS", "COPY001", "COPY002", "COPY003", "COPY004", "VERIFY"), Rendering.steps(text));
        String perVolume = DssWriter.unwrap(Rendering.instream(text, "COPY002", "SYSIN")).get(0);
        String sys1 = DssWriter.unwrap(Rendering.instream(text, "COPY003", "SYSIN")).get(0);
        String multi = DssWriter.unwrap(Rendering.instream(text, "COPY004", "SYSIN")).get(0);
        assertTrue(perVolume.startsWith("COPY DATASET(INCLUDE(PROD.LIB1)) LOGINDYNAM((SRC001)) OUTDYNAM((TGT001))"), perVolume);
        assertTrue(sys1.contains("INCLUDE(SYS1.PROD.LINKLIB)) LOGINDYNAM((SRC002)) OUTDYNAM((TGT002))"), sys1);
        assertFalse(sys1.contains("PROCESS(SYS1)"), sys1);
        assertTrue(multi.startsWith("COPY DATASET(INCLUDE(PROD.MULTI)) LOGINDYNAM((SRC001),(SRC002)) OUTDYNAM((TGT001),(TGT002))"), multi);
    }

    @Test
    void theExistingCatalogGetsNoCatalogStepsAndTheCopyGoesStraightToTheFinalNames() {
        DeploymentPlan plan = Scenarios.copyExisting(2);
        String text = Rendering.render(plan, JobType.CP);

        assertEquals(List.of("COPY001", "COPY002", "VERIFY"), Rendering.steps(text));
        TargetDataSet library = plan.datasets().get(1);
        assertEquals(44, library.name().length());
        assertTrue(DssWriter.unwrap(Rendering.instream(text, "COPY002", "SYSIN")).get(0)
                .contains("(" + library.sourceName() + "," + library.name() + ")"));
    }

    @Test
    void theJobEndsByListingEveryTemporaryNameAndFailsWhenOneIsMissing() {
        // Issue 10, major 10: a data set INCLUDE did not select (volumes changed) left CP ending 0 or 4.
        DeploymentPlan plan = Scenarios.indirectAndMultiVolume();
        String text = Rendering.render(plan, JobType.CP);

        assertEquals("//VERIFY   EXEC PGM=IDCAMS,COND=(4,LT)", Rendering.statement(text, "//VERIFY"));
        List<String> commands = IdcamsWriter.unwrap(Rendering.instream(text, "VERIFY", "SYSIN"));
        assertEquals(3 * plan.datasets().size(), commands.size());
        for (int i = 0; i < plan.datasets().size(); i++) {
            assertEquals(List.of("LISTCAT ENTRIES(" + plan.datasets().get(i).temporaryName() + ") VOLUME",
                    "IF LASTCC = 0 THEN SET LASTCC = 0", "ELSE SET MAXCC = 12"), commands.subList(3 * i, 3 * i + 3));
        }
        assertEquals(Rendering.steps(text), StepRun.run(text, "COPY004", 4), "warnings: VERIFY runs");
        assertFalse(StepRun.run(text, "COPY004", 8).contains("VERIFY"), "a failed copy is not verified");
    }

    @Test
    void noDataSetsLeavesOnlyTheCatalogSteps() {
        assertEquals(List.of("DEFCAT", "DEFALIAS"), Rendering.steps(Rendering.render(Scenarios.copy(0), JobType.CP)));
    }

    private static List<String> include(String command) {
        String list = command.substring("COPY DATASET(INCLUDE(".length(), command.indexOf(')'));
        return List.of(list.split(" "));
    }

    @Test
    void aStorageClassFromTheRequestIsPassedWithStorclasOneClassPerCommand() throws java.io.IOException {
        // Issue 16 item 3: a v2 storclas action; DFSMSdss "STORCLAS", "Changing storage class with Copy".
        String request = java.nio.file.Files.readString(java.nio.file.Path.of(
                System.getProperty("zdeploy.project.dir", "."), "src/test/resources/v2/example-v2-storclas.json"));
        dev.zdeploy.input.Inputs inputs = dev.zdeploy.input.InputReader.read("descriptor.json",
                dev.zdeploy.input.InputReader.exampleText(dev.zdeploy.input.InputReader.EXAMPLE_DESCRIPTOR), "v2.json",
                request);
        DeploymentPlan plan = dev.zdeploy.plan.PlanBuilder.build(inputs.descriptor(), inputs.request(), null);
        String text = Rendering.render(plan, JobType.CP);

        List<String> commands = copyCommands(text);
        String smpe = commands.stream().filter(c -> c.contains("XYZTM.TARGET.CSI")).findFirst().orElseThrow();
        assertTrue(smpe.contains(" CATALOG SPHERE STORCLAS(SCSMPE) ALLDATA(*) ALLEXCP"), smpe);
        assertFalse(smpe.contains("OUTDYNAM"), smpe);
        assertFalse(smpe.contains("NULLSTORCLAS"), smpe);
        String libraries = commands.stream().filter(c -> c.contains("(XYZTM.AXYZLOAD,")).findFirst().orElseThrow();
        assertTrue(libraries.contains(" STORCLAS(SCPROD) TOLERATE(ENQFAILURE) "), libraries);
        String nonSms = commands.stream().filter(c -> c.contains("XYZTM.GLOBAL.CSI")).findFirst().orElseThrow();
        assertTrue(nonSms.contains(" BYPASSACS(**) NULLSTORCLAS "), nonSms);
        assertFalse(nonSms.contains("STORCLAS("), nonSms);
        for (String command : commands) {
            int classes = command.split("STORCLAS\\(", -1).length - 1;
            assertTrue(classes <= 1, command);
        }
        assertTrue(text.contains("//* The storage classes the request gives (SCSMPE, SCPROD) are defined,"), text);
        assertTrue(text.contains("ACS routines with STORCLAS, which may"), text);
    }

    /** The DFSMSdss command of each COPY step, unwrapped, in step order. */
    private static List<String> copyCommands(String text) {
        List<String> commands = new java.util.ArrayList<>();
        for (String step : Rendering.steps(text)) {
            if (step.startsWith("COPY")) {
                commands.add(DssWriter.unwrap(Rendering.instream(text, step, "SYSIN")).get(0));
            }
        }
        return commands;
    }
}
