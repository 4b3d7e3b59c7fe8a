package dev.zdeploy.request;

/**
 * The new master catalog, created as a user catalog of the driving system.
 *
 * @param name         catalog name
 * @param volume       volume serial it is created on
 * @param tempcatalias temporary alias (one qualifier) the driving system reaches it through
 */
public record MasterCatalog(String name, String volume, String tempcatalias) {}
