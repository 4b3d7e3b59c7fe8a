package dev.zdeploy.descriptor;

/** A product superseded by an SMP/E product ({@code prodsups}). */
public record SupersededProduct(String prodid, String release) {}
