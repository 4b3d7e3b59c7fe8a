package dev.zdeploy.descriptor;

import dev.zdeploy.json.JsonCursor;
import java.util.ArrayList;
import java.util.List;

/** Reads the descriptor's product lists: {@code smpeproducts} and {@code products} (version 2+). */
final class ProductReader {

    private ProductReader() {}

    static List<SmpeProduct> smpeProducts(JsonCursor list) {
        List<SmpeProduct> products = new ArrayList<>();
        for (JsonCursor entry : list.objects()) {
            products.add(new SmpeProduct(
                    entry.field("prodname").text(),
                    entry.field("prodid").requiredText(),
                    entry.field("release").text(),
                    entry.field("vendor").text(),
                    entry.field("url").text(),
                    entry.field("srels").texts(),
                    superseded(entry.field("prodsups")),
                    features(entry.field("features"))));
        }
        return products;
    }

    private static List<SupersededProduct> superseded(JsonCursor list) {
        List<SupersededProduct> superseded = new ArrayList<>();
        for (JsonCursor entry : list.objects()) {
            superseded.add(new SupersededProduct(entry.field("prodid").text(), entry.field("release").text()));
        }
        return superseded;
    }

    private static List<Feature> features(JsonCursor list) {
        List<Feature> features = new ArrayList<>();
        for (JsonCursor entry : list.objects()) {
            features.add(new Feature(
                    entry.field("featname").text(), entry.field("featid").text(), entry.field("fmids").texts()));
        }
        return features;
    }

    static List<Product> products(JsonCursor list) {
        List<Product> products = new ArrayList<>();
        for (JsonCursor entry : list.objects()) {
            products.add(new Product(
                    entry.field("prodname").text(),
                    entry.field("prodid").text(),
                    entry.field("release").text(),
                    entry.field("vendor").text(),
                    entry.field("url").text(),
                    entry.field("features").texts(),
                    entry.field("gadate").text(),
                    entry.field("eosdate").text(),
                    entry.field("prodinfoversion").text()));
        }
        return products;
    }
}
