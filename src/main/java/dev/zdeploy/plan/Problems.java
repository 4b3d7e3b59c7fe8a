package dev.zdeploy.plan;

import dev.zdeploy.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects the plan's errors and warnings as the builder finds them, so all are reported at once. */
final class Problems {

    static final String PLAN = "plan";
    static final String REQUEST = "request.json";

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    void error(String source, String pointer, String rule, String value) {
        errors.add(Problem.error(source, pointer, rule, value));
    }

    void warning(String source, String pointer, String rule, String value) {
        warnings.add(Problem.warning(source, pointer, rule, value));
    }

    List<Problem> errors() {
        return errors;
    }

    List<Problem> warnings() {
        return warnings;
    }
}
