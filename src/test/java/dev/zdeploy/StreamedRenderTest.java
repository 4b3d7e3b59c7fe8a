package dev.zdeploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.output.WriteReport;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.render.LintGateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ZDeploy#renderTo}: each member written as it is rendered and the manifest streamed into its
 * file give exactly the bytes of {@code write(render(plan))}, and stay all or nothing.
 */
class StreamedRenderTest {

    @TempDir
    Path dir;

    @Test
    void streamingWritesTheSameBytesAsRenderThenWrite() throws IOException {
        ZDeploy zdeploy = ZDeploy.create();
        DeploymentPlan plan = zdeploy.plan(zdeploy.builtInExample());

        WriteReport streamed = zdeploy.renderTo(plan, dir.resolve("streamed"));
        zdeploy.write(zdeploy.render(plan), dir.resolve("whole"));

        assertEquals(files(dir.resolve("whole")), files(dir.resolve("streamed")));
        assertEquals(List.of("IZUD01RA", "IZUD02PF", "IZUD03CP", "IZUD04RN", "IZUD05UC", "IZUD06VF", "IZUD07DA"), streamed.written());
        assertTrue(streamed.manifestWritten());
    }

    @Test
    void aStreamedManifestThatDidNotChangeIsKeptAsItWas() throws IOException {
        ZDeploy zdeploy = ZDeploy.create(ZDeployOptions.defaults().withForce(true));
        DeploymentPlan plan = zdeploy.plan(zdeploy.builtInExample());
        zdeploy.renderTo(plan, dir.resolve("out"));

        WriteReport again = zdeploy.renderTo(plan, dir.resolve("out"));

        assertTrue(again.nothingChanged(), again.toString());
        assertFalse(again.manifestWritten());
    }

    @Test
    void aMemberFailingItsLintGateLeavesTheDirectoryAsItWas() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("site"));
        // A record over 72 columns: the member renders, then fails the gate, after the members before it
        // were already staged.
        Files.writeString(templates.resolve("DA.ftl"), "//DA JOB\n//* " + "X".repeat(80) + "\n");
        Path out = dir.resolve("out");
        ZDeploy shipped = ZDeploy.create(ZDeployOptions.defaults().withForce(true));
        shipped.renderTo(shipped.plan(shipped.builtInExample()), out);
        Map<String, String> before = files(out);
        ZDeploy site = ZDeploy.create(ZDeployOptions.defaults().withForce(true).withTemplateDirectory(templates));

        assertThrows(LintGateException.class, () -> site.renderTo(site.plan(site.builtInExample()), out));

        assertEquals(before, files(out));
        try (Stream<Path> beside = Files.list(dir)) {
            assertEquals(List.of(".out.zdeploy-lock", "out", "site"),
                    beside.map(path -> path.getFileName().toString()).sorted().toList(),
                    "no staging directory left beside the output, only the lock every run leaves");
        }
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
