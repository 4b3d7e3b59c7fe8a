package dev.zdeploy.request;

import java.util.List;

/**
 * The body of z/OSMF's {@code POST /zosmf/swmgmt/dep} (v1, as documented), plus zdeploy's
 * extensions named after z/OSMF's v2 API ({@code source.type "pswi"}, {@code source.directory},
 * {@code configuration}, {@code systemsettings}). A v1 body is always valid as it is. Component
 * names are the documented JSON field names.
 *
 * @param name           deployment name
 * @param description    optional description
 * @param source         the source software instance
 * @param targetvolumes  target volumes, in request order
 * @param mastercatalog  the new master catalog, or null to deploy into the existing catalog
 * @param jobstatement   JOB statement cards, verbatim; empty for the default
 * @param jcldataset     PDS for the generated JCL
 * @param zosmfuid       remote z/OSMF user, or null
 * @param zosmfpw        remote z/OSMF password, or null; never shown
 * @param proxyuid       proxy user, or null
 * @param proxypw        proxy password, or null; never shown
 * @param configuration  rename rules, zone renames and mount point changes (never null)
 * @param systemsettings work data set settings (never null)
 * @param v2             what only a v2 body ({@code POST /zosmf/swmgmt/v2/dep}) says, or null for a v1 body
 */
public record DeploymentRequest(
        String name,
        String description,
        Source source,
        List<TargetVolume> targetvolumes,
        MasterCatalog mastercatalog,
        List<String> jobstatement,
        String jcldataset,
        String zosmfuid,
        Secret zosmfpw,
        String proxyuid,
        Secret proxypw,
        Configuration configuration,
        SystemSettings systemsettings,
        V2Body v2) {

    public DeploymentRequest {
        targetvolumes = List.copyOf(targetvolumes);
        jobstatement = List.copyOf(jobstatement);
    }

    /** A v1 request (with zdeploy's extensions). */
    public DeploymentRequest(String name, String description, Source source, List<TargetVolume> targetvolumes,
            MasterCatalog mastercatalog, List<String> jobstatement, String jcldataset, String zosmfuid, Secret zosmfpw,
            String proxyuid, Secret proxypw, Configuration configuration, SystemSettings systemsettings) {
        this(name, description, source, targetvolumes, mastercatalog, jobstatement, jcldataset, zosmfuid, zosmfpw,
                proxyuid, proxypw, configuration, systemsettings, null);
    }

    /** True when the request was read from a v2 body. */
    public boolean isV2() {
        return v2 != null;
    }

    /** True when the request asks for a new master catalog (the v1 API always does). */
    public boolean hasNewMasterCatalog() {
        return mastercatalog != null;
    }
}
