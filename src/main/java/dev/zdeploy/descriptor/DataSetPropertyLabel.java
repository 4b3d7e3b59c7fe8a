package dev.zdeploy.descriptor;

/** A label for a provider-defined data set property (version 7+). */
public record DataSetPropertyLabel(String propertyname, String label) {}
