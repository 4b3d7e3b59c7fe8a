package dev.zdeploy.cli;

import static dev.zdeploy.cli.Cli.args;
import static dev.zdeploy.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden scenario through the command line: rendered as a directory and as a deck, both lint
 * clean, and the manifest is the plan JSON.
 */
class GoldenScenariosTest {

    /**
     * Scenarios that fail today because of a reported bug outside the CLI. They must fail as an
     * internal error, in one line naming the cause; once the bug is fixed this test fails until the
     * entry is removed.
     */
    private static final Map<String, String> KNOWN_BUGS = Map.of("pswi-v9-zfs-moved-mountpoint",
            "caused by JclSyntaxException: GIMUNZIP: the newname value of <ARCHDEF> is 66 characters");

    @TempDir
    Path dir;

    static Stream<String> scenarios() throws IOException {
        try (Stream<Path> entries = Files.list(Cli.GOLDEN)) {
            return entries.filter(path -> Files.isRegularFile(path.resolve("request.json")))
                    .map(path -> path.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void rendersLintCleanAsADirectoryAndAsADeck(String scenario) {
        Path pds = dir.resolve("pds");
        Path deck = dir.resolve("deck");
        Cli.Result result = run(args("render", Cli.goldenInputs(scenario), "--quiet", "--out", pds.toString()));
        if (KNOWN_BUGS.containsKey(scenario)) {
            assertEquals(3, result.status(), result::toString);
            assertEquals(1, result.err().lines().count(), result.err());
            assertTrue(result.err().contains(KNOWN_BUGS.get(scenario)), result.err());
            assertEquals(List.of(), Cli.tree(dir));
            return;
        }
        result.assertOk();
        run(args("render", Cli.goldenInputs(scenario), "--quiet", "--format", "iebupdte", "--out", deck.toString()))
                .assertOk();

        assertTrue(run("lint", pds.toString()).assertOk().out().endsWith(" members, 0 problems\n"));
        assertEquals("1 member, 0 problems\n", run("lint", deck.resolve("IZUDLOAD").toString()).assertOk().out());
        assertEquals(run(args("plan", Cli.goldenInputs(scenario), "--json")).assertOk().out(),
                Cli.read(pds.resolve(".zdeploy/manifest.json")));
        assertEquals(Cli.read(pds.resolve(".zdeploy/manifest.json")), Cli.read(deck.resolve(".zdeploy/manifest.json")));
    }
}
