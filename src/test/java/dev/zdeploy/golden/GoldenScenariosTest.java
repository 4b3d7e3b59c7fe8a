package dev.zdeploy.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.Deployment;
import dev.zdeploy.ZDeploy;
import java.io.IOException;
import java.nio.file.Files;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden-file regression tests: every member and the manifest of every scenario under
 * {@code golden/} is rendered from the scenario's inputs and verified against the approved file
 * {@code golden/<scenario>/<member>} with ApprovalTests. Each member is its own test, so one run
 * reports every mismatch.
 *
 * <p>Re-approve (after reviewing why the output changed):
 * {@code mvn -B test -Dtest=GoldenScenariosTest -Dgolden.approve=true}, then review {@code git diff golden/}.
 */
class GoldenScenariosTest {

    private static final boolean APPROVE = Boolean.getBoolean("golden.approve");

    @Test
    void thereAreAtLeastTenScenarios() {
        assertTrue(GoldenScenarios.all().size() >= 10, "scenarios: " + GoldenScenarios.all());
    }

    @TestFactory
    Stream<DynamicNode> everyMemberOfEveryScenarioIsAsApproved() throws IOException {
        List<DynamicNode> scenarios = new ArrayList<>();
        for (Path scenario : GoldenScenarios.all()) {
            scenarios.add(scenario(scenario));
        }
        return scenarios.stream();
    }

    private static DynamicContainer scenario(Path scenario) throws IOException {
        String name = scenario.getFileName().toString();
        Deployment deployment = render(scenario);
        Map<String, String> members = deployment.members();
        if (APPROVE) {
            GoldenApprover.approve(scenario, members, deployment.manifest());
        }
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("member list", () ->
                assertEquals(List.copyOf(members.keySet().stream().sorted().toList()),
                        GoldenScenarios.approvedMembers(scenario), "members of golden/" + name)));
        members.forEach((member, text) -> tests.add(DynamicTest.dynamicTest(member, () -> verify(name, member, text))));
        tests.add(DynamicTest.dynamicTest("manifest", () -> verify(name, GoldenScenarios.MANIFEST, deployment.manifest())));
        return DynamicContainer.dynamicContainer(name, tests);
    }

    /**
     * The scenario rendered with its inputs named as in its folder ({@code descriptor.json}, ...), so
     * that warnings in the manifest do not depend on where the repository is.
     */
    static Deployment render(Path scenario) throws IOException {
        ZDeploy zdeploy = ZDeploy.create();
        Path inventory = GoldenScenarios.inventory(scenario);
        try (InputStream descriptor = Files.newInputStream(scenario.resolve("descriptor.json"));
                InputStream request = Files.newInputStream(scenario.resolve("request.json"));
                InputStream inventoryIn = inventory == null ? null : Files.newInputStream(inventory)) {
            return zdeploy.generate(zdeploy.read(descriptor, request, inventoryIn));
        }
    }

    private static void verify(String scenario, String file, String text) {
        Options options = new Options().withReporter(new LineDiffReporter()).forFile()
                .withNamer(new GoldenNamer(GoldenScenarios.root(), GoldenScenarios.receivedRoot(), scenario, file));
        Approvals.verify(text, options);
    }

}
