package dev.zdeploy.plan;

/**
 * The new master catalog.
 *
 * @param name         catalog name
 * @param volume       volume it is defined on
 * @param tempcatalias temporary catalog alias relating to it from the driving system's catalog
 */
public record NewMasterCatalog(String name, String volume, String tempcatalias) {}
