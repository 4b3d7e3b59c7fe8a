package dev.zdeploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.render.LintGateException;
import dev.zdeploy.render.RenderedJob;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ZDeploy#render(DeploymentPlan, dev.zdeploy.render.JobRenderer.Sink, Writer)}: the members and
 * manifest of {@link ZDeploy#render(DeploymentPlan)}, handed on as they are made, with the same failures.
 */
class SinkRenderTest {

    @TempDir
    Path dir;

    private final ZDeploy zdeploy = ZDeploy.create();
    private final DeploymentPlan plan = zdeploy.plan(zdeploy.builtInExample());

    @Test
    void theSinkGetsTheMembersAndTheWriterTheManifestOfRender() throws IOException {
        List<RenderedJob> members = new ArrayList<>();
        StringWriter manifest = new StringWriter();

        zdeploy.render(plan, members::add, manifest);

        Deployment whole = zdeploy.render(plan);
        assertEquals(whole.jobs(), members);
        assertEquals(whole.manifest(), manifest.toString());
    }

    @Test
    void aMemberFailingItsGateIsNotHandedOnAndEveryFindingComesAfterTheLastMember() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("site"));
        Files.writeString(templates.resolve("CP.ftl"), "//CP JOB\n//* " + "X".repeat(80) + "\n");
        Files.writeString(templates.resolve("VF.ftl"), "//VF JOB\n//* " + "Y".repeat(80) + "\n");
        ZDeploy site = ZDeploy.create(ZDeployOptions.defaults().withTemplateDirectory(templates));
        DeploymentPlan sitePlan = site.plan(site.builtInExample());
        List<String> handedOn = new ArrayList<>();

        LintGateException e = assertThrows(LintGateException.class,
                () -> site.render(sitePlan, job -> handedOn.add(job.member()), Writer.nullWriter()));

        assertEquals(List.of("IZUD01RA", "IZUD02PF", "IZUD04RN", "IZUD05UC", "IZUD07DA"), handedOn);
        assertEquals(2, e.findings().stream().map(f -> f.substring(0, 8)).distinct().count(), e.findings().toString());
        assertTrue(e.findings().get(0).startsWith("IZUD03CP:2:"), e.findings().toString());
        assertTrue(e.findings().get(e.findings().size() - 1).startsWith("IZUD06VF:2:"), e.findings().toString());
    }

    @Test
    void whatTheSinkThrowsEndsTheCall() {
        IOException refused = new IOException("disk full");

        IOException e = assertThrows(IOException.class, () -> zdeploy.render(plan, job -> {
            throw refused;
        }, Writer.nullWriter()));

        assertSame(refused, e);
    }

    @Test
    void whatTheManifestWriterThrowsIsThrownAsItWas() {
        Writer failing = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        IOException e = assertThrows(IOException.class, () -> zdeploy.render(plan, job -> { }, failing));

        assertEquals("connection reset", e.getMessage());
    }
}
