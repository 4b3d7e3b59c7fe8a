package dev.zdeploy.render;

/**
 * How many of a job's data sets the rename job renames, gives catalog entries (indirect ones, aliases and
 * paths), and finds copied under their final names: {@code jcl.counts(job.datasets)} (JclHelpers#counts),
 * one pass where three selections each walked every data set only to be counted.
 *
 * @param renamed               data sets that carry a temporary name (TargetDataSet.needsRename)
 * @param withCatalogEntries    data sets cataloged indirectly or with aliases
 * @param copiedUnderFinalNames data sets copied under their final names (TargetDataSet.copiedUnderFinalName)
 */
public record DataSetCounts(int renamed, int withCatalogEntries, int copiedUnderFinalNames) {}
