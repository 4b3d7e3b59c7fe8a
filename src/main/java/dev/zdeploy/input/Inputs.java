package dev.zdeploy.input;

import dev.zdeploy.descriptor.Descriptor;
import dev.zdeploy.inventory.Inventory;
import dev.zdeploy.problem.Problem;
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
 */
public record Inputs(Descriptor descriptor, DeploymentRequest request, Inventory inventory, List<Problem> warnings) {

    public Inputs {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(request, "request");
        warnings = List.copyOf(warnings);
    }

    public boolean hasInventory() {
        return inventory != null;
    }
}
