package dev.zdeploy.plan;

import dev.zdeploy.inventory.DeviceType;
import dev.zdeploy.request.SourceType;
import java.util.List;

/**
 * zFS aggregates the unzip jobs define that z/OS could not allocate as planned, found as problems
 * before any job is written (see {@link ZfsSpace} for the manual text):
 * <ul>
 *   <li>the work zFS of the UZ job and that of the ZF job, each sized by {@link ZfsSpace#workCylinders}
 *       (the largest data set UZ unzips, the largest tree ZF extracts): above 4 GB it needs an
 *       SMS storage class and a data class with extended addressability
 *       ({@code systemsettings/storclas}, {@code systemsettings/dataclas}); a non-SMS work zFS must
 *       fit its work volume (a 3390-9 holds {@value #ASSUMED_VOLUME_CYLINDERS} cylinders, or the
 *       inventory's capacity);
 *   <li>each file system the ZF job defines (a directory tree archive): above 4 GB it must be
 *       SMS-managed (a storage class in the descriptor) and {@code systemsettings/dataclas} must name
 *       a data class with extended addressability, which ZF codes on its DEFINE.
 * </ul>
 */
final class LargeZfsChecks {

    static final long ASSUMED_VOLUME_CYLINDERS = DeviceType.MODEL_9.tracks() / DeviceType.TRACKS_PER_CYLINDER;
    private static final String SETTINGS = "/systemsettings/";

    private LargeZfsChecks() {}

    static void check(PlanContext context, WorkSettings work, List<TargetDataSet> datasets) {
        if (context.sourceType != SourceType.PSWI) {
            return;
        }
        int version = context.descriptor.version();
        List<TargetDataSet> unzipped = datasets.stream()
                .filter(ds -> !DeploymentPlan.isUnzippedAsTree(context.sourceType, version, ds)).toList();
        if (!unzipped.isEmpty()) {
            checkWorkZfs(context, work, ZfsSpace.workCylinders(unzipped), "unzip job", "data set it unzips");
        }
        List<TargetDataSet> trees = datasets.stream()
                .filter(ds -> DeploymentPlan.isUnzippedAsTree(context.sourceType, version, ds)).toList();
        if (!trees.isEmpty()) {
            checkWorkZfs(context, work, ZfsSpace.workCylinders(trees), "zFS job", "directory tree it extracts");
        }
        for (int i = 0; i < datasets.size(); i++) {
            TargetDataSet ds = datasets.get(i);
            if (DeploymentPlan.isUnzippedAsTree(context.sourceType, version, ds)
                    && ZfsSpace.needsExtendedAddressability(ds.tracks())) {
                String size = "zFS data set " + ds.name() + " of " + VolumeUsagePlanner.number(ds.tracks()) + " tracks ("
                        + ZfsSpace.gigabytes(ds.tracks()) + ") holds more than 4 GB, which needs extended addressability";
                if (ds.storclas() == null) {
                    context.problems.error(Problems.PLAN, "/tgtswidatasets/" + i + "/storclas", size
                            + ": it must be SMS-managed (extended addressability needs SMS), and it has no storage class",
                            null);
                }
                if (work.dataclas() == null) {
                    context.problems.error(Problems.REQUEST, SETTINGS + "dataclas", size + ": name an SMS data class"
                            + " with extended addressability in systemsettings dataclas (ZF codes it on the DEFINE)",
                            null);
                }
            }
        }
    }

    private static void checkWorkZfs(PlanContext context, WorkSettings work, int cylinders, String job, String what) {
        long tracks = (long) cylinders * DeviceType.TRACKS_PER_CYLINDER;
        String size = "the work zFS of the " + job + " takes " + VolumeUsagePlanner.number(cylinders) + " cylinders ("
                + ZfsSpace.gigabytes(tracks) + ": the largest " + what + " plus " + ZfsSpace.WORK_MARGIN_PERCENT
                + "%)";
        if (ZfsSpace.needsExtendedAddressability(tracks)) {
            String rule = size + ", more than 4 GB, which needs an SMS storage class and a data class with extended "
                    + "addressability";
            if (work.storclas() == null) {
                context.problems.error(Problems.REQUEST, SETTINGS + "storclas", rule + ": give systemsettings storclas",
                        null);
            }
            if (work.dataclas() == null) {
                context.problems.error(Problems.REQUEST, SETTINGS + "dataclas", rule + ": give systemsettings dataclas",
                        null);
            }
        }
        if (work.storclas() == null) {
            Long known = work.volume() == null || context.inventory == null ? null : context.inventory.capacity(work.volume());
            long volumeCylinders = known == null ? ASSUMED_VOLUME_CYLINDERS : known / DeviceType.TRACKS_PER_CYLINDER;
            if (cylinders > volumeCylinders) {
                context.problems.error(Problems.REQUEST, SETTINGS + (work.volume() == null ? "storclas" : "workvolume"),
                        size + ", more than one " + (known == null ? "3390-9 (" : "work volume (")
                                + VolumeUsagePlanner.number(volumeCylinders) + " cylinders) holds: give systemsettings "
                                + "storclas and dataclas so that SMS can spread it over several volumes",
                        work.volume());
            }
        }
    }
}
