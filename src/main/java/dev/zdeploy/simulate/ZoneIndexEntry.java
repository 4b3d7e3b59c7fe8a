package dev.zdeploy.simulate;

/** One ZONEINDEX subentry of the global zone: the CSI data set holding a zone, and its type. */
public record ZoneIndexEntry(String csi, String type) {}
