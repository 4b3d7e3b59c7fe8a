package dev.zdeploy.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The relational expression of a JCL IF statement (MVS JCL Reference, "IF/THEN/ELSE/ENDIF statement
 * construct"): {@code RC}, {@code stepname.RC}, {@code stepname.RUN}, {@code ABEND},
 * {@code stepname.ABEND}, comparison operators (GT GE EQ NE LT LE and their symbols), NOT, AND
 * ({@code &}) and OR ({@code |}), parentheses. {@code RC} alone is the highest return code of the
 * steps that ran. The simulator models no abends (ABEND is false, ¬ABEND true). A test of
 * {@code stepname.RC} for a step that did not run is false ("If the step did not execute, the
 * evaluation of the relational-expression is false", and Example 7: "STEP1.RC=0 tests false because
 * STEP1 did not execute" while "¬STEP1.RUN tests true"; manual-syntax 7.8). The expression may go on
 * over continuation records (the parser joins them). What the manual pages we read do not settle is
 * reported as not modelled instead of guessed: NOT over such a test (whether the NOT or the "false"
 * wins), ABENDCC, and steps before a RESTART.
 */
final class IfCondition {

    private final List<String> tokens;
    private int at;
    private final Map<String, StepResult> byName;
    private final Set<String> beforeRestart;
    private String problem;
    /** The steps, not run, whose RC a test read (false by the rule above). */
    private final List<String> notRun = new ArrayList<>();

    private IfCondition(List<String> tokens, Map<String, StepResult> byName, Set<String> beforeRestart) {
        this.tokens = tokens;
        this.byName = byName;
        this.beforeRestart = beforeRestart;
    }

    /** The value of the condition, or null (reported) when it cannot be evaluated. */
    static Boolean evaluate(String text, Map<String, StepResult> byName, Set<String> beforeRestart, Run run,
                            String member, int line) {
        String upper = text.toUpperCase(Locale.ROOT).strip();
        if (!upper.endsWith("THEN")) {
            run.notModelled(member, line, "an IF statement without THEN");
            return null;
        }
        List<String> tokens = tokenize(upper.substring(0, upper.length() - 4));
        IfCondition c = new IfCondition(tokens, byName, beforeRestart);
        Boolean value;
        try {
            value = c.expression();
            if (c.at != tokens.size()) {
                c.problem = "unexpected " + tokens.get(c.at);
            }
        } catch (IndexOutOfBoundsException e) {
            c.problem = "the expression ends too early";
            value = null;
        }
        if (c.problem != null || value == null) {
            run.notModelled(member, line, "IF " + text + ": " + (c.problem == null ? "cannot evaluate" : c.problem));
            return null;
        }
        return value;
    }

    private static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
            } else if ("()&|".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else if ("<>=¬".indexOf(c) >= 0) {
                int j = i + 1;
                while (j < text.length() && "<>=".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                out.add(text.substring(i, j));
                i = j;
            } else {
                int j = i;
                while (j < text.length() && " ()&|<>=¬".indexOf(text.charAt(j)) < 0) {
                    j++;
                }
                out.add(text.substring(i, j));
                i = j;
            }
        }
        return out;
    }

    // JCL evaluates NOT first, then comparisons, then AND and OR from left to right.
    private Boolean expression() {
        Boolean value = term();
        while (at < tokens.size() && (is("&") || is("AND") || is("|") || is("OR"))) {
            boolean and = is("&") || is("AND");
            at++;
            Boolean right = term();
            if (value == null || right == null) {
                return null;
            }
            value = and ? value && right : value || right;
        }
        return value;
    }

    private Boolean term() {
        if (is("NOT") || is("¬")) {
            at++;
            int before = notRun.size();
            Boolean v = term();
            if (v != null && notRun.size() > before) {
                problem = "NOT over the RC of step " + notRun.get(before) + ", which did not run";
                return null;
            }
            return v == null ? null : !v;
        }
        if (is("(")) {
            at++;
            Boolean v = expression();
            if (!is(")")) {
                problem = "a parenthesis is not closed";
                return null;
            }
            at++;
            return v;
        }
        String word = tokens.get(at++);
        String step = null;
        String keyword = word;
        int dot = word.lastIndexOf('.');
        if (dot > 0) {
            step = word.substring(0, dot);
            keyword = word.substring(dot + 1);
        }
        if (step != null && step.contains(".")) {
            problem = "procedure step names";
            return null;
        }
        if (step != null && beforeRestart.contains(step)) {
            problem = "a step before the restart step";
            return null;
        }
        StepResult result = step == null ? null : byName.get(step);
        if (step != null && result == null) {
            problem = "step " + step + " is not before this statement";
            return null;
        }
        switch (keyword) {
            case "RC" -> {
                String op = operator();
                if (op == null) {
                    return null;
                }
                String number = tokens.get(at++);
                if (!number.matches("\\d{1,4}")) {
                    problem = "a return code " + number;
                    return null;
                }
                int value = Integer.parseInt(number);
                if (step == null) {
                    int max = byName.values().stream().filter(r -> r.rc() != null).mapToInt(StepResult::rc).max()
                            .orElse(0);
                    return Cond.compare(max, op, value);
                }
                if (result.rc() == null) {
                    notRun.add(step);
                    return false;
                }
                return Cond.compare(result.rc(), op, value);
            }
            case "RUN", "ABEND" -> {
                boolean v = keyword.equals("RUN") ? result != null && result.rc() != null : false;
                if (step == null && keyword.equals("RUN")) {
                    problem = "RUN without a step name";
                    return null;
                }
                if (at < tokens.size() && (is("=") || is("EQ"))) {
                    at++;
                    String truth = tokens.get(at++);
                    return truth.equals("TRUE") == v;
                }
                return v;
            }
            default -> {
                problem = "keyword " + keyword;
                return null;
            }
        }
    }

    private String operator() {
        String t = tokens.get(at++);
        String op = switch (t) {
            case "GT", ">" -> "GT";
            case "GE", ">=", "¬<" -> "GE";
            case "EQ", "=" -> "EQ";
            case "NE", "¬=" -> "NE";
            case "LT", "<" -> "LT";
            case "LE", "<=", "¬>" -> "LE";
            default -> null;
        };
        if (op == null) {
            problem = "operator " + t;
        }
        return op;
    }

    private boolean is(String token) {
        return at < tokens.size() && tokens.get(at).equals(token);
    }
}
