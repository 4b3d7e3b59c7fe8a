package dev.zdeploy.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.zdeploy.input.InputReader;
import dev.zdeploy.input.Inputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden scenario's inputs plan cleanly, and the plans make the decisions each scenario is for. */
class GoldenPlansTest {

    private static final Path GOLDEN = Path.of(System.getProperty("zdeploy.project.dir", ".")).resolve("golden");

    static List<String> scenarios() {
        try (Stream<Path> entries = Files.list(GOLDEN)) {
            return entries.filter(path -> Files.exists(path.resolve("request.json")))
                    .map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DeploymentPlan plan(String scenario) {
        Path dir = GOLDEN.resolve(scenario);
        Path inventory = dir.resolve("inventory.json");
        Inputs inputs = InputReader.read(dir.resolve("descriptor.json"), dir.resolve("request.json"),
                Files.exists(inventory) ? inventory : null);
        return PlanBuilder.build(inputs.descriptor(), inputs.request(), inputs.inventory());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void plansWithoutWarnings(String scenario) {
        assertEquals(List.of(), plan(scenario).warnings());
    }

    @Test
    void thereAreScenarios() {
        assertFalse(scenarios().isEmpty());
    }

    @Test
    void indirectCatalogUsesEachVolumesSymbolAndLeavesTheCsiDirect() {
        DeploymentPlan plan = plan("indirect-catalog");
        for (TargetDataSet target : plan.datasets()) {
            String volume = target.volumes().get(0);
            String expected = target.isVsam() ? null
                    : volume.equals("RES31A") ? "******" : volume.equals("RES31B") ? "&SYSR2" : null;
            assertEquals(expected, target.indirectcatalogsymbol(), target.name());
            if (target.isIndirect()) {
                assertNull(target.tempcatalias(), target.name());
                assertEquals(List.of(), target.aliases(), target.name());
                // Issue 10 major 4: its DDDEFs name its real volume, never the name alone.
                target.dddefs().forEach(dddef -> assertEquals(volume, dddef.volume(), dddef.dddef()));
            }
        }
    }

    @Test
    void multiVolumeMapFollowsFirstAppearance() {
        assertEquals(List.of("CIC611", "CIC613", "CIC612"),
                plan("multi-volume").volumeMap().stream().map(VolumeMapping::sourceVolume).toList());
    }

    @Test
    void largeScenarioHasATemporaryNameOfExactlyFortyFourCharacters() {
        // <tempcatalias>.<name>: the temporary name, or the data set alias RN defines for a data set copied
        // under its final name (issue 10 major 12).
        assertEquals(1, plan("large-400").datasets().stream()
                .filter(target -> target.temporaryName().length() == 44
                        || target.aliases().stream().anyMatch(a -> a.length() == 44)).count());
    }

    @Test
    void existingCatalogRenamesTakeTheirUserCatalogsFromTheInventoryAliases() {
        DeploymentPlan plan = plan("existing-catalog-renames");
        assertEquals(CatalogObjective.EXISTING_CATALOG, plan.catalogObjective());
        for (TargetDataSet target : plan.datasets()) {
            String qualifier = target.name().substring(0, target.name().indexOf('.'));
            String expected = switch (qualifier) {
                case "DB2SMPE" -> "UCAT.SMPE";
                case "DB2D13A" -> "UCAT.DB2D13A";
                case "OMVS" -> "UCAT.OMVS";
                default -> null;
            };
            assertEquals(expected, target.catalog(), target.name());
        }
    }

    @Test
    void zoneRenamesAndTakenInstanceNames() {
        DeploymentPlan plan = plan("zone-renames-inventory");
        assertEquals("COBOL64_3", plan.tgtswiname());
        assertEquals(List.of("TGT2", "DLIB2"), plan.zoneIndex().stream().map(TargetZone::name).toList());
    }

    @Test
    void passwordsAppearNowhereInThePlan() {
        DeploymentPlan plan = plan("default-job-statement");
        String everything = PlanJson.write(plan, List.of()) + PlanReport.text(plan) + plan;
        assertFalse(everything.contains("S3CR3TPW"));
        assertFalse(everything.contains("PR0XYPW1"));
    }
}
