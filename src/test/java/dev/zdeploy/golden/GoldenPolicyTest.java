package dev.zdeploy.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zdeploy.jcl.LintFinding;
import dev.zdeploy.jcl.Linter;
import dev.zdeploy.testing.Jclcheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every approved golden member passes zdeploy's linter and the independent checker jclcheck. */
class GoldenPolicyTest {

    @Test
    void everyGoldenMemberPassesTheLinter() throws IOException {
        Linter linter = new Linter(Linter.Mode.POLICY);
        List<String> findings = new ArrayList<>();
        int members = 0;
        for (Path scenario : GoldenScenarios.all()) {
            for (String member : GoldenScenarios.approvedMembers(scenario)) {
                members++;
                String text = Files.readString(scenario.resolve(member), StandardCharsets.US_ASCII);
                linter.lint(member, text).stream().map(LintFinding::format).forEach(findings::add);
            }
        }
        assertEquals(List.of(), findings);
        assertEquals(true, members >= 50, "golden members: " + members);
    }

    @Test
    void everyGoldenMemberPassesJclcheck() throws IOException, InterruptedException {
        Optional<Jclcheck.Result> result = Jclcheck.run(GoldenScenarios.root());
        assumeTrue(result.isPresent(), "jclcheck (or python3) is not here");
        assertEquals(0, result.get().exitCode(), result.get().output());
    }
}
