package dev.zdeploy.descriptor;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A portable software instance descriptor ({@code IZUD00DF.json}), versions 1-7 as documented by
 * IBM ("Understanding the Portable Software Instance descriptor file"); later versions are read
 * with a warning. Component names are the documented JSON field names, so the IBM page doubles as
 * the reference for this record. Optional fields are {@code null} when absent or null; lists are
 * never null (an absent list is empty).
 *
 * @param version          descriptor version (1-7 documented; higher read with a warning)
 * @param created          creation time, ISO 8601 as written
 * @param gimpaflocation   path of GIMPAF.XML relative to the descriptor
 * @param name             name of the originating software instance
 * @param description      optional description
 * @param globalzone       CSI data set holding the global zone, or null without SMP/E
 * @param zones            SMP/E zones, in descriptor order
 * @param datasets         data sets, in descriptor order
 * @param smpeproducts     SMP/E managed products
 * @param fmids            all FMIDs of the instance
 * @param products         products not managed by SMP/E (version 2+)
 * @param workflows        workflows (version 4+)
 * @param datasetproperties data set properties (version 5+)
 * @param datasetpropertylabels property labels (version 7+)
 * @param productproperties product properties (version 5+)
 * @param extensions       undocumented top-level scalar fields, kept by name (sorted)
 */
public record Descriptor(
        int version,
        String created,
        String gimpaflocation,
        String name,
        String description,
        String globalzone,
        List<Zone> zones,
        List<DataSet> datasets,
        List<SmpeProduct> smpeproducts,
        List<String> fmids,
        List<Product> products,
        List<Workflow> workflows,
        List<DataSetProperty> datasetproperties,
        List<DataSetPropertyLabel> datasetpropertylabels,
        List<ProductProperty> productproperties,
        Map<String, String> extensions) {

    /** The highest descriptor version whose fields IBM documents. */
    public static final int LATEST_DOCUMENTED_VERSION = 7;

    public Descriptor {
        zones = List.copyOf(zones);
        datasets = List.copyOf(datasets);
        smpeproducts = List.copyOf(smpeproducts);
        fmids = List.copyOf(fmids);
        products = List.copyOf(products);
        workflows = List.copyOf(workflows);
        datasetproperties = List.copyOf(datasetproperties);
        datasetpropertylabels = List.copyOf(datasetpropertylabels);
        productproperties = List.copyOf(productproperties);
        // Sorted, so that whoever lists them lists them the same way every run (Map.copyOf would not).
        extensions = Collections.unmodifiableSortedMap(new TreeMap<>(extensions));
    }

    /** True when the instance is SMP/E managed (it names a global zone CSI). */
    public boolean hasSmpe() {
        return globalzone != null;
    }
}
