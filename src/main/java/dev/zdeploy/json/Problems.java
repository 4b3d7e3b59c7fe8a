package dev.zdeploy.json;

import dev.zdeploy.problem.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one input file while it is read, so that reading never stops at the
 * first one. Not thread-safe: one collector per read.
 */
public final class Problems {

    private final String source;
    private final List<Problem> list = new ArrayList<>();

    public Problems(String source) {
        this.source = source;
    }

    /** The file name problems are reported against, as the caller gave it. */
    public String source() {
        return source;
    }

    public void error(String pointer, String rule, String value) {
        list.add(Problem.error(source, pointer, rule, value));
    }

    public void warning(String pointer, String rule, String value) {
        list.add(Problem.warning(source, pointer, rule, value));
    }

    public void add(Problem problem) {
        list.add(problem);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public List<Problem> all() {
        return List.copyOf(list);
    }
}
