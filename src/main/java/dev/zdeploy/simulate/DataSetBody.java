package dev.zdeploy.simulate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The data a data set holds, apart from the names it is known by: what it was made from
 * ({@code origin}: the source data set or archive), whether it is complete, and the SMP/E zones of
 * a CSI. A copy gets a new body with the same origin; a rename keeps the body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class DataSetBody {
    public String id;
    /** NONVSAM, CLUSTER (VSAM, a CSI too), LINEAR (zFS), CATALOG. */
    public String kind;
    /** Where the data came from: {@code source:NAME}, {@code archive:ARCHID}, {@code new}. */
    public String origin;
    /** False when a unit of work failed while it was written. */
    public boolean complete = true;
    /** LINEAR: formatted as a zFS aggregate. */
    public Boolean formatted;
    /** The SMP/E zones, for a CSI. */
    public Csi csi;
    /** A partitioned data set's members written by the jobs: member name to its number of records. */
    public java.util.Map<String, Integer> members;

    public DataSetBody() {}

    DataSetBody(String id, String kind, String origin) {
        this.id = id;
        this.kind = kind;
        this.origin = origin;
    }

    DataSetBody copy(String newId) {
        DataSetBody b = new DataSetBody(newId, kind, origin);
        b.complete = complete;
        b.formatted = formatted;
        b.csi = csi == null ? null : csi.copy();
        b.members = members == null ? null : new java.util.TreeMap<>(members);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataSetBody b && Objects.equals(id, b.id) && Objects.equals(kind, b.kind)
                && Objects.equals(origin, b.origin) && complete == b.complete && Objects.equals(formatted, b.formatted)
                && Objects.equals(csi, b.csi) && Objects.equals(members, b.members);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, origin);
    }
}
