package dev.zdeploy.plan;

import dev.zdeploy.jcl.GimunzipWriter;
import dev.zdeploy.request.SourceType;
import java.util.List;

/**
 * A portable deployment unzips each file system into a temporary mount point under the work path,
 * named in a GIMUNZIP ARCHDEF {@code newname}; GIMUNZIP reads no further than column 72 and a value
 * cannot be continued, so a work path too long for that is a problem of the request, found here
 * rather than as a failing template.
 */
final class WorkPathChecks {

    /** The longest member name a job can have, {@code IZUDnntt}. */
    private static final String LONGEST_MEMBER = "IZUD99ZF";

    private WorkPathChecks() {}

    static void check(Problems problems, SourceType sourceType, int descriptorVersion, WorkSettings work,
            String tgtswiname, List<TargetDataSet> datasets) {
        int limit = GimunzipWriter.maxValueLength("newname");
        String directory = DeploymentPlan.workDirectory(work.path(), tgtswiname, LONGEST_MEMBER);
        for (int index = datasets.size() - 1; index >= 0; index--) {
            if (DeploymentPlan.isUnzippedAsTree(sourceType, descriptorVersion, datasets.get(index))) {
                String longest = DeploymentPlan.temporaryMountPoint(directory, index) + "/";
                if (longest.length() > limit) {
                    problems.error(Problems.REQUEST, "/systemsettings/workpath", "the temporary mount points under "
                            + "the work path, such as " + longest + ", must be at most " + limit
                            + " characters (GIMUNZIP reads an ARCHDEF value only up to column 72): choose a "
                            + "shorter work path", work.path());
                }
                return;
            }
        }
    }
}
