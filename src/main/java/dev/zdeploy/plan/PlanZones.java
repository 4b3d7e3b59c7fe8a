package dev.zdeploy.plan;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A plan's zones, as an immutable list, carrying the plan's {@link PlanMemo}. DeploymentPlan is a
 * record, which cannot hold a field that is not a component; the memo rides on this component instead,
 * whose equals, hashCode and toString are those of any list with the same zones (AbstractList follows
 * the List contract, as List.copyOf's lists do), so the plan's own are unchanged. The plan's canonical
 * constructor makes a new one for every plan, so two plans never share a memo, also when one is made
 * from the other's lists (withWarnings) or from another plan's zones with other data sets.
 */
final class PlanZones extends AbstractList<TargetZone> implements RandomAccess {

    private final List<TargetZone> zones;
    final PlanMemo memo = new PlanMemo();

    PlanZones(List<TargetZone> zones) {
        this.zones = List.copyOf(zones);
    }

    @Override
    public TargetZone get(int index) {
        return zones.get(index);
    }

    @Override
    public int size() {
        return zones.size();
    }

    // As List.copyOf's list answers (a null element is refused, not looked for; its iterator refuses remove).
    @Override
    public java.util.Iterator<TargetZone> iterator() {
        return zones.iterator();
    }

    @Override
    public boolean contains(Object o) {
        return zones.contains(o);
    }

    @Override
    public int indexOf(Object o) {
        return zones.indexOf(o);
    }

    @Override
    public int lastIndexOf(Object o) {
        return zones.lastIndexOf(o);
    }
}
