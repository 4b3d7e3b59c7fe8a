package dev.zdeploy.plan;

import java.util.List;
import java.util.Optional;

/**
 * The whole-plan lists a {@link DeploymentPlan} derives from its data sets, each computed once per plan
 * (see {@link Once}). Templates and helpers ask for them again and again (every SMP/E step for the
 * SMPPTS statements, UC three times per zone for its changed DDDEF entries, ...), and each computation
 * walks every data set: at a million data sets those no longer fit the processor cache, so a repeated
 * pass cost more per data set than at a thousand, and the render's cost per data set grew with the
 * plan's size (issue 13). A plan is immutable, so a value computed once stays right.
 *
 * <p>Held by the plan's zone list ({@link PlanZones}): a record has no fields beyond its components,
 * and a memo as a component would take part in the plan's equals, hashCode and toString.
 */
final class PlanMemo {

    final Once<DddefsByZone> dddefs = new Once<>();
    final Once<DataSetFacts> facts = new Once<>();
    final Once<List<SmpptsDd>> smpptsDds = new Once<>();
    final Once<TargetVolumeNames> targetVolumeNames = new Once<>();
    final Once<Boolean> needsZoneUpdate = new Once<>();
    final Once<List<CopyGroup>> copyGroups = new Once<>();
    final Once<Optional<IplText>> iplText = new Once<>();
    final Once<Integer> workZfsCylinders = new Once<>();
    final Once<Integer> treeWorkZfsCylinders = new Once<>();
    final Once<SiblingNameOwners> siblingNameOwners = new Once<>();
    final Once<java.util.Map<TargetDataSet, Integer>> treePositions = new Once<>();
}
