package dev.zdeploy.json;

import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import java.util.List;

/**
 * What reading one input gave: the record and every problem found. When there are errors the
 * record is a best effort (fields that were wrong are null or left out) or null when the file
 * could not be read as JSON at all; use it only to look for more problems.
 *
 * @param value    the record read, or null
 * @param problems errors and warnings, in document order
 * @param <T>      the record type
 */
public record ReadResult<T>(T value, List<Problem> problems) {

    public ReadResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }

    /** The record, or an {@link InvalidInputException} with every problem when there are errors. */
    public T orThrow() {
        if (hasErrors()) {
            throw new InvalidInputException(problems);
        }
        return value;
    }
}
