package dev.zdeploy.plan;

/**
 * The new master catalog.
 *
 * @param name         catalog name
 * @param volume       volume it is defined on
 * @param tempcatalias temporary catalog alias relating to it from the driving system's catalog
 * @param storclas     SMS storage class when the catalog's volume is SMS-managed, else null
 */
public record NewMasterCatalog(String name, String volume, String tempcatalias, String storclas) {

    /**
     * Primary space of the catalog in cylinders: a software instance's few hundred entries need far
     * less, and the secondary space lets it grow (DFSMS Managing Catalogs, "Estimating catalog size").
     */
    public int primaryCylinders() {
        return 10;
    }

    /** Secondary space of the catalog in cylinders. */
    public int secondaryCylinders() {
        return 10;
    }
}
