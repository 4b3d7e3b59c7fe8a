package dev.zdeploy.request;

import java.util.List;

/**
 * What a v2 body ({@code POST /zosmf/swmgmt/v2/dep}, as IBM's Ansible role
 * {@code zmf_swmgmt_deployment} builds it) says beyond what the v1 body and zdeploy's extensions
 * say. Everything else of a v2 body is mapped onto the v1 fields of {@link DeploymentRequest}.
 *
 * @param uuid                the source software instance's uuid, or null when it is named
 * @param targetName          {@code targetswi.name}: the name of the software instance to create
 * @param targetSystem        {@code targetswi.system}, else the source's system; null when neither is given
 * @param submitjobs          what the body asks ({@code true} by default); zdeploy never submits
 * @param unixdatasets        {@code source.unixdatasets}: file systems of a swi source not mounted now
 * @param systemSettingsIndex position of the {@code systemsettings} entry used (the target system's), or -1
 */
public record V2Body(String uuid, String targetName, String targetSystem, boolean submitjobs,
        List<UnixDataSet> unixdatasets, int systemSettingsIndex) {

    public V2Body {
        unixdatasets = List.copyOf(unixdatasets);
    }

    /**
     * Where the v1 field a later stage names lives in this v2 body: {@code /jcldataset},
     * {@code /jobstatement} and {@code /systemsettings/...} are in the used {@code systemsettings}
     * entry; others keep their pointer.
     */
    public String pointerOf(String v1Pointer) {
        if (systemSettingsIndex < 0) {
            return v1Pointer;
        }
        String entry = "/systemsettings/" + systemSettingsIndex;
        if (v1Pointer.equals("/jcldataset") || v1Pointer.startsWith("/jcldataset/")
                || v1Pointer.equals("/jobstatement") || v1Pointer.startsWith("/jobstatement/")) {
            return entry + v1Pointer;
        }
        if (v1Pointer.startsWith("/systemsettings/")) {
            return entry + v1Pointer.substring("/systemsettings".length());
        }
        return v1Pointer;
    }

    /**
     * A UNIX file system data set of a swi source that is not mounted now, and where it would be.
     *
     * @param dsname     the file system data set
     * @param mountpoint its mount point, the directory prefix of the PATH DDDEFs under it
     */
    public record UnixDataSet(String dsname, String mountpoint) {}
}
