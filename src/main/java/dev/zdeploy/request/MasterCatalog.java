package dev.zdeploy.request;

/**
 * The new master catalog, created as a user catalog of the driving system.
 *
 * @param name         catalog name
 * @param volume       volume serial it is created on
 * @param tempcatalias temporary alias (one qualifier) the driving system reaches it through
 * @param storclas     zdeploy extension: SMS storage class of the catalog when its volume is SMS-managed
 *                     (DEFINE USERCATALOG STORAGECLASS), or null
 */
public record MasterCatalog(String name, String volume, String tempcatalias, String storclas) {

    /** A catalog on a volume SMS does not manage. */
    public MasterCatalog(String name, String volume, String tempcatalias) {
        this(name, volume, tempcatalias, null);
    }
}
