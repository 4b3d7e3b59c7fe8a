package dev.zdeploy.jcl;

import java.util.Optional;

/**
 * The names VSAM gives the data and index components of a cluster defined without component names
 * (z/OS DFSMS Using Data Sets, "Naming a Cluster", idad400/clname.htm): "VSAM uses the following
 * format to generate names for both system-managed and non-system-managed data sets":
 * <ol>
 *   <li>"If the last qualifier of the name is CLUSTER, replace the last qualifier with DATA for the data
 *       component and INDEX for the index component" ({@code SALES.REGION2.CLUSTER} gives
 *       {@code SALES.REGION2.DATA});</li>
 *   <li>"ELSE if the cluster name is less than or equal to 38 characters, then append .DATA ... and a
 *       .INDEX";</li>
 *   <li>"ELSE if the cluster name is between 39 and 42 characters inclusive, then append a .D ... and a
 *       .I";</li>
 *   <li>else VSAM generates a name nobody can know beforehand: {@link #generated} is empty.</li>
 * </ol>
 * The simulator's DEFINE CLUSTER names components by this rule, and the rename job looks for each name
 * it can give (see plan TargetDataSet.componentRenames). One rule, so the two cannot drift.
 */
public final class VsamComponentNames {

    private static final String CLUSTER_QUALIFIER = ".CLUSTER";

    private VsamComponentNames() {}

    /** A data component name and an index component name. */
    public record Pair(String data, String index) {}

    /** The component names VSAM generates for {@code cluster}; empty when it makes up a name (rule 4). */
    public static Optional<Pair> generated(String cluster) {
        if (cluster.endsWith(CLUSTER_QUALIFIER)) {
            String parent = cluster.substring(0, cluster.length() - CLUSTER_QUALIFIER.length());
            return Optional.of(new Pair(parent + ".DATA", parent + ".INDEX"));
        }
        if (cluster.length() <= 38) {
            return Optional.of(new Pair(cluster + ".DATA", cluster + ".INDEX"));
        }
        if (cluster.length() <= 42) {
            return Optional.of(new Pair(cluster + ".D", cluster + ".I"));
        }
        return Optional.empty();
    }
}
