package dev.zdeploy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.zdeploy.jcl.LintFinding;
import dev.zdeploy.problem.Problem;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The --json output of {@code validate} and {@code lint}: objects with fields in a fixed order, LF ends. */
final class JsonOutput {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {}

    /** A problem as the plan JSON's warnings show one, with its severity. */
    static Map<String, Object> problem(Problem problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("severity", problem.severity().name().toLowerCase(Locale.ROOT));
        json.put("source", problem.source());
        json.put("pointer", problem.pointer());
        json.put("rule", problem.rule());
        json.put("value", problem.value());
        return json;
    }

    /** A lint finding of the member file {@code file}. */
    static Map<String, Object> finding(Path file, LintFinding finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("member", finding.member());
        json.put("line", finding.line());
        json.put("column", finding.column());
        json.put("rule", finding.rule());
        json.put("message", finding.message());
        return json;
    }

    static void print(Object value, PrintWriter out) {
        try {
            out.print(MAPPER.writeValueAsString(value).replace("\r\n", "\n"));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }
}
