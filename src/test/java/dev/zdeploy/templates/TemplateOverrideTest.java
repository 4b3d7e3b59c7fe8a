package dev.zdeploy.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.jobs.JobType;
import dev.zdeploy.output.TemplateExport;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.render.JobRenderer;
import dev.zdeploy.render.LintGateException;
import dev.zdeploy.render.RenderedJob;
import dev.zdeploy.render.ShippedTemplates;
import dev.zdeploy.render.TemplateRenderException;
import dev.zdeploy.render.TemplateSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Site templates (--templates DIR) through the real linter gate. */
class TemplateOverrideTest {

    @TempDir
    Path site;

    private final DeploymentPlan plan = Scenarios.copy(1);

    private List<RenderedJob> render(JobType type) {
        return new JobRenderer(TemplateSource.withUserDirectory(site), Rendering.PolicyGate.INSTANCE)
                .render(plan, List.of(Rendering.job(plan, type)));
    }

    @Test
    void anExportedAndEditedTemplateIsUsedAndTheLibraryStillComesFromTheJar() throws IOException {
        TemplateExport.write(site, false);
        Files.delete(site.resolve(ShippedTemplates.LIBRARY));
        Path rn = site.resolve("RN.ftl");
        Files.writeString(rn, Files.readString(rn).replace("${jcl.exec(\"RENAME\", \"PGM=IDCAMS\")}",
                "${jcl.comment(\"Site standard: reviewed by change control\")}\n${jcl.exec(\"RENAME\", \"PGM=IDCAMS\")}"));

        String text = render(JobType.RN).get(0).text();

        assertTrue(text.contains("//* Site standard: reviewed by change control\n//RENAME   EXEC PGM=IDCAMS\n"), text);
    }

    @Test
    void aTemplateWritingA73ColumnLineFailsTheRenderWithMemberAndLine() throws IOException {
        Files.writeString(site.resolve("DA.ftl"), "//IZUD05DA JOB (ACCOUNT),'NAME'\n//STEP1    EXEC PGM=IEFBR14\n//*"
                + "x".repeat(70) + "\n");

        LintGateException e = assertThrows(LintGateException.class, () -> render(JobType.DA));

        assertTrue(e.findings().stream().anyMatch(f -> f.startsWith("IZUD07DA:3:")), e.findings().toString());
        assertTrue(e.getMessage().contains("IZUD07DA:3:"), e.getMessage());
    }

    @Test
    void aSiteTemplateCannotCreateJavaObjects() throws IOException {
        Files.writeString(site.resolve("RA.ftl"), "<#assign x = \"freemarker.template.utility.ObjectConstructor\"?new()>\n");

        TemplateRenderException e = assertThrows(TemplateRenderException.class, () -> render(JobType.RA));

        assertEquals("RA.ftl", e.templateName());
        assertEquals(1, e.line());
    }
}
