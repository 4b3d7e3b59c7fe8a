package dev.zdeploy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.Deployment;
import dev.zdeploy.ZDeploy;
import dev.zdeploy.input.Inputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden scenario and both examples simulate to their plan, with the source untouched. */
class GoldenSimulationTest {

    static Path project() {
        return Path.of(System.getProperty("zdeploy.project.dir", ".")).toAbsolutePath().normalize();
    }

    static Stream<Path> scenarios() throws IOException {
        Stream<Path> golden = Files.list(project().resolve("golden"))
                .filter(p -> Files.isRegularFile(p.resolve("descriptor.json")));
        Path examples = Path.of("/work/shared/examples");
        Stream<Path> shared = Files.isDirectory(examples) ? Files.list(examples)
                .filter(p -> Files.isRegularFile(p.resolve("descriptor.json"))) : Stream.empty();
        return Stream.concat(golden, shared).sorted();
    }

    static SimulationReport simulate(Path scenario) {
        ZDeploy zdeploy = ZDeploy.create();
        Path inventory = scenario.resolve("inventory.json");
        Inputs inputs = zdeploy.read(scenario.resolve("descriptor.json"), scenario.resolve("request.json"),
                Files.exists(inventory) ? inventory : null);
        Deployment deployment = zdeploy.generate(inputs);
        return zdeploy.simulate(inputs, deployment, null, List.of());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void simulatesToThePlan(Path scenario) {
        SimulationReport report = simulate(scenario);
        assertEquals(List.of(), report.notModelled(), scenario + ": not modelled");
        assertEquals(List.of(), report.differences().stream().map(Object::toString).toList(), scenario + ": "
                + SimulationText.of(report));
        assertFalse(report.jobs().isEmpty());
        assertTrue(report.jobs().stream().allMatch(Simulator::endedWell), SimulationText.of(report));
    }
}
