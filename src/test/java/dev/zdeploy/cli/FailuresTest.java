package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.ZDeploy;
import dev.zdeploy.ZDeployOptions;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import dev.zdeploy.render.LintGateException;
import dev.zdeploy.render.TemplateRenderException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user reads for each kind of failure, and the exit status. */
class FailuresTest {

    private static final String REPORT = "; please report it with the command line, the input files and \""
            + new VersionProvider().getVersion()[0] + "\"\n";

    @TempDir
    Path site;

    private record Printed(int status, String text) {}

    private static Printed report(Exception e, boolean ownTemplates) {
        StringWriter text = new StringWriter();
        int status = Failures.report(e, new PrintWriter(text, true), ownTemplates);
        assertFalse(text.toString().contains("\tat "), text.toString());
        return new Printed(status, text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void anUnexpectedExceptionIsAnInternalErrorInOneLineWithWhatToReport() {
        Printed printed = report(new IllegalStateException("the plan has no jobs"), false);

        assertEquals(3, printed.status());
        assertEquals("zdeploy: internal error: the plan has no jobs" + REPORT, printed.text());
    }

    @Test
    void itsInnermostCauseIsNamed() {
        Printed printed = report(new IllegalStateException("cannot lay out member IZUD02CP",
                new RuntimeException("wrapped", new ArithmeticException("/ by zero"))), false);

        assertEquals(3, printed.status());
        assertEquals("zdeploy: internal error: cannot lay out member IZUD02CP; caused by ArithmeticException: / by zero"
                + REPORT, printed.text());
    }

    @Test
    void anExceptionWithoutAMessageIsNamedByItsClass() {
        Printed printed = report(new NullPointerException(), false);

        assertEquals(3, printed.status());
        assertEquals("zdeploy: internal error: java.lang.NullPointerException" + REPORT, printed.text());
    }

    @Test
    void aMessageOfSeveralLinesIsPrintedAsOne() {
        Printed printed = report(new IllegalStateException("first line\n  second line\nthird"), false);

        assertEquals("zdeploy: internal error: first line / second line / third" + REPORT, printed.text());
    }

    @Test
    void aTemplateFailureIsTheUsersWhenTheTemplatesAreTheirsAndABugOtherwise() throws IOException {
        Files.writeString(site.resolve("RA.ftl"), "//IZUD01RA JOB\n${plan.noSuchThing}\n");
        TemplateRenderException e = assertThrows(TemplateRenderException.class, this::renderWithSiteTemplates);

        Printed theirs = report(e, true);
        Printed ours = report(e, false);

        assertEquals(2, theirs.status());
        assertEquals("zdeploy: " + e.getMessage() + "\n", theirs.text());
        assertTrue(theirs.text().lines().count() > 1, "FreeMarker's explanation is kept as it is written");
        assertEquals(3, ours.status());
        assertEquals(1, ours.text().lines().count(), ours.text());
        assertTrue(ours.text().startsWith("zdeploy: internal error in a shipped template: member IZUD01RA: template"
                + " error in RA.ftl, line 2, column 3 / "), ours.text());
        assertTrue(ours.text().endsWith(REPORT), ours.text());
    }

    @Test
    void whatAStatementWriterRefusedIsShownThoughFreemarkerOnlyPointsToTheStackTrace() throws IOException {
        Files.writeString(site.resolve("RA.ftl"), "//IZUD01RA JOB\n${jcl.xml(\"ARCHDEF\", \"newname\", \"/\" + \"x\"?left_pad(70, \"x\"))}\n");
        TemplateRenderException e = assertThrows(TemplateRenderException.class, this::renderWithSiteTemplates);

        Printed theirs = report(e, true);
        Printed ours = report(e, false);

        assertEquals(2, theirs.status());
        assertTrue(theirs.text().contains("\nCause: GIMUNZIP: the newname value of <ARCHDEF> is 71 characters; "),
                theirs.text());
        assertTrue(theirs.text().endsWith("(got \"/" + "x".repeat(70) + "\")\n"), theirs.text());
        assertEquals(3, ours.status());
        assertTrue(ours.text().contains(" / Cause: GIMUNZIP: the newname value"), ours.text());
    }

    @Test
    void aMemberBreakingThePolicyIsTheUsersWhenTheTemplatesAreTheirsAndABugOtherwise() throws IOException {
        Files.writeString(site.resolve("DA.ftl"), "//IZUD05DA JOB (ACCOUNT),'NAME'\n//STEP1    EXEC PGM=IEFBR14\n//*"
                + "x".repeat(70) + "\n");
        LintGateException e = assertThrows(LintGateException.class, this::renderWithSiteTemplates);

        Printed theirs = report(e, true);
        Printed ours = report(e, false);

        assertEquals(2, theirs.status());
        assertEquals("zdeploy: " + e.getMessage() + "\n", theirs.text());
        assertEquals(3, ours.status());
        assertEquals(1, ours.text().lines().count(), ours.text());
        assertTrue(ours.text().startsWith("zdeploy: internal error in a shipped template: generated JCL breaks the"
                + " output policy"), ours.text());
        assertTrue(ours.text().contains(" / IZUD07DA:3:"), ours.text());
    }

    private void renderWithSiteTemplates() {
        ZDeploy zdeploy = ZDeploy.create(ZDeployOptions.defaults().withTemplateDirectory(site));
        zdeploy.generate(zdeploy.builtInExample());
    }

    @Test
    void badInputIsEveryProblemOnItsOwnLine() {
        Printed printed = report(new InvalidInputException(List.of(
                Problem.error("request.json", "/targetvolumes/0/volume", "a volume serial is 1-6 characters", "TM2R001"),
                Problem.warning("request.json", "/jcldsn", "unknown field, ignored", null))), false);

        assertEquals(2, printed.status());
        assertEquals("request.json /targetvolumes/0/volume: a volume serial is 1-6 characters (got \"TM2R001\")\n"
                + "warning: request.json /jcldsn: unknown field, ignored\n", printed.text());
    }

    @Test
    void fileSystemFailuresSayWhatHappenedToWhichFile() {
        assertEquals(new Printed(2, "zdeploy: site/RA.ftl: does not exist\n"),
                report(new NoSuchFileException("site/RA.ftl"), false));
        assertEquals(new Printed(2, "zdeploy: site: permission denied\n"), report(new AccessDeniedException("site"), false));
        assertEquals(new Printed(2, "zdeploy: site: Read-only file system\n"),
                report(new FileSystemException("site", null, "Read-only file system"), false));
        assertEquals(new Printed(2, "zdeploy: cannot write output directory out: disk full\n"),
                report(new IOException("cannot write output directory out: disk full"), false));
    }

    @Test
    void uncheckedFileFailuresKeepTheirContext() {
        assertEquals(new Printed(2, "zdeploy: cannot read template directory site: site: permission denied\n"),
                report(new UncheckedIOException("cannot read template directory site", new AccessDeniedException("site")),
                        false));
        assertEquals(new Printed(2, "zdeploy: site/RA.ftl: does not exist\n"),
                report(new UncheckedIOException(new NoSuchFileException("site/RA.ftl")), false));
    }
}
