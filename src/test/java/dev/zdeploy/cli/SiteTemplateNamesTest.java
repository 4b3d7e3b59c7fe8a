package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site template that shadows nothing would be silently ignored: it is refused, naming what exists. */
class SiteTemplateNamesTest {

    @TempDir
    Path dir;

    @Test
    void aTemplateNamedLikeNoShippedOneIsRefusedWithTheNamesThereAre() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("ra.ftl"), "//IZUD01RA JOB (1),'X'\n");

        Cli.Result result = Cli.run("render", "--templates", site.toString(), "--out", dir.resolve("out").toString())
                .assertUserError(2);

        assertTrue(result.err().startsWith("zdeploy: template directory " + site.toAbsolutePath()
                + ": ra.ftl (did you mean RA.ftl?) shadows no shipped template"), result.err());
        assertTrue(result.err().contains("the shipped templates are RA.ftl, "), result.err());
        assertTrue(result.err().contains(", lib/jcl.ftl\n"), result.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void aHelperThatASiteTemplateIncludesIsTheSitesOwn() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.write(site.resolve("DA.ftl"), Files.readAllBytes(Cli.PROJECT.resolve("templates/DA.ftl")));
        Files.writeString(site.resolve("DA.ftl"), "<#include \"site-banner.ftl\">\n"
                + Files.readString(site.resolve("DA.ftl")));
        Files.writeString(site.resolve("site-banner.ftl"), "");

        Cli.Result result = Cli.run("render", "--templates", site.toString(), "--out", dir.resolve("out").toString(),
                "--quiet");

        assertEquals(0, result.status(), result.toString());
    }

    @Test
    void aLintFailureInASiteTemplateNamesTheTemplateAndItsLine() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        String shipped = Files.readString(Cli.PROJECT.resolve("templates/DA.ftl")).stripTrailing();
        Files.writeString(site.resolve("DA.ftl"), shipped + "\n//* SITE NOTE\n//* SECOND LINE \n");
        long badLine = Files.readAllLines(site.resolve("DA.ftl")).size();

        Cli.Result result = Cli.run("render", "--templates", site.toString(), "--out", dir.resolve("out").toString())
                .assertUserError(2);

        assertTrue(result.err().matches("(?s).*\nIZUD\\d\\dDA:\\d+:16: trailing-blank: trailing blanks \\(written by site"
                + " template DA.ftl:" + badLine + "\\)\n"), result.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }
}
