package dev.zdeploy.plan;

/** Where the target data sets are cataloged. */
public enum CatalogObjective {
    /** A new master catalog, created as a user catalog of the driving system, reached through a temporary alias. */
    NEW_MASTER_CATALOG,
    /** The driving system's existing catalog structure: target names must differ from the source names. */
    EXISTING_CATALOG
}
