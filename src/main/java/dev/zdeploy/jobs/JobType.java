package dev.zdeploy.jobs;

/**
 * The deployment job types, with z/OSMF's two-letter codes where z/OSMF has one, in run order.
 * Descriptions follow the style of z/OSMF's "Submit Deployment Jobs" page.
 *
 * <p>UC runs before RN, unlike z/OSMF's own member order (IZUD01CP, IZUD02RN, IZUD03UC): after RN
 * the target CSIs carry their final names in the new master catalog, which the driving system
 * cannot reach by name (a data set alias cannot relate to a VSAM cluster; DFSMS Access Method
 * Services for Catalogs, DEFINE ALIAS), whereas before RN they are reachable through the temporary
 * catalog alias. Every step of that order is documented to work.
 */
public enum JobType {
    RA("RACF definitions: add groups and data set profiles for the new data set prefixes", false),
    CP("Copy data sets: new master catalog, temporary alias, DFSMSdss copy to temporary names", true),
    UZ("Unzip data sets: GIMUNZIP each archive to its temporary name", true),
    ZF("Install zFS data sets: allocate, mount and unzip the archived file trees", true),
    IP("IPL text: write the IPL records of the new system residence volume with ICKDSF", true),
    UC("Update CSI data sets: zone index, zone names and DDDEF entries", true),
    RN("Rename data sets: temporary to final names, data set aliases, indirect entries", true),
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
     * administrator; DA runs only after the target has been verified.
     */
    public boolean submitted() {
        return submitted;
    }

    /** The FreeMarker template that lays the job out. */
    public String templateName() {
        return name() + ".ftl";
    }
}
