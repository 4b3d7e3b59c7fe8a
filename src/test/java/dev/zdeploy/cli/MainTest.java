package dev.zdeploy.cli;

import static dev.zdeploy.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The command line as a whole: usage, --help on every command, --version, usage errors. */
class MainTest {

    @Test
    void noCommandShowsTheUsageAsAUsageError() {
        Cli.Result result = run().assertUserError(2);

        assertEquals("", result.out());
        assertTrue(result.err().startsWith("Usage: zdeploy [-hV] [--debug] [COMMAND]\n"), result.err());
        for (String command : List.of("render", "plan", "validate", "lint", "templates", "simulate", "completion", "daemon",
                "help")) {
            assertTrue(result.err().contains("\n  " + command + " "), command + " is listed:\n" + result.err());
        }
    }

    @Test
    void helpListsEveryCommand() {
        Cli.Result result = run("--help").assertOk();

        assertTrue(result.out().startsWith("Usage: zdeploy [-hV] [--debug] [COMMAND]\n"
                + "Generates the JCL that deploys a z/OS software instance, offline.\n"), result.out());
        for (String command : List.of("render", "plan", "validate", "lint", "templates", "simulate", "completion", "daemon",
                "help")) {
            assertTrue(result.out().contains("\n  " + command + " "), command + " is listed:\n" + result.out());
        }
        assertTrue(result.out().endsWith("""
                Exit status:
                  0   success
                  1   lint found problems, or simulate found differences or statements not
                        modelled
                  2   bad input or usage: every problem is printed, nothing is written
                  3   internal error: report the line printed, the command line and the inputs
                """), result.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "plan", "validate", "lint", "templates", "templates export", "simulate", "daemon",
        "daemon status", "daemon stop"})
    void everyCommandHasHelpAndDebugButNoVersionOfItsOwn(String command) {
        Cli.Result result = run((command + " --help").split(" ")).assertOk();

        assertTrue(result.out().startsWith("Usage: zdeploy " + command + " "), result.out());
        assertTrue(result.out().contains("-h, --help "), result.out());
        assertTrue(result.out().contains("--debug "), result.out());
        assertFalse(result.out().contains("--version"), result.out());
        run((command + " --version").split(" ")).assertUserError(2);
    }

    @Test
    void helpHasNoColoursEvenWhereTheTerminalWouldShowThem() {
        // picocli.ansi=true stands for a terminal: picocli colours help there unless told not to, and the
        // escapes would reach the terminal as text.
        String before = System.setProperty("picocli.ansi", "true");
        try {
            String help = run("render", "--help").assertOk().out();

            assertTrue(help.startsWith("Usage: zdeploy render [-h] [--debug]"), help);
            assertFalse(help.contains("\\u001b") || help.contains("\u001b"), help);
        } finally {
            if (before == null) {
                System.clearProperty("picocli.ansi");
            } else {
                System.setProperty("picocli.ansi", before);
            }
        }
    }

    @Test
    void renderHelpShowsItsOptionsAndDefaults() {
        String help = run("render", "--help").assertOk().out();

        for (String option : List.of("--descriptor=FILE", "--request=FILE", "--inventory=FILE", "--templates=DIR",
                "--out=DIR", "--force", "--format=pds|iebupdte", "--quiet", "(default: zdeploy-out)")) {
            assertTrue(help.contains(option), option + " in:\n" + help);
        }
    }

    @Test
    void versionNamesZdeployAndItsVersion() {
        String version = run("--version").assertOk().out();

        assertTrue(version.matches("zdeploy (development|\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?)\n"), version);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Result result = run("render", "--colour").assertUserError(2);

        assertEquals("zdeploy: Unknown option: '--colour'\nTry 'zdeploy render --help' for more information.\n",
                result.err());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli.Result result = run("deploy").assertUserError(2);

        assertTrue(result.err().startsWith("zdeploy: Unmatched argument at index 0: 'deploy'\n"), result.err());
    }

    @Test
    void anOptionWithoutItsValueIsAUsageError() {
        Cli.Result result = run("render", "--out").assertUserError(2);

        assertTrue(result.err().startsWith("zdeploy: Missing required parameter for option '--out' (DIR)\n"),
                result.err());
    }
}
