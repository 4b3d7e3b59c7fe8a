package dev.zdeploy.inventory;

/** A catalog alias {@code name} relating to the user catalog {@code catalog}. */
public record CatalogAlias(String name, String catalog) {}
