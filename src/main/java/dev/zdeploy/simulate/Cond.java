package dev.zdeploy.simulate;

import dev.zdeploy.jcl.JclSyntaxException;
import dev.zdeploy.jcl.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The COND parameter of EXEC (MVS JCL Reference, "COND parameter"; docs/manual-syntax.md 7.1):
 * each test {@code (code,operator[,stepname])} is true when {@code code operator RC}; a true test
 * bypasses the step. Without a step name the test is made against every step that ran before.
 * "If a test returns a previously bypassed step, the system evaluates the test as false." EVEN runs
 * the step after an abend too, ONLY only then; the simulator models no abends, so a step with ONLY
 * is bypassed. After RESTART=, tests naming steps before the restart step are ignored.
 */
final class Cond {

    private Cond() {}

    static boolean bypass(String cond, List<StepResult> before, Map<String, StepResult> byName,
                          Set<String> beforeRestart, Run run, String member, int line) {
        if (cond == null) {
            return false;
        }
        List<Parameter> params;
        try {
            params = Parameter.parse(cond);
        } catch (JclSyntaxException e) {
            run.notModelled(member, line, "COND=" + cond + ": " + e.getMessage());
            return true;
        }
        List<Parameter> items = params.size() == 1 && params.get(0).word() == null ? params.get(0).list() : params;
        List<List<String>> tests = new ArrayList<>();
        boolean only = false;
        if (!items.isEmpty() && items.get(0).word() != null && items.size() <= 3
                && items.get(0).word().matches("\\d+")) {
            tests.add(words(items));
        } else {
            for (Parameter item : items) {
                if (item.word() != null) {
                    String w = item.upper();
                    if (w.equals("ONLY")) {
                        only = true;
                    } else if (!w.equals("EVEN")) {
                        run.notModelled(member, line, "COND subparameter " + item.word());
                        return true;
                    }
                } else {
                    tests.add(words(item.list()));
                }
            }
        }
        if (only) {
            return true;
        }
        for (List<String> test : tests) {
            if (test.size() < 2 || !test.get(0).matches("\\d{1,4}")) {
                run.notModelled(member, line, "COND test " + test);
                return true;
            }
            int code = Integer.parseInt(test.get(0));
            String op = test.get(1).toUpperCase(Locale.ROOT);
            if (!Set.of("GT", "GE", "EQ", "LT", "LE", "NE").contains(op)) {
                run.notModelled(member, line, "COND operator " + test.get(1));
                return true;
            }
            if (test.size() >= 3) {
                String name = test.get(2).toUpperCase(Locale.ROOT);
                if (beforeRestart.contains(name)) {
                    continue;
                }
                StepResult step = byName.get(name);
                if (step == null) {
                    run.notModelled(member, line, "COND names step " + name + ", which is not before this step");
                    return true;
                }
                if (step.rc() != null && compare(code, op, step.rc())) {
                    return true;
                }
            } else {
                for (StepResult step : before) {
                    if (step.rc() != null && compare(code, op, step.rc())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> words(List<Parameter> items) {
        List<String> out = new ArrayList<>();
        for (Parameter p : items) {
            out.add(p.word() == null ? "" : p.word());
        }
        return out;
    }

    static boolean compare(int left, String op, int right) {
        return switch (op) {
            case "GT", ">" -> left > right;
            case "GE", ">=" -> left >= right;
            case "EQ", "=" -> left == right;
            case "LT", "<" -> left < right;
            case "LE", "<=" -> left <= right;
            case "NE", "¬=" -> left != right;
            default -> throw new IllegalArgumentException(op);
        };
    }
}
