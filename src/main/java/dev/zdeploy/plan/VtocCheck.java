package dev.zdeploy.plan;

import java.util.List;

/**
 * A name the pre-flight job looks for, and the target volumes it looks in: those the plan puts the data
 * set on. Only there does an old data set of that name stop the copy, the unzip or the rename (a VTOC
 * holds one volume's names: DFSMSdfp Advanced Services, "Status codes from RENAME", duplicate name on
 * the volume), and one DUMP per name then lists a few volumes, not every target volume of the
 * deployment, so PF grows with the data sets, not with data sets times volumes.
 *
 * @param name    a temporary or final name
 * @param volumes the target volumes of its data set, in order
 */
public record VtocCheck(String name, List<String> volumes) {

    public VtocCheck {
        volumes = List.copyOf(volumes);
    }
}
