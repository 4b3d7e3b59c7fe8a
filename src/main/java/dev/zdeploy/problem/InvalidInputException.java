package dev.zdeploy.problem;

import java.util.List;

/**
 * Thrown when inputs (or the plan made from them) have errors. Carries every problem found, not
 * just the first; its message is the problems, one per line, so it can be shown to a user as is.
 */
public final class InvalidInputException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(render(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problem problem : problems) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(problem.format());
        }
        return text.toString();
    }
}
