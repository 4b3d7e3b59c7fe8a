package dev.zdeploy.cli;

import static dev.zdeploy.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where {@code render --out} and {@code templates export} may write, and what the user reads about
 * it: the path they gave, never zdeploy's own scratch names (issue 14 item 11, issue 15 items 6 and 7).
 */
class OutputDirectoryCommandTest {

    @TempDir
    Path dir;

    @Test
    void anUnwritableLocationIsNamedAsGivenWithoutScratchNames() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");

        Cli.Result result = run("render", "--out", "/proc/zd").assertUserError(2);

        assertEquals("zdeploy: cannot write output directory /proc/zd: cannot create the lock file beside it in /proc"
                + " (no such file)\n", result.err());
        assertFalse(result.err().contains("zdeploy-tmp"), result.err());
        assertFalse(Files.exists(Path.of("/proc/zd")));
    }

    @Test
    void theRootTheHomeAndAMountPointAreNeverOutputDirectories() {
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();

        assertEquals("zdeploy: cannot write output directory /: the root directory is never an output directory\n",
                run("render", "--force", "--out", "/").assertUserError(2).err());
        assertEquals("zdeploy: cannot write output directory " + home + ": it is your home directory; name a directory"
                + " of its own inside it\n", run("render", "--force", "--out", home.toString()).assertUserError(2).err());
        if (Files.isDirectory(Path.of("/proc/self"))) {
            assertEquals("zdeploy: cannot write template directory /proc: it is the root of a file system (a mount"
                    + " point); name a directory inside it\n", run("templates", "export", "/proc").assertUserError(2).err());
        }
    }

    @Test
    void aSymlinkedOutputDirectoryStaysALinkAndItsTargetIsUpdated() throws IOException {
        Path real = dir.resolve("real");
        Path link = Files.createSymbolicLink(dir.resolve("link"), Files.createDirectory(real));

        run("render", "--out", link.toString()).assertOk();
        Cli.Result again = run("render", "--force", "--format", "iebupdte", "--out", link.toString()).assertOk();

        assertTrue(again.out().startsWith(link + ": 1 member written, 0 unchanged, 7 removed"), again.out());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(List.of(".zdeploy/", ".zdeploy/files.json", ".zdeploy/manifest.json", "IZUDLOAD"), Cli.tree(real));
    }

    @Test
    void aLinkToNothingIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("nowhere"));

        assertEquals("zdeploy: cannot write output directory " + link + ": it is a symbolic link to " + dir.resolve("nowhere")
                + ", which is not a directory\n", run("render", "--out", link.toString()).assertUserError(2).err());
        assertFalse(Files.exists(dir.resolve("nowhere")));
    }

    @Test
    void whatAnInterruptedRunLeftIsPutRightAndSaid() throws IOException {
        Path out = dir.resolve("out");
        run("render", "--out", out.toString()).assertOk();
        Path staging = Files.createDirectory(dir.resolve(".out.zdeploy-tmp-1a2b"));
        Files.writeString(staging.resolve("IZUD01RA"), "half written");
        Files.writeString(dir.resolve(".out.zdeploy-journal"), "zdeploy journal 1\nstate stage\nstaging .out.zdeploy-tmp-1a2b\n");

        Cli.Result result = run("render", "--out", out.toString()).assertOk();
        Files.createDirectory(dir.resolve(".out.zdeploy-old-77"));
        Cli.Result quiet = run("render", "--quiet", "--out", out.toString()).assertOkWithWarnings();
        Files.delete(dir.resolve(".out.zdeploy-old-77"));

        assertTrue(result.out().contains("\nFound beside " + out + " from an interrupted run\n"
                + "  an interrupted update was undone\n"), result.out());
        assertEquals("warning: " + out + ": left alone: .out.zdeploy-old-77 beside it, which no zdeploy journal names"
                + " (an older zdeploy's leftover?); delete it if it is not yours\n", quiet.err());
        assertEquals("", quiet.out());
        assertEquals(List.of(".out.zdeploy-lock", "out/", "out/.zdeploy/", "out/.zdeploy/files.json",
                "out/.zdeploy/manifest.json", "out/IZUD01RA", "out/IZUD02PF", "out/IZUD03CP", "out/IZUD04RN",
                "out/IZUD05UC", "out/IZUD06VF", "out/IZUD07DA"), Cli.tree(dir));
    }

    @Test
    void templatesExportSaysWhatItFoundBesideTheDirectory() throws IOException {
        Path site = dir.resolve("site");
        run("templates", "export", site.toString()).assertOk();
        Files.createDirectory(dir.resolve(".site.zdeploy-tmp-9z"));

        Cli.Result result = run("templates", "export", site.toString()).assertOkWithWarnings();

        assertEquals("warning: " + site + ": left alone: .site.zdeploy-tmp-9z beside it, which no zdeploy journal names"
                + " (an older zdeploy's leftover?); delete it if it is not yours\n", result.err());
        assertTrue(Files.isDirectory(dir.resolve(".site.zdeploy-tmp-9z")));
    }

    @Test
    void aNameTooLongForTheFilesBesideItIsRefusedUpFront() {
        Path out = dir.resolve("J".repeat(201));

        assertEquals("zdeploy: cannot write output directory " + out + ": its name is longer than 200 characters\n",
                run("render", "--out", out.toString()).assertUserError(2).err());
        assertEquals(List.of(), Cli.tree(dir));
    }

    @Test
    void templatesExportOverAnEarlierRenderNamesEachMemberItRemoves() throws IOException {
        Path out = dir.resolve("out");
        run("render", "--format", "iebupdte", "--out", out.toString()).assertOk();

        Cli.Result result = run("templates", "export", "--force", out.toString()).assertOkWithWarnings();

        assertEquals("warning: " + out + ": removed .zdeploy/manifest.json, which zdeploy had written there and is not a"
                + " shipped template\nwarning: " + out + ": removed IZUDLOAD, which zdeploy had written there and is not"
                + " a shipped template\n", result.err());
        assertFalse(Files.exists(out.resolve("IZUDLOAD")));
    }
}
