package dev.zdeploy.descriptor;

import java.util.List;

/** An SMP/E managed product. {@code release} is vv.rr.mm. */
public record SmpeProduct(
        String prodname,
        String prodid,
        String release,
        String vendor,
        String url,
        List<String> srels,
        List<SupersededProduct> prodsups,
        List<Feature> features) {
    public SmpeProduct {
        srels = List.copyOf(srels);
        prodsups = List.copyOf(prodsups);
        features = List.copyOf(features);
    }
}
