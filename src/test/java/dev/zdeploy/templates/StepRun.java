package dev.zdeploy.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which steps of a member the system runs when one step ends with a given return code, by the rules of
 * the EXEC statement's COND parameter (MVS JCL Reference, "COND parameter", "Summary of COND
 * parameters"): a step is bypassed when any of its tests is true; a test {@code (code,op,step)} compares
 * {@code code op RC-of-step}; a test without a step name is made against every step that ran before; a
 * test naming a step that was bypassed is false. Abends are not simulated (EVEN only matters for them).
 */
final class StepRun {

    private static final Pattern TEST = Pattern.compile("\\((\\d+),(GT|GE|EQ|LT|LE|NE)(?:,([A-Z@#$][A-Z0-9@#$]*))?\\)");

    private StepRun() {}

    /**
     * The steps of {@code text} that run, in order, when step {@code failing} ends with {@code rc} and
     * every other step that runs ends with 0.
     */
    static List<String> run(String text, String failing, int rc) {
        Map<String, Integer> codes = new LinkedHashMap<>();
        List<String> ran = new ArrayList<>();
        for (String step : Rendering.steps(text)) {
            String exec = Rendering.statement(text, "//" + String.format("%-8s", step) + " EXEC");
            if (!bypassed(exec, codes)) {
                int code = step.equals(failing) ? rc : 0;
                codes.put(step, code);
                ran.add(step);
            }
        }
        return ran;
    }

    private static boolean bypassed(String exec, Map<String, Integer> codes) {
        int at = exec.indexOf("COND=");
        if (at < 0) {
            return false;
        }
        Matcher test = TEST.matcher(exec.substring(at));
        while (test.find()) {
            int code = Integer.parseInt(test.group(1));
            String operator = test.group(2);
            String step = test.group(3);
            if (step == null) {
                if (codes.values().stream().anyMatch(rc -> holds(code, operator, rc))) {
                    return true;
                }
            } else if (codes.containsKey(step) && holds(code, operator, codes.get(step))) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(int code, String operator, int rc) {
        return switch (operator) {
            case "GT" -> code > rc;
            case "GE" -> code >= rc;
            case "EQ" -> code == rc;
            case "LT" -> code < rc;
            case "LE" -> code <= rc;
            default -> code != rc;
        };
    }
}
