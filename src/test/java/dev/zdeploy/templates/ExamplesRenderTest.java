package dev.zdeploy.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.input.InputReader;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.jcl.DssWriter;
import dev.zdeploy.jobs.JobType;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.PlanBuilder;
import dev.zdeploy.render.RenderedJob;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two example input pairs of the project brief render complete, policy-clean jobs. */
class ExamplesRenderTest {

    private static final Path EXAMPLES = Path.of("src/test/resources/examples");

    @TempDir
    Path scratch;

    private static List<RenderedJob> render(String example) {
        Path folder = EXAMPLES.resolve(example);
        Inputs inputs = InputReader.read(folder.resolve("descriptor.json"), folder.resolve("request.json"), null);
        DeploymentPlan plan = PlanBuilder.build(inputs.descriptor(), inputs.request(), inputs.inventory());
        return Rendering.renderAll(plan);
    }

    @Test
    void theSoftwareInstanceExampleCopiesRenamesAndUpdatesTheZones() throws Exception {
        List<RenderedJob> jobs = render("zos24-swi");

        assertEquals(List.of("IZUD01RA", "IZUD02PF", "IZUD03CP", "IZUD04RN", "IZUD05UC", "IZUD06VF", "IZUD07DA"),
                jobs.stream().map(RenderedJob::member).toList());
        String copy = jobs.get(2).text();
        assertTrue(copy.startsWith("//DEPLOY   JOB (123456),'SYSPROG',NOTIFY=&SYSUID,REGION=0M,\n// MSGCLASS=H\n//*\n"),
                copy);
        assertTrue(copy.contains(" DEFINE USERCATALOG(NAME(CATALOG.ZOS24.MCAT) ICFCATALOG"), copy);
        assertTrue(copy.contains(" DEFINE ALIAS(NAME(ZOS24) RELATE(CATALOG.ZOS24.MCAT))"), copy);
        assertTrue(copy.contains("LOGINDYNAM((ZOS24A))"), copy);
        assertTrue(copy.contains("OUTDYNAM((LT1234))"), copy);
        assertTrue(DssWriter.unwrap(Rendering.instream(copy, "COPY001", "SYSIN")).get(0)
                .contains("(IBMUSR.SWI.CSI,ZOS24.IBMUSR.SWI.CSI)"), copy);
        String rename = jobs.get(3).text();
        assertTrue(rename.contains("ALTER ZOS24.IBMUSR.SWI.CSI NEWNAME(IBMUSR.SWI.CSI)"), rename);
        assertTrue(rename.contains("DEFINE PATH(NAME(ZOS24.IBMUSR.SWI.CSI) -\n   PATHENTRY(IBMUSR.SWI.CSI))"), rename);
        String zones = jobs.get(4).text();
        assertTrue(zones.contains("//SMPCSI   DD DISP=OLD,DSN=ZOS24.IBMUSR.SWI.CSI"), zones);
        assertTrue(jobs.get(5).text().contains(" LIST DDDEF."), jobs.get(5).text());
        assertTrue(jobs.get(6).text().contains("EXPORT CATALOG.ZOS24.MCAT DISCONNECT"), jobs.get(6).text());
        Rendering.jclcheck(jobs, scratch);
    }

    @Test
    void thePortableExampleUnzipsInstallsTheZfsTreeAndMovesTheMountPoint() throws Exception {
        List<RenderedJob> jobs = render("qwt-pswi");

        assertEquals(List.of(JobType.RA, JobType.PF, JobType.UZ, JobType.ZF, JobType.RN, JobType.UC, JobType.VF),
                jobs.stream().map(job -> job.job().type()).toList());
        String unzip = jobs.get(2).text();
        assertTrue(unzip.contains("//SMPDIR   DD PATH='/u/smpe/smpnts/QWT/'"), unzip);
        assertTrue(unzip.contains("  newname=\"DEPLOY.QWT.AFX.SAFXLOAD.#\""), unzip);
        assertTrue(unzip.contains("  newname=\"DEPLOY.QWT.GLOBAL.CSI\""), unzip);
        String zones = jobs.get(5).text();
        assertTrue(zones.contains("PATH('/usr/lpp/deploy/afx/IBM/')"), zones);
        Rendering.jclcheck(jobs, scratch);
    }
}
