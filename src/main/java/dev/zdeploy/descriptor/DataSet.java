package dev.zdeploy.descriptor;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One data set of the instance. Numbers arrive in the descriptor as strings ({@code "tracks":"76"})
 * and are held here as numbers; optional ones are null.
 *
 * @param dsname           data set name
 * @param volumes          volume serials, in order (more than one for a multi-volume data set)
 * @param storclas         SMS storage class, or null
 * @param dstype           data set type
 * @param tracks           allocated 3390 tracks
 * @param secondary        secondary space in tracks: not documented, but carried by real descriptors
 * @param zonedddefs       zones and their DDDEFs naming this data set (empty when none)
 * @param mountpoint       mount point of a file system data set, or null
 * @param unixdirs         UNIX directories in this data set holding workflow definitions
 * @param isextendedformat extended format sequential
 * @param recfm            record format, or null
 * @param lrecl            logical record length, or null
 * @param blksize          block size, or null
 * @param used             percent used, or null
 * @param extents          allocated extents, or null
 * @param dscategory       categories
 * @param archid           GIMZIP archive id (portable instances), or null
 * @param extensions       undocumented scalar fields other than {@code secondary}, kept by name (sorted)
 */
public record DataSet(
        String dsname,
        List<String> volumes,
        String storclas,
        DsType dstype,
        Integer tracks,
        Integer secondary,
        List<ZoneDddefs> zonedddefs,
        String mountpoint,
        List<String> unixdirs,
        boolean isextendedformat,
        String recfm,
        Integer lrecl,
        Integer blksize,
        Integer used,
        Integer extents,
        List<DsCategory> dscategory,
        String archid,
        Map<String, String> extensions) {

    public DataSet {
        volumes = List.copyOf(volumes);
        zonedddefs = List.copyOf(zonedddefs);
        unixdirs = List.copyOf(unixdirs);
        dscategory = List.copyOf(dscategory);
        // Sorted, so that whoever lists them lists them the same way every run (Map.copyOf would not).
        // Most data sets have none: one shared empty map, not an empty tree per data set (8 MB per 100,000).
        extensions = extensions.isEmpty() ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(extensions));
    }

    public boolean hasCategory(DsCategory category) {
        return dscategory.contains(category);
    }
}
