package dev.zdeploy.cli;

import static dev.zdeploy.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.render.ShippedTemplates;
import dev.zdeploy.render.TemplateSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zdeploy templates export}. */
class TemplatesCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportWritesEveryShippedTemplateAndListsIt() throws IOException {
        Path site = dir.resolve("site");

        Cli.Result result = run("templates", "export", site.toString()).assertOk();

        List<String> names = ShippedTemplates.names();
        assertEquals(names.stream().map(name -> site.resolve(name) + "\n").reduce("", String::concat), result.out());
        for (String name : names) {
            try (InputStream shipped = TemplateSource.class.getResourceAsStream(TemplateSource.SHIPPED_PATH + "/" + name)) {
                assertArrayEquals(shipped.readAllBytes(), Files.readAllBytes(site.resolve(name)), name);
            }
        }
    }

    @Test
    void exportNeverOverwritesATemplateTheSiteEdited() throws IOException {
        Path site = dir.resolve("site");
        run("templates", "export", site.toString()).assertOk();
        Path ra = site.resolve("RA.ftl");
        Files.writeString(ra, "<#-- mine -->\n");

        Cli.Result kept = run("templates", "export", site.toString()).assertUserError(2);
        Cli.Result forced = run("templates", "export", "--force", site.toString()).assertUserError(2);

        assertEquals(kept.err(), forced.err());
        assertEquals("zdeploy: template directory " + site + " holds files zdeploy did not write, so it is left alone"
                + " (even with --force, zdeploy rewrites or removes only files its record .zdeploy/files.json lists,"
                + " unchanged): RA.ftl (changed since zdeploy wrote it); move them away or choose another directory\n",
                kept.err());
        assertEquals("<#-- mine -->\n", Files.readString(ra));
    }

    @Test
    void exportUpdatesAnEarlierExportOnlyWithForce() throws IOException {
        Path site = dir.resolve("site");
        run("templates", "export", site.toString()).assertOk();
        Files.delete(site.resolve("RA.ftl"));

        Cli.Result refused = run("templates", "export", site.toString()).assertUserError(2);
        run("templates", "export", "--force", site.toString()).assertOk();

        assertEquals("zdeploy: template directory " + site + " is not empty; use --force to update the templates in it"
                + " (changed templates are rewritten, templates that no longer belong are removed)\n", refused.err());
        assertTrue(Files.readString(site.resolve("RA.ftl")).startsWith("<#import \"lib/jcl.ftl\" as lib>"));
    }

    @Test
    void exportRefusesTheRootAndTheHomeDirectory() {
        Cli.Result root = run("templates", "export", "--force", "/").assertUserError(2);
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        Cli.Result homeResult = run("templates", "export", "--force", home.toString()).assertUserError(2);

        assertEquals("zdeploy: cannot write template directory /: the root directory is never an output directory\n",
                root.err());
        assertEquals("zdeploy: cannot write template directory " + home + ": it is your home directory; name a"
                + " directory of its own inside it\n", homeResult.err());
    }

    @Test
    void exportIntoAFileIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x\n");

        Cli.Result result = run("templates", "export", file.toString()).assertUserError(2);

        assertEquals("zdeploy: " + file + " is not a directory\nTry 'zdeploy templates export --help' for more information.\n",
                result.err());
    }

    @Test
    void exportBelowAFileSaysWhy() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x\n");

        Cli.Result result = run("templates", "export", file.resolve("site").toString()).assertUserError(2);

        assertEquals("zdeploy: cannot write template directory " + file.resolve("site") + ": " + file
                + " is not a directory\n", result.err());
        assertEquals(List.of("file"), Cli.tree(dir));
    }

    @Test
    void anExportIntoADirectoryOfTheSitesWritesNothing() throws IOException {
        Path site = Files.createDirectory(dir.resolve("site"));
        Files.writeString(site.resolve("lib"), "a file\n");
        Files.writeString(site.resolve("RA.ftl"), "<#-- mine -->\n");

        Cli.Result result = run("templates", "export", "--force", site.toString()).assertUserError(2);

        assertEquals("zdeploy: template directory " + site + " holds files zdeploy did not write, so it is left alone"
                + " (even with --force, zdeploy rewrites or removes only files its record .zdeploy/files.json lists,"
                + " unchanged): RA.ftl (not written by zdeploy: there is no .zdeploy/files.json), lib (not written by"
                + " zdeploy: there is no .zdeploy/files.json); move them away or choose another directory\n",
                result.err());
        assertEquals("", result.out());
        assertEquals(List.of("site/", "site/RA.ftl", "site/lib"), Cli.tree(dir));
        assertEquals("<#-- mine -->\n", Files.readString(site.resolve("RA.ftl")));
    }

    @Test
    void anExportNeedingForceWritesNothing() throws IOException {
        Path site = Files.createDirectory(dir.resolve("site"));
        Files.writeString(site.resolve("UC.ftl"), "<#-- mine -->\n");

        run("templates", "export", site.toString()).assertUserError(2);

        assertEquals(List.of("site/", "site/UC.ftl"), Cli.tree(dir));
    }

    @Test
    void templatesAloneShowsItsUsage() {
        Cli.Result result = run("templates").assertUserError(2);

        assertTrue(result.err().startsWith("Usage: zdeploy templates [-h] [--debug] [COMMAND]\n"), result.err());
        assertTrue(result.err().contains("\n  export "), result.err());
    }

    @Test
    void exportNeedsADirectory() {
        assertTrue(run("templates", "export").assertUserError(2).err()
                .startsWith("zdeploy: Missing required parameter: 'DIR'\n"));
    }
}
