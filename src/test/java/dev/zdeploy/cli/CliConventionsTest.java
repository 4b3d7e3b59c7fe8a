package dev.zdeploy.cli;

import static dev.zdeploy.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What users of other command-line tools expect: suggestions, help, completion, JSON, --debug, -V. */
class CliConventionsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aMistypedCommandOrOptionGetsASuggestion() {
        Cli.Result command = run("rendr").assertUserError(2);
        assertTrue(command.err().contains("Did you mean: zdeploy render?"), command.err());

        Cli.Result option = run("render", "--quite").assertUserError(2);
        assertTrue(option.err().contains("Possible solutions: --quiet"), option.err());
    }

    @Test
    void helpIsACommandToo() {
        Cli.Result help = run("help", "lint");

        assertEquals(0, help.status());
        assertTrue(help.out().startsWith("Usage: zdeploy lint "), help.out());
        assertTrue(run("help").out().contains("completion"), "the command list names completion");
    }

    @Test
    void completionPrintsABashScriptForEveryCommand() {
        Cli.Result completion = run("completion").assertOk();

        assertTrue(completion.out().startsWith("#!/usr/bin/env bash"), completion.out());
        for (String word : new String[] {"render", "plan", "validate", "lint", "--templates", "--inventory", "--json"}) {
            assertTrue(completion.out().contains(word), word);
        }
    }

    @Test
    void theVersionOptionBelongsToTheTopLevelOnly() {
        assertTrue(run("-V").out().startsWith("zdeploy "));
        Cli.Result sub = run("render", "-V").assertUserError(2);
        assertTrue(sub.err().startsWith("zdeploy: Unknown option: '-V'"), sub.err());
        assertFalse(run("render", "--help").out().contains("--version"));
    }

    @Test
    void debugAddsTheStackTraceOfAnInternalErrorOnly() {
        CommandLine commandLine = new CommandLine(new Main());
        StringWriter text = new StringWriter();
        commandLine.setErr(new PrintWriter(text));
        CommandLine.ParseResult parsed = commandLine.parseArgs("render", "--debug");

        int status = new Failures().handleExecutionException(new IllegalStateException("boom"), commandLine, parsed);

        assertEquals(ExitStatus.INTERNAL_ERROR, status);
        assertTrue(text.toString().startsWith("zdeploy: internal error: boom; please report it"), text.toString());
        assertTrue(text.toString().contains("java.lang.IllegalStateException: boom\n\tat "), text.toString());

        StringWriter quiet = new StringWriter();
        commandLine.setErr(new PrintWriter(quiet));
        new Failures().handleExecutionException(new IllegalStateException("boom"), commandLine,
                commandLine.parseArgs("render"));
        assertFalse(quiet.toString().contains("\tat "), quiet.toString());
    }

    @Test
    void validateJsonListsEveryProblemWithItsPointer() throws IOException {
        JsonNode valid = MAPPER.readTree(run("validate", "--json").assertOk().out());
        assertTrue(valid.get("valid").booleanValue());
        assertEquals(22, valid.get("datasets").intValue());

        Cli.Result invalid = Cli.runWithInput("{\"name\": 1}".getBytes(StandardCharsets.UTF_8), "validate", "--json",
                "--descriptor", "-", "--request", "-".replace("-", dir.resolve("none.json").toString()));
        assertEquals(2, invalid.status());
        JsonNode result = MAPPER.readTree(invalid.out());
        assertFalse(result.get("valid").booleanValue());
        assertEquals("error", result.get("problems").get(0).get("severity").textValue());
        assertEquals("(standard input)", result.get("problems").get(0).get("source").textValue());
        assertEquals(dir.resolve("none.json").toString(), result.get("problems").get(1).get("source").textValue());
        assertEquals("the file does not exist", result.get("problems").get(1).get("rule").textValue());
    }

    @Test
    void lintJsonGivesFileLineColumnAndRule() throws IOException {
        Files.writeString(dir.resolve("MYJOB"), "//MYJOB JOB \n");

        Cli.Result result = run("lint", "--json", dir.toString());

        assertEquals(1, result.status());
        JsonNode finding = MAPPER.readTree(result.out()).get("findings").get(0);
        assertEquals(dir.resolve("MYJOB").toString(), finding.get("file").textValue());
        assertEquals(1, finding.get("line").intValue());
        assertEquals(12, finding.get("column").intValue());
        assertEquals("trailing-blank", finding.get("rule").textValue());
    }

    @Test
    void aDirectoryIsLintedForItsMemberNamedFilesOnlyButANamedFileAlways() throws IOException {
        Files.writeString(dir.resolve("MYJOB"), "//MYJOB JOB\n//STEP1 EXEC PGM=IEFBR14\n");
        Files.writeString(dir.resolve("check.py"), "print('not JCL')\n");
        Files.writeString(dir.resolve("README.md"), "# not a member\n");
        Files.writeString(dir.resolve("notes"), "a member name in lower case, as zowe downloads members\n");

        Cli.Result directory = run("lint", dir.toString());
        assertTrue(directory.out().lines().allMatch(line -> line.startsWith("notes:")), directory.out());
        assertFalse(directory.out().isEmpty(), "notes is a member name, so it is linted");

        Cli.Result named = run("lint", dir.resolve("check.py").toString());
        assertEquals(1, named.status());
        assertTrue(named.out().startsWith("check.py:1:1: "), named.out());
    }
}
