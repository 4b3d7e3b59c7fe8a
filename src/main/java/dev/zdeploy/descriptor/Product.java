package dev.zdeploy.descriptor;

import java.util.List;

/**
 * A product not managed by SMP/E (version 2+). {@code eosdate} is a date, {@code NotAnnounced} or
 * null (unknown).
 */
public record Product(
        String prodname,
        String prodid,
        String release,
        String vendor,
        String url,
        List<String> features,
        String gadate,
        String eosdate,
        String prodinfoversion) {
    public Product {
        features = List.copyOf(features);
    }
}
