package dev.zdeploy.jobs;

/**
 * The deployment job types, with z/OSMF's two-letter codes where z/OSMF has one, in run order.
 * Descriptions follow the style of z/OSMF's "Submit Deployment Jobs" page.
 *
 * <p>PF (pre-flight) and VF (verification) are zdeploy's own: PF is submitted first and changes
 * nothing; VF, after the last job that changes anything, lists what the deployment made.
 *
 * <p>RN runs before UC, as in z/OSMF's own member order (IZUD01CP, IZUD02RN, IZUD03UC). With a new
 * master catalog, RN defines for every target CSI a path {@code <tempcatalias>.<csi>} over the
 * renamed cluster in the new catalog (DFSMS Access Method Services Commands, "DEFINE PATH": a path
 * over a cluster without an alternate index, defined "as though it were an alias for the cluster"),
 * the name z/OSMF's status response lists as the CSI's alias. UC and VF reach the target CSIs only by
 * these names, which on the driving system resolve through the temporary catalog alias to the target
 * and nothing else, and UC points the zone index at them; DA points it at the final names just before
 * it deletes the paths (see docs/manual-syntax.md, "Reaching the target CSIs").
 */
public enum JobType {
    RA("RACF definitions: add groups and data set profiles for the new data set prefixes", false),
    PF("Pre-flight checks: catalog names, target volumes and authorities; changes nothing", true),
    CP("Copy data sets: new master catalog, temporary alias, DFSMSdss copy to temporary names", true),
    UZ("Unzip data sets: GIMUNZIP each archive to its temporary name", true),
    ZF("Install zFS data sets: allocate, mount and unzip the archived file trees", true),
    IP("IPL text: write the IPL records of the new system residence volume with ICKDSF", true),
    RN("Rename data sets: temporary to final names, data set aliases, CSI paths, indirect entries", true),
    UC("Update CSI data sets: zone index, zone names and DDDEF entries", true),
    VF("Verify the target: list its catalog entries and SMP/E zone index and DDDEFs", true),
    DA("Delete temporary aliases and disconnect the new master catalog", false);

    private final String description;
    private final boolean submitted;

    JobType(String description, boolean submitted) {
        this.description = description;
        this.submitted = submitted;
    }

    /** One line saying what the job does. */
    public String description() {
        return description;
    }

    /**
     * Whether the job is meant to be submitted in sequence. RA is a sample for the security
     * administrator; DA runs only after the target has been verified (with VF's listings).
     */
    public boolean submitted() {
        return submitted;
    }

    /** The FreeMarker template that lays the job out. */
    public String templateName() {
        return name() + ".ftl";
    }
}
