package dev.zdeploy.input;

import dev.zdeploy.descriptor.Descriptor;
import dev.zdeploy.inventory.Inventory;
import dev.zdeploy.problem.Problem;
import dev.zdeploy.problem.SourceNames;
import dev.zdeploy.request.DeploymentRequest;
import java.util.List;
import java.util.Objects;

/**
 * The inputs of a deployment, read and checked together.
 *
 * @param descriptor the software instance descriptor
 * @param request    the deployment request
 * @param inventory  what exists on the driving system, or null when none was given
 * @param warnings   warnings found while reading (never errors: those throw instead)
 * @param sources    the names the inputs were read under, for the problems of later stages
 */
public record Inputs(Descriptor descriptor, DeploymentRequest request, Inventory inventory, List<Problem> warnings,
        SourceNames sources) {

    public Inputs {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(sources, "sources");
        warnings = List.copyOf(warnings);
    }

    /** Inputs named by the default names ({@link SourceNames#DEFAULT}), e.g. built by a caller. */
    public Inputs(Descriptor descriptor, DeploymentRequest request, Inventory inventory, List<Problem> warnings) {
        this(descriptor, request, inventory, warnings, SourceNames.DEFAULT);
    }

    public boolean hasInventory() {
        return inventory != null;
    }
}
