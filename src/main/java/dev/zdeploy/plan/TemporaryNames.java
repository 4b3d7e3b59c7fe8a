package dev.zdeploy.plan;

import dev.zdeploy.request.SourceType;

/**
 * The name a target data set carries while the jobs run (see {@link PlanBuilder} for the reasons).
 *
 * <ul>
 *   <li>New master catalog, copy or unzip: {@code <tempcatalias>.<name>}, so the data set is cataloged
 *       in the new master catalog through the temporary catalog alias. For an unzip this goes for the
 *       CSI data sets too: their final names would be cataloged in the driving system's catalog.
 *   <li>Existing catalog, unzip: {@code <name>.#}; a zone's CSI is unzipped under its final name, as
 *       z/OSMF does.
 *   <li>Existing catalog, copy: the final name (DFSMSdss renames straight to it).
 * </ul>
 */
final class TemporaryNames {

    static final String UNZIP_SUFFIX = ".#";

    private TemporaryNames() {}

    /**
     * @param tempcatalias the new master catalog's temporary catalog alias, or null for the existing catalog
     * @param csi          true when the data set is a zone's CSI
     */
    static String of(SourceType sourceType, String tempcatalias, String name, boolean csi) {
        if (tempcatalias != null) {
            return tempcatalias + "." + name;
        }
        if (sourceType == SourceType.PSWI && !csi) {
            return name + UNZIP_SUFFIX;
        }
        return name;
    }
}
