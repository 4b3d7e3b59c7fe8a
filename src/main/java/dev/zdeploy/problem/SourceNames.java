package dev.zdeploy.problem;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The names problems give the three inputs: the files as the user named them. Stages that only see
 * records (the plan) report under the default names, and {@link #rename} puts the user's back.
 *
 * @param descriptor name of the descriptor input
 * @param request    name of the request input
 * @param inventory  name of the inventory input
 * @param requestPointer where a pointer into the request that later stages name (the v1 fields) is in
 *                   the request as given: a v2 body holds {@code jcldataset} in a {@code systemsettings}
 *                   entry
 */
public record SourceNames(String descriptor, String request, String inventory, UnaryOperator<String> requestPointer) {

    public static final SourceNames DEFAULT = new SourceNames("descriptor.json", "request.json", "inventory.json");

    public SourceNames {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(requestPointer, "requestPointer");
    }

    /** Names whose request pointers are the v1 fields' own. */
    public SourceNames(String descriptor, String request, String inventory) {
        this(descriptor, request, inventory, UnaryOperator.identity());
    }

    /** {@code problems} with each default input name replaced by this one. */
    public List<Problem> rename(List<Problem> problems) {
        if (equals(DEFAULT)) {
            return problems;
        }
        return problems.stream().map(this::rename).toList();
    }

    private Problem rename(Problem problem) {
        String source = problem.source();
        String renamed = source.equals(DEFAULT.descriptor) ? descriptor
                : source.equals(DEFAULT.request) ? request
                : source.equals(DEFAULT.inventory) ? inventory
                : source;
        String pointer = source.equals(DEFAULT.request) ? requestPointer.apply(problem.pointer()) : problem.pointer();
        return renamed.equals(source) && pointer.equals(problem.pointer()) ? problem
                : new Problem(problem.severity(), renamed, pointer, problem.rule(), problem.value());
    }
}
