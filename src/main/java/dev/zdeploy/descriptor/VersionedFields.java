package dev.zdeploy.descriptor;

import dev.zdeploy.json.JsonCursor;
import java.util.Map;
import java.util.Set;

/**
 * What each documented descriptor version added ("Understanding the Portable Software Instance
 * descriptor file", version: 2 products, 3 products' end-of-service date, 4 workflows, 5
 * datasetproperties and productproperties, 6 pathcontainedinds and performonhostsystem, 7
 * datasetpropertylabels), and the fields a documented version has. z/OSMF writes a descriptor by its
 * version, so a field the version does not have says the file was edited or made by hand: a warning
 * (the field is read all the same), never an error, because a later z/OSMF may add fields. A version
 * above the documented ones already carries its own warning, so its fields are not judged.
 */
final class VersionedFields {

    private static final Map<String, Integer> TOP_LEVEL_SINCE = Map.of(
            "products", 2, "workflows", 4, "datasetproperties", 5, "productproperties", 5, "datasetpropertylabels", 7);

    private VersionedFields() {}

    /** Warns about the fields of the descriptor object {@code root}, but its data sets, that {@code version} lacks. */
    static void checkDescriptor(JsonCursor root, int version, Set<String> known) {
        if (!judged(version)) {
            return;
        }
        unknown(root, known, version);
        for (String field : root.fieldNames()) {
            Integer since = TOP_LEVEL_SINCE.get(field);
            if (since != null && root.field(field).isPresent()) {
                since(root.field(field), since, version);
            }
        }
        for (JsonCursor product : root.field("products").elements()) {
            since(product.field("eosdate"), 3, version);
        }
        for (JsonCursor workflow : root.field("workflows").elements()) {
            since(workflow.field("performonhostsystem"), 6, version);
        }
    }

    /** Warns about the fields of one data set entry that {@code version} lacks (the list is read entry by entry). */
    static void checkDataSet(JsonCursor dataset, int version, Set<String> known) {
        if (!judged(version)) {
            return;
        }
        unknown(dataset, known, version);
        for (JsonCursor zone : dataset.field("zonedddefs").elements()) {
            for (JsonCursor dddef : zone.field("dddefs").elements()) {
                since(dddef.field("pathcontainedinds"), 6, version);
            }
        }
    }

    private static boolean judged(int version) {
        return version >= 1 && version <= Descriptor.LATEST_DOCUMENTED_VERSION;
    }

    private static void since(JsonCursor field, int since, int version) {
        if (field.isPresent() && version < since) {
            field.warning("this field came with descriptor version " + since + "; a version " + version
                    + " descriptor has none (is the version right?): it is read all the same", null);
        }
    }

    private static void unknown(JsonCursor object, Set<String> known, int version) {
        if (!object.isObject()) {
            return;
        }
        for (String name : object.fieldNames()) {
            if (!known.contains(name) && !dev.zdeploy.problem.Printable.hasControl(name)) {
                object.field(name).warning("not a field of a version " + version
                        + " descriptor: kept as an extension, not used", null);
            }
        }
    }
}
