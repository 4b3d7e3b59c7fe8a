package dev.zdeploy.plan;

import dev.zdeploy.descriptor.Descriptor;
import dev.zdeploy.request.DeploymentRequest;
import dev.zdeploy.request.SourceType;
import java.util.Map;

/** What every step of one plan build shares: the inputs and the decisions the steps depend on. */
final class PlanContext {

    final Descriptor descriptor;
    final DeploymentRequest request;
    final SourceType sourceType;
    /** The new master catalog, or null for the existing catalog. */
    final NewMasterCatalog masterCatalog;
    /** The inventory, or null when none was given. */
    final InventoryIndex inventory;
    final Problems problems;
    final Renamer renamer;
    final MountPoints mountPoints;
    /** Source zone name to final zone name, for every zone of the descriptor. */
    final Map<String, String> zoneNames;
    /** Source volume to target volume. */
    final Map<String, VolumeMapping> volumeMap;
    /** Source data set name to the storage class a v2 storclas action gives it. */
    final Map<String, StorclasRules.Choice> storclasActions;

    PlanContext(Descriptor descriptor, DeploymentRequest request, NewMasterCatalog masterCatalog,
            InventoryIndex inventory, Problems problems, Renamer renamer, MountPoints mountPoints,
            Map<String, String> zoneNames, Map<String, VolumeMapping> volumeMap,
            Map<String, StorclasRules.Choice> storclasActions) {
        this.descriptor = descriptor;
        this.request = request;
        this.sourceType = request.source().type();
        this.masterCatalog = masterCatalog;
        this.inventory = inventory;
        this.problems = problems;
        this.renamer = renamer;
        this.mountPoints = mountPoints;
        this.zoneNames = zoneNames;
        this.volumeMap = volumeMap;
        this.storclasActions = storclasActions;
    }

    String tempcatalias() {
        return masterCatalog == null ? null : masterCatalog.tempcatalias();
    }

    String zoneName(String sourceZone) {
        return zoneNames.getOrDefault(sourceZone, sourceZone);
    }

    /** Final name of a data set or CSI; {@code kind} ("data set", "CSI") words rename problems. */
    String rename(String dsname, String kind) {
        return renamer.rename(dsname, kind, problems);
    }
}
