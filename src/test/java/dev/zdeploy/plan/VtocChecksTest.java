package dev.zdeploy.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** PF's VTOC checks look for each name on its own data set's target volumes, not on every target volume. */
class VtocChecksTest {

    @Test
    void eachNameIsLookedForOnItsOwnDataSetsVolumesOnce() {
        DeploymentPlan plan = GoldenPlansTest.plan("multi-volume");
        Map<String, List<String>> checked = plan.vtocChecks().stream()
                .collect(Collectors.toMap(VtocCheck::name, VtocCheck::volumes));
        assertEquals(plan.namesOnTargetVolumes(), plan.vtocChecks().stream().map(VtocCheck::name).toList());
        for (TargetDataSet ds : plan.datasets()) {
            if (!ds.isSmsManaged()) {
                assertEquals(ds.volumes(), checked.get(ds.temporaryName()), ds.temporaryName());
                assertEquals(ds.volumes(), checked.get(ds.name()), ds.name());
            }
        }
        // The deployment has three target volumes; a single-volume data set's names are looked for on one.
        int all = plan.chosenTargetVolumes().size();
        assertTrue(all == 3 && plan.vtocChecks().stream().filter(c -> c.volumes().size() == 1).count() > 10,
                plan.chosenTargetVolumes() + " " + plan.vtocChecks());
    }
}
