package dev.zdeploy.plan;

import dev.zdeploy.descriptor.DsType;
import dev.zdeploy.jcl.GimunzipWriter;
import dev.zdeploy.jcl.NameRules;
import dev.zdeploy.request.SourceType;
import java.util.List;

/**
 * Limits on the request's values that a portable deployment's unzip jobs (UZ, ZF) write where z/OS
 * takes only so much, found here as problems of the request rather than as a failing template or,
 * worse, a job that fails on z/OS:
 * <ul>
 *   <li>each file system unzipped as a tree goes to a temporary mount point under the work path,
 *       named in a GIMUNZIP ARCHDEF {@code newname}: GIMUNZIP reads no further than column 72 and a
 *       value cannot be continued;
 *   <li>the package directory and each job's work directory are JCL {@code PATH} values (SMPDIR,
 *       SMPWKDIR) of "1 through 255 characters" (MVS JCL Reference, "PATH parameter");
 *   <li>the work zFS, {@code <workdsnprefix>.<member>.WORK.ZFS}, is a data set name of at most 44
 *       characters (checked when the prefix holds no symbol, whose value is known only at run time).
 * </ul>
 */
final class UnzipJobChecks {

    /** The longest member name a job can have, {@code IZUDnntt}. */
    private static final String LONGEST_MEMBER = "IZUD99ZF";
    private static final int MAX_JCL_PATH_LENGTH = 255;
    private static final String WORK_PATH = "/systemsettings/workpath";

    private UnzipJobChecks() {}

    static void check(Problems problems, SourceType sourceType, int descriptorVersion, String sourceDirectory,
            WorkSettings work, String tgtswiname, List<TargetDataSet> datasets) {
        if (sourceType != SourceType.PSWI) {
            return;
        }
        refuseHfsTrees(problems, descriptorVersion, datasets);
        String directory = DeploymentPlan.workDirectory(work.path(), tgtswiname, LONGEST_MEMBER);
        checkTemporaryMountPoints(problems, descriptorVersion, directory, work, datasets);
        if (sourceDirectory != null && sourceDirectory.length() + 1 > MAX_JCL_PATH_LENGTH) {
            problems.error(Problems.REQUEST, "/source/directory", "the package directory is written as a JCL PATH"
                    + " value, " + sourceDirectory + "/, of at most " + MAX_JCL_PATH_LENGTH + " characters",
                    sourceDirectory);
        }
        if (directory.length() + 1 > MAX_JCL_PATH_LENGTH) {
            problems.error(Problems.REQUEST, WORK_PATH, "the work directories of the jobs under the work path, such"
                    + " as " + directory + "/, are JCL PATH values of at most " + MAX_JCL_PATH_LENGTH
                    + " characters: choose a shorter work path", work.path());
        }
        String workZfs = DeploymentPlan.workZfs(work.dsnPrefix(), LONGEST_MEMBER);
        if (!work.dsnPrefix().contains("&") && workZfs.length() > NameRules.MAX_DSN_LENGTH) {
            problems.error(Problems.REQUEST, "/systemsettings/workdsnprefix", "the work zFS of a job, such as "
                    + workZfs + ", is a data set name of at most " + NameRules.MAX_DSN_LENGTH
                    + " characters: choose a shorter work data set prefix", work.dsnPrefix());
        }
    }

    /**
     * The ZF job defines each file system it fills as a VSAM linear data set and formats it as a zFS
     * aggregate (lib defineZfs). An HFS data set is not a VSAM linear data set (it is allocated with
     * DSNTYPE=HFS: MVS JCL Reference, "DSNTYPE parameter": "HFS Specifies an HFS data set") and is
     * mounted as TYPE(HFS): made as a zFS it would be a different file system under the HFS's name. Such
     * a data set is refused rather than silently turned into a zFS.
     */
    private static void refuseHfsTrees(Problems problems, int descriptorVersion, List<TargetDataSet> datasets) {
        for (int i = 0; i < datasets.size(); i++) {
            TargetDataSet ds = datasets.get(i);
            if (ds.dstype() == DsType.HFS && DeploymentPlan.isUnzippedAsTree(SourceType.PSWI, descriptorVersion, ds)) {
                problems.error(Problems.PLAN, "/tgtswidatasets/" + i + "/dstype", "HFS data set " + ds.name()
                        + " is archived as a directory tree, and the ZF job makes zFS file systems only (an HFS is"
                        + " not a VSAM linear data set): convert it to zFS in the source instance", "HFS");
            }
        }
    }

    private static void checkTemporaryMountPoints(Problems problems, int descriptorVersion, String directory,
            WorkSettings work, List<TargetDataSet> datasets) {
        int limit = GimunzipWriter.maxValueLength("newname");
        for (int index = datasets.size() - 1; index >= 0; index--) {
            if (DeploymentPlan.isUnzippedAsTree(SourceType.PSWI, descriptorVersion, datasets.get(index))) {
                String longest = DeploymentPlan.temporaryMountPoint(directory, index) + "/";
                if (longest.length() > limit) {
                    problems.error(Problems.REQUEST, WORK_PATH, "the temporary mount points under "
                            + "the work path, such as " + longest + ", must be at most " + limit
                            + " characters (GIMUNZIP reads an ARCHDEF value only up to column 72): choose a "
                            + "shorter work path", work.path());
                }
                return;
            }
        }
    }
}
