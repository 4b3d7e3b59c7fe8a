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
    void exportKeepsTemplatesAlreadyThereUnlessForced() throws IOException {
        Path site = dir.resolve("site");
        run("templates", "export", site.toString()).assertOk();
        Path ra = site.resolve("RA.ftl");
        Files.writeString(ra, "<#-- mine -->\n");

        Cli.Result kept = run("templates", "export", site.toString()).assertUserError(2);

        assertEquals("zdeploy: " + ra + " exists; use --force to overwrite it\n", kept.err());
        assertEquals("<#-- mine -->\n", Files.readString(ra));
        run("templates", "export", "--force", site.toString()).assertOk();
        assertTrue(Files.readString(ra).startsWith("<#import \"lib/jcl.ftl\" as lib>"));
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
    void anExportThatCannotBeCompletedWritesNothing() throws IOException {
        // lib/jcl.ftl cannot go where lib is a file: found before the job templates are written.
        Path site = Files.createDirectory(dir.resolve("site"));
        Files.writeString(site.resolve("lib"), "a file\n");
        Files.writeString(site.resolve("RA.ftl"), "<#-- mine -->\n");

        Cli.Result result = run("templates", "export", "--force", site.toString()).assertUserError(2);

        assertEquals("zdeploy: " + site.resolve("lib") + ": it is not a directory, and lib/jcl.ftl goes in it\n",
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

        assertTrue(result.err().startsWith("Usage: zdeploy templates [-hV] [COMMAND]\n"), result.err());
        assertTrue(result.err().contains("\n  export "), result.err());
    }

    @Test
    void exportNeedsADirectory() {
        assertTrue(run("templates", "export").assertUserError(2).err()
                .startsWith("zdeploy: Missing required parameter: 'DIR'\n"));
    }
}
