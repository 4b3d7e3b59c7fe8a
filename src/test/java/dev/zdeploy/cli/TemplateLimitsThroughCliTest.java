package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's runaway template is the user's error (exit 2, template and line), nothing written. */
class TemplateLimitsThroughCliTest {

    @TempDir
    Path dir;

    private Cli.Result render(String template, String... limits) throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("DA.ftl"), template);
        String[] args = Cli.args(new String[] {"render", "--templates", site.toString(), "--out",
                dir.resolve("out").toString()}, limits);
        return Cli.run(args);
    }

    @Test
    void recursionIsATemplateErrorWithExitTwo() throws IOException {
        Cli.Result result = render("//IZUD05DA JOB (1),'X'\n<#macro m>\n<@m/>\n</#macro>\n<@m/>\n", "--template-depth", "25")
                .assertUserError(2);

        assertEquals("zdeploy: member IZUD07DA: template error in DA.ftl, line 3, column 1\ntemplates nest deeper than 25"
                + " levels (a macro, function or #include that calls itself without end?) (limit set by the template"
                + " limits: see README, Limits)\n", result.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void recursionWithTheDefaultDepthIsATemplateErrorToo() throws IOException {
        Cli.Result result = render("//IZUD05DA JOB (1),'X'\n<#include \"DA.ftl\">\n").assertUserError(2);

        assertEquals(true, result.err().startsWith("zdeploy: member IZUD07DA: template error in DA.ftl, line 2,"
                + " column 1\ntemplates nest deeper than 200 levels"), result.err());
    }

    @Test
    void aTemplateWritingTooMuchIsATemplateError() throws IOException {
        Cli.Result result = render("//IZUD05DA JOB (1),'X'\n<#list 1.. as i>\n//* ${i}\n</#list>\n",
                "--template-output", "5000").assertUserError(2);

        assertEquals(true, result.err().contains("the template wrote more than 5000 characters for one member"),
                result.err());
    }

    @Test
    void aTemplateLimitThatIsNotPositiveIsAUsageError() throws IOException {
        Cli.Result result = render("//IZUD05DA JOB (1),'X'\n", "--template-time", "0").assertUserError(2);

        assertEquals(true, result.err().startsWith("zdeploy: --template-time is a positive number (got 0)"), result.err());
    }

    @Test
    void aLinkOutOfTheTemplateDirectoryIsRefusedWithExitTwo() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Path outside = Files.writeString(dir.resolve("outside.ftl"), "//X JOB\n");
        Files.createSymbolicLink(site.resolve("DA.ftl"), outside);

        Cli.Result result = Cli.run("render", "--templates", site.toString(), "--out", dir.resolve("out").toString())
                .assertUserError(2);

        assertEquals("zdeploy: template directory " + site.toAbsolutePath() + ": " + site.toAbsolutePath().resolve("DA.ftl")
                + " is a symbolic link to " + outside.toRealPath() + ", outside the template directory; templates are"
                + " read only from inside it\n", result.err());
    }
}
