package dev.zdeploy.cli;

import dev.zdeploy.testing.ExampleFiles;
import static dev.zdeploy.cli.Cli.run;
import static dev.zdeploy.cli.Cli.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A render that fails prints why, exits 2 and leaves no directory and no file behind. */
class RenderFailuresTest {

    @TempDir
    Path dir;

    private ExampleFiles example;
    private Path site;
    private Path out;
    private List<String> before;

    @BeforeEach
    void inputsAndSiteTemplates() throws IOException {
        example = ExampleFiles.write(dir);
        site = Files.createDirectory(dir.resolve("site"));
        out = dir.resolve("out");
    }

    private Cli.Result render(String... more) {
        before = tree(dir);
        String[] args = Cli.args(Cli.args("render", example.args(), "--out", out.toString()), more);
        Cli.Result result = run(args).assertUserError(2);
        assertEquals("", result.out());
        // Members are written into a staging directory as they are rendered, under the output's lock,
        // so a template failing midway leaves the lock file, which every run leaves (DirectoryLock).
        assertEquals(before, tree(dir).stream().filter(path -> !path.equals(".out.zdeploy-lock")).toList(),
                "nothing is left behind but the lock file");
        return result;
    }

    @Test
    void badInput() throws IOException {
        example.editRequest(text -> text.replace("\"TM2R02\"", "\"TM2R002\""));

        Cli.Result result = render();

        assertEquals(example.request() + " /targetvolumes/1/volume: a volume serial is 1-6 characters (got \"TM2R002\")\n",
                result.err());
    }

    @Test
    void aTemplateThatFails() throws IOException {
        Files.writeString(site.resolve("RA.ftl"), "//IZUD01RA JOB\n${plan.noSuchThing}\n");

        Cli.Result result = render("--templates", site.toString());

        assertTrue(result.err().startsWith("zdeploy: member IZUD01RA: template error in RA.ftl, line 2, column 3\n"),
                result.err());
        assertTrue(result.err().contains("noSuchThing"), result.err());
    }

    @Test
    void aTemplateWhoseStatementAStatementWriterRefuses() throws IOException {
        Files.writeString(site.resolve("RA.ftl"), "//IZUD01RA JOB\n${jcl.xml(\"ARCHDEF\", \"newname\", \"/\" + \"x\"?left_pad(70, \"x\"))}\n");

        Cli.Result result = render("--templates", site.toString());

        assertTrue(result.err().startsWith("zdeploy: member IZUD01RA: template error in RA.ftl, line 2, column 1\n"),
                result.err());
        assertTrue(result.err().contains("\nCause: GIMUNZIP: the newname value of <ARCHDEF> is 71 characters; "),
                result.err());
    }

    @Test
    void aTemplateWithASyntaxError() throws IOException {
        Files.writeString(site.resolve("CP.ftl"), "//IZUD02CP JOB\n<#if plan.hasSmpe()>\n");

        Cli.Result result = render("--templates", site.toString());

        assertTrue(result.err().startsWith("zdeploy: member IZUD03CP: template syntax error in CP.ftl, line "),
                result.err());
    }

    @Test
    void aTemplateWhoseOutputBreaksThePolicy() throws IOException {
        Files.writeString(site.resolve("DA.ftl"), "//IZUD05DA JOB (ACCOUNT),'NAME'\n//STEP1    EXEC PGM=IEFBR14\n//*"
                + "x".repeat(70) + "\n");

        Cli.Result result = render("--templates", site.toString());

        assertTrue(result.err().startsWith("zdeploy: generated JCL breaks the output policy"), result.err());
        assertTrue(result.err().contains("\nIZUD07DA:3:"), result.err());
    }

    @Test
    void aTemplateWritingWhatAnIebupdteDeckCannotCarry() throws IOException {
        // In-stream data may hold "./ ..." (the lint gate lets it pass); the deck would read it as its own
        // control statement. That is the site template's doing: exit 2, not an internal error.
        Files.writeString(site.resolve("RA.ftl"), "//IZUD01RA JOB (ACCOUNT),'NAME'\n//STEP1    EXEC PGM=IEBGENER\n"
                + "//SYSPRINT DD SYSOUT=*\n//SYSUT2   DD SYSOUT=*\n//SYSIN    DD DUMMY\n//SYSUT1   DD *\n./ ADD NAME=X\n/*\n");

        Cli.Result result = render("--templates", site.toString(), "--format", "iebupdte");

        assertEquals("zdeploy: generated JCL breaks the output policy (a bug in a template or statement writer; nothing"
                + " was written):\nmember IZUD01RA line 7 starts with ./, which IEBUPDTE reads as a control statement;"
                + " such a member cannot be carried in an IEBUPDTE deck (got \"./ ADD NAME=X\")\n", result.err());
        assertFalse(Files.exists(out), "the deck being staged is not published");
    }

    @Test
    void aParentThatIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "not a directory\n");
        out = file.resolve("out");

        Cli.Result result = render();

        assertEquals("zdeploy: cannot write output directory " + out + ": " + file + " is not a directory\n",
                result.err());
    }

    @Test
    void anOutputPathThatIsAFile() throws IOException {
        out = Files.writeString(dir.resolve("out"), "a file\n");

        Cli.Result result = render();

        assertEquals("zdeploy: cannot write output directory " + out + ": it exists and is not a directory\n",
                result.err());
        assertEquals("a file\n", Cli.read(out));
    }

    @Test
    void aTemplateThatStops() throws IOException {
        Files.writeString(site.resolve("UC.ftl"), "<#stop \"site rule: no UCLIN here\">\n");

        Cli.Result result = render("--templates", site.toString());

        assertTrue(result.err().contains("site rule: no UCLIN here"), result.err());
    }

    @Test
    void anOutputNameTooLongForTheFilesBesideItIsRefusedBeforeAnyParentIsCreated() {
        // Beside the target go ".<name>.zdeploy-tmp-<random>" and the like, which would be too long a
        // file name: refused up front, so the missing parents a/b are never created.
        out = dir.resolve("a/b").resolve("o".repeat(240));

        Cli.Result result = render();

        assertEquals("zdeploy: cannot write output directory " + out + ": its name is longer than 200 characters\n",
                result.err());
        assertFalse(Files.exists(dir.resolve("a")));
    }
}
