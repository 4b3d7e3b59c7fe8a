package dev.zdeploy.plan;

import dev.zdeploy.descriptor.DsCategory;
import dev.zdeploy.descriptor.DsType;
import dev.zdeploy.jcl.NameRules;
import dev.zdeploy.jcl.VsamComponentNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One data set of the target instance, with every decision about it.
 *
 * @param sourceName          name in the source instance
 * @param name                final name in the target
 * @param temporaryName       name it carries while the jobs run ({@code <tempcatalias>.<name>} for a
 *                            copy into a new master catalog, {@code <name>.#} for an unzip, ...)
 * @param sourceVolumes       source volume serials
 * @param volumes             target volume serials, volume by volume
 * @param catalog             catalog it is cataloged in (the new master catalog), or null for the
 *                            driving system's existing catalog structure
 * @param aliases             names for driving-system access ({@code <tempcatalias>.<name>}): a data set
 *                            alias of a non-VSAM data set, a path over a CSI's cluster (see
 *                            {@link #aliasEntryType()})
 * @param tempcatalias        the temporary catalog alias it is reached through, or null
 * @param indirectcatalogsymbol volume symbol when cataloged indirectly, else null
 * @param storclas            SMS storage class, or null
 * @param dstype              data set type
 * @param dscategory          categories
 * @param recfm               record format, or null
 * @param lrecl               logical record length, or null
 * @param blksize             block size, or null
 * @param tracks              allocated tracks
 * @param secondary           secondary space in tracks, or null
 * @param used                percent used, or null
 * @param extents             extents, or null
 * @param extendedformat      the descriptor's {@code isextendedformat}: an extended format sequential data set
 * @param dddefs              DDDEF entries naming it, with their new values
 * @param sourceMountpoint    file system: mount point in the source, else null
 * @param mountpoint          file system: mount point in the target, else null
 * @param unixdirs            workflow directories it holds
 * @param archid              pswi: GIMZIP archive id, else null
 * @param csiOfZones          final names of the zones whose CSI this is; empty when it is no CSI
 * @param storclasAssigned    true when the request gave {@code storclas} (a v2 storclas action), which the
 *                            copy then passes to the ACS routines (DFSMSdss COPY STORCLAS); false when
 *                            it is the source's own class (or null)
 * @param underFinalName      true when the copy job creates the data set under its final name on the
 *                            target volumes and catalogs it in the new master catalog itself (DFSMSdss
 *                            COPY without renaming, RECATALOG(newcat)), instead of a temporary name that
 *                            the rename job would rename: a name the driving system may hold cannot be
 *                            renamed to (issue 10 major 12; see {@link #copiedUnderFinalName()})
 */
public record TargetDataSet(
        String sourceName,
        String name,
        String temporaryName,
        List<String> sourceVolumes,
        List<String> volumes,
        String catalog,
        List<String> aliases,
        String tempcatalias,
        String indirectcatalogsymbol,
        String storclas,
        DsType dstype,
        List<DsCategory> dscategory,
        String recfm,
        Integer lrecl,
        Integer blksize,
        int tracks,
        Integer secondary,
        Integer used,
        Integer extents,
        boolean extendedformat,
        List<TargetDddef> dddefs,
        String sourceMountpoint,
        String mountpoint,
        List<String> unixdirs,
        String archid,
        List<String> csiOfZones,
        boolean storclasAssigned,
        boolean underFinalName) {

    public TargetDataSet {
        sourceVolumes = List.copyOf(sourceVolumes);
        volumes = List.copyOf(volumes);
        aliases = List.copyOf(aliases);
        dscategory = List.copyOf(dscategory);
        dddefs = List.copyOf(dddefs);
        unixdirs = List.copyOf(unixdirs);
        csiOfZones = List.copyOf(csiOfZones);
    }

    public boolean isVsam() {
        return dstype == DsType.VSAM;
    }

    /** True for VSAM clusters, zFS aggregates (VSAM linear data sets) included. */
    public boolean isVsamCluster() {
        return DataSetPlanner.isVsamCluster(dstype);
    }

    /** True when the data set carries a temporary name while the jobs run and the rename job renames it. */
    public boolean needsRename() {
        return !temporaryName.equals(name);
    }

    /** True when SMS manages the data set (it has a storage class): SMS, not zdeploy, picks its volume. */
    public boolean isSmsManaged() {
        return storclas != null;
    }

    /**
     * True when the copy job copies the data set under its final name (its temporary name is its final
     * name) and catalogs it in the new master catalog, so that no job renames it. Chosen for every
     * non-VSAM, non-SMS-managed data set of a copy into a new master catalog whose final name is its
     * source name: a name the driving system has, and may have allocated (SYS1.LINKLIB while it runs from
     * its own), which ALTER NEWNAME cannot give a data set then (DFSMSdfp Advanced Services, "Renaming a
     * Data Set That Might be in Use": "you cannot rename a data set whose name is the same as any data
     * set that is allocated to another address space in the same system or in the scope of the SYSDSN
     * enqueue"). DFSMSdss copies it to the target volumes under the same name ("RECATALOG": "catalogs the
     * target data set in the newcatname catalog"; docs/manual-syntax.md 2.2).
     */
    public boolean copiedUnderFinalName() {
        return underFinalName;
    }

    /**
     * The name by which a job on the driving system reaches this non-VSAM target once the rename job has
     * run: its data set alias {@code <tempcatalias>.<name>} in a new master catalog (the temporary name
     * turned alias, or the alias of a data set copied under its final name, whose final name on the
     * driving system finds the driving system's own data set), else its final name.
     */
    public String aliasReachingIt() {
        return temporaryNameBecomesAlias() || copiedUnderFinalName() && !aliases.isEmpty() && !isVsamCluster()
                ? aliases.get(0) : name;
    }

    /**
     * The component entries of a VSAM cluster the rename job looks for, each renamed when LISTCAT finds
     * it (ALTER renames one catalog entry: DFSMS Access Method Services Commands, ALTER, "Alter a Cluster
     * Name and the Associated Data and Index Names: Example 8"): every name a component of the temporary
     * cluster can carry by a documented rule, since IDCAMS cannot read a LISTCAT's output and rename what
     * it lists.
     * <ul>
     *   <li>VSAM's own names for a cluster defined without component names (DFSMS Using Data Sets, "Naming
     *       a Cluster": {@link VsamComponentNames}): {@code <cluster>.DATA}/{@code .INDEX} up to 38
     *       characters, {@code .D}/{@code .I} for 39 to 42, and the last qualifier CLUSTER replaced by
     *       DATA/INDEX. That is how the zFS job's DEFINE names them, and GIMUNZIP's VSAM data sets.</li>
     *   <li>{@code <cluster>.DATA}/{@code .INDEX}, the names DFSMSdss "might append" to a renamed
     *       cluster's name (DFSMSdss Storage Administration, "Renaming data sets during dump processing",
     *       which refers to the RENAMEUNCONDITIONAL rule of "Renaming data sets"; the general part of that
     *       rule was not retrieved: docs/manual-syntax.md 9).</li>
     * </ul>
     * A component under the temporary name keeps its suffix under the final name ({@code <tmp>.D} becomes
     * {@code <final>.D}); the CLUSTER form keeps its form. A name over 44 characters is left out. A
     * component named otherwise (a cluster name over 42 characters, for which VSAM makes a name up, or a
     * DFSMSdss derivation outside these) is not renamed: the verification job lists the cluster with its
     * components. Empty for non-VSAM data sets and when no rename is needed. The plan leaves out a name
     * that is another data set's ({@link DeploymentPlan#componentRenames}).
     */
    public List<NameChange> componentRenames() {
        if (!isVsamCluster() || !needsRename()) {
            return List.of();
        }
        boolean indexed = dstype != DsType.ZFS;
        Map<String, String> changes = new LinkedHashMap<>();
        VsamComponentNames.generated(temporaryName).ifPresent(pair -> {
            changes.put(pair.data(), finalComponent(pair.data()));
            if (indexed) {
                changes.put(pair.index(), finalComponent(pair.index()));
            }
        });
        changes.putIfAbsent(temporaryName + ".DATA", name + ".DATA");
        if (indexed) {
            changes.putIfAbsent(temporaryName + ".INDEX", name + ".INDEX");
        }
        List<NameChange> out = new ArrayList<>();
        changes.forEach((from, to) -> {
            if (to != null && from.length() <= NameRules.MAX_DSN_LENGTH && to.length() <= NameRules.MAX_DSN_LENGTH) {
                out.add(new NameChange(from, to));
            }
        });
        return List.copyOf(out);
    }

    /** The final name of a component VSAM named {@code component} after the temporary cluster name. */
    private String finalComponent(String component) {
        if (component.startsWith(temporaryName + ".")) {
            return name + component.substring(temporaryName.length());
        }
        // The CLUSTER form: <parent>.CLUSTER gave <parent>.DATA; the final name keeps the form when it ends
        // with CLUSTER too, else the component goes under the final cluster name.
        String qualifier = component.substring(component.lastIndexOf('.'));
        return name.endsWith(".CLUSTER") ? name.substring(0, name.length() - ".CLUSTER".length()) + qualifier
                : name + qualifier;
    }

    /**
     * True when the rename job makes the temporary name a data set alias of the final name: on a rerun
     * a LISTCAT of the temporary name then finds that alias (LISTCAT lists alias entries: DFSMS Access
     * Method Services Commands, "LISTCAT"), so the job must ask for the final name first to see that
     * the data set was renamed.
     */
    public boolean temporaryNameBecomesAlias() {
        return needsRename() && aliases.contains(temporaryName);
    }

    /**
     * The catalog entry type of this data set's {@link #aliases()}: {@code PATH} for a VSAM cluster (a CSI,
     * reached through a path defined over it "as though it were an alias for the cluster": DFSMS Access
     * Method Services Commands, "DEFINE PATH"), {@code ALIAS} for a non-VSAM data set ("DEFINE ALIAS").
     */
    public String aliasEntryType() {
        return isVsamCluster() ? "PATH" : "ALIAS";
    }

    /**
     * True for a VSAM cluster that is, or may be, extended format. Extended format is a data class attribute
     * of SMS-managed data sets, which the descriptor does not carry ({@code isextendedformat} is documented
     * for sequential data sets), so every SMS-managed cluster counts, and so does one the descriptor marks
     * and a zFS aggregate over 4 GB, which needs extended addressability and so extended format
     * ({@link ZfsSpace}). DFSMSdss copies them without TOLERATE(ENQFAILURE): "You cannot use the
     * TOLERATE(ENQF) keyword when performing a logical copy operation with VSAM extended-format data sets"
     * (DFSMSdss Storage Administration, COPY "TOLERATE"; manual-syntax 2.2). Taking one too many is the
     * stricter error: without the keyword, a cluster in use stops the copy instead of being copied.
     */
    public boolean isExtendedFormatVsam() {
        return isVsamCluster() && (isSmsManaged() || extendedformat
                || dstype == DsType.ZFS && ZfsSpace.needsExtendedAddressability(tracks));
    }

    public boolean isFileSystem() {
        return dstype.isFileSystem();
    }

    public boolean isCsi() {
        return !csiOfZones.isEmpty();
    }

    /**
     * True for a CSI or an SMP/E control data set (descriptor category SMP, GLOBAL or SMPTLIB: "SMP/E
     * control data set associated with the global zone", ...): the data sets SMP/E work on the source
     * updates, which the copy must not take while they change.
     */
    public boolean isSmpeDataSet() {
        return isCsi() || dscategory.contains(DsCategory.SMP) || dscategory.contains(DsCategory.GLOBAL)
                || dscategory.contains(DsCategory.SMPTLIB);
    }

    public boolean isRenamed() {
        return !name.equals(sourceName);
    }

    public boolean isIndirect() {
        return indirectcatalogsymbol != null;
    }

    public boolean isMultiVolume() {
        return volumes.size() > 1;
    }

    /**
     * Tracks planned on the target volume at {@code volumeIndex}: a multi-volume data set's tracks are
     * split evenly over its volumes, the remainder to the first.
     */
    public int tracksOn(int volumeIndex) {
        Objects.checkIndex(volumeIndex, volumes.size());
        int share = tracks / volumes.size();
        return volumeIndex == 0 ? share + tracks % volumes.size() : share;
    }

    public boolean isMountPointMoved() {
        return mountpoint != null && !mountpoint.equals(sourceMountpoint);
    }
}
