package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.ZDeploy;
import dev.zdeploy.plan.TargetDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 minor: VSAM component names after a rename. A zFS whose temporary name is 39 to 42 characters
 * long gets the components VSAM names {@code <name>.D} (DFSMS Using Data Sets, "Naming a Cluster"), which
 * the old rename job, guessing {@code <name>.DATA}, left under the temporary name without a word.
 */
class ComponentRenamesSimulationTest {

    @TempDir
    Path dir;

    /** The golden zFS scenario with final names of 38 characters: temporary names {@code <name>.#} of 40. */
    private Scenario longNames() throws IOException {
        Path golden = GoldenSimulationTest.project().resolve("golden").resolve("pswi-v9-zfs-moved-mountpoint");
        String request = Files.readString(golden.resolve("request.json"))
                .replace("\"to\": \"DEPLOY.QWT.**\"", "\"to\": \"DEPLOY.QWTLONGQ.LONGQUAL.**\"");
        Path edited = dir.resolve("request.json");
        Files.writeString(edited, request);
        return Scenario.of(ZDeploy.create().read(golden.resolve("descriptor.json"), edited, null));
    }

    @Test
    void aComponentVsamNamesDotDIsRenamedWithItsCluster() throws IOException {
        Scenario now = longNames();
        TargetDataSet zfs = now.plan.datasets().stream()
                .filter(ds -> ds.name().equals("DEPLOY.QWTLONGQ.LONGQUAL.OMVS.SAFXROOT")).findFirst().orElseThrow();
        assertEquals(40, zfs.temporaryName().length());
        assertTrue(now.members.get(now.member("RN")).contains("ALTER DEPLOY.QWTLONGQ.LONGQUAL.OMVS.SAFXROOT.#.D"),
                now.members.get(now.member("RN")));
        SimulationReport report = now.simulate();
        assertTrue(report.reachedPlan(), SimulationText.of(report));
        assertTrue(report.finalState().catalogs.values().stream().anyMatch(
                c -> c.entries.containsKey("DEPLOY.QWTLONGQ.LONGQUAL.OMVS.SAFXROOT.D")), SimulationText.of(report));
    }

    @Test
    void theOldGuessLeftTheComponentUnderItsTemporaryNameAndVerificationNowSaysSo() throws IOException {
        Scenario old = longNames();
        // The old RN looked only for <temporary>.DATA, over 44 characters here, so it coded no component rename.
        old.edit("RN", jcl -> withoutComponentRenames(jcl, List.of("SAFXROOT.#.D", "SAFXROOT.#.I", "SAFXWEB.#.D",
                "SAFXWEB.#.I")));
        SimulationReport before = old.simulate();
        assertFalse(before.reachedPlan(), SimulationText.of(before));
        assertTrue(before.differences().stream().anyMatch(d -> d.message().contains("SAFXROOT.#.D still carries the temporary name")),
                SimulationText.of(before));
        JobResult vf = before.jobs().stream().filter(j -> j.member().equals(old.member("VF"))).findFirst().orElseThrow();
        assertEquals(12, vf.maxRc(), SimulationText.of(before));
    }

    /** Removes each rename unit (LISTCAT, its two IFs, the ELSE and the verdict) whose LISTCAT names one of {@code suffixes}. */
    private static String withoutComponentRenames(String jcl, List<String> suffixes) {
        StringBuilder out = new StringBuilder();
        String[] lines = jcl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean unit = line.startsWith(" LISTCAT ENTRIES(")
                    && suffixes.stream().anyMatch(s -> line.contains("." + s + ")"));
            if (unit) {
                // skip until the verdict line that closes the unit (the last IF ... SET MAXCC of lib verdict)
                while (i + 1 < lines.length && !lines[i + 1].startsWith(" LISTCAT") && !lines[i + 1].startsWith(" DEFINE")
                        && !lines[i + 1].startsWith(" ALTER") && !lines[i + 1].startsWith("/*")) {
                    i++;
                }
                continue;
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
