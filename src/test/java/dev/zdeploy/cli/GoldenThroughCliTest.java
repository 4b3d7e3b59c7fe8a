package dev.zdeploy.cli;

import static dev.zdeploy.cli.Cli.args;
import static dev.zdeploy.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.ZDeploy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden scenario through the command line: the directory {@code render} writes is the approved
 * one byte for byte (golden/ holds it exactly as the CLI writes it), the deck carries the same members
 * (and is the library's in-memory {@code ZDeploy.deck}, byte for byte),
 * both are lint clean, and the manifest is what {@code plan --json} prints.
 */
class GoldenThroughCliTest {

    private static final String MANIFEST = ".zdeploy/manifest.json";

    @TempDir
    Path dir;

    static Stream<String> scenarios() throws IOException {
        try (Stream<Path> entries = Files.list(Cli.GOLDEN)) {
            return entries.filter(path -> Files.isRegularFile(path.resolve("descriptor.json")))
                    .map(path -> path.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theRenderedDirectoryIsTheApprovedOne(String scenario) throws IOException {
        Path pds = dir.resolve("pds");
        Path golden = Cli.GOLDEN.resolve(scenario);

        run(args("render", Cli.goldenInputs(scenario), "--quiet", "--out", pds.toString())).assertOkWithWarnings();

        List<String> members = Cli.tree(pds).stream().filter(name -> !name.startsWith(".zdeploy")).toList();
        assertEquals(approvedMembers(golden), members);
        for (String file : members) {
            assertEquals(Cli.read(golden.resolve(file)), Cli.read(pds.resolve(file)), scenario + "/" + file);
        }
        assertEquals(Cli.read(golden.resolve(MANIFEST)), asInFolder(golden, Cli.read(pds.resolve(MANIFEST))));
        assertEquals(run(args("plan", Cli.goldenInputs(scenario), "--json")).assertOkWithWarnings().out(),
                Cli.read(pds.resolve(MANIFEST)));
        assertEquals("", run("lint", pds.toString()).assertOk().out());
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theDeckLoadsTheApprovedMembersAndIsLintClean(String scenario) {
        Path deck = dir.resolve("deck");
        Path golden = Cli.GOLDEN.resolve(scenario);

        run(args("render", Cli.goldenInputs(scenario), "--quiet", "--format", "iebupdte", "--out", deck.toString()))
                .assertOkWithWarnings();

        String text = Cli.read(deck.resolve("IZUDLOAD"));
        // written one member at a time, the deck is byte for byte the one built from the whole deployment
        Path inventory = golden.resolve("inventory.json");
        ZDeploy zdeploy = ZDeploy.create();
        assertEquals(zdeploy.deck(zdeploy.generate(zdeploy.read(golden.resolve("descriptor.json"),
                golden.resolve("request.json"), Files.exists(inventory) ? inventory : null))), text);
        for (String member : approvedMembers(golden)) {
            assertTrue(text.contains("./ ADD NAME=" + member + ",LIST=ALL\n" + Cli.read(golden.resolve(member))),
                    scenario + "/" + member);
        }
        assertEquals(Cli.read(golden.resolve(MANIFEST)), asInFolder(golden, Cli.read(deck.resolve(MANIFEST))));
        assertEquals("", run("lint", deck.resolve("IZUDLOAD").toString()).assertOk().out());
    }

    /** A manifest made from the golden folder's inputs, with them named as in the folder (as approved). */
    private static String asInFolder(Path golden, String manifest) {
        return manifest.replace("\"source\": \"" + golden + "/", "\"source\": \"");
    }

    /** Approved member files: plain files without a dot in the name (inputs and scripts have one). */
    private static List<String> approvedMembers(Path golden) {
        return Cli.tree(golden).stream().filter(name -> !name.contains(".") && !name.contains("/")).toList();
    }
}
