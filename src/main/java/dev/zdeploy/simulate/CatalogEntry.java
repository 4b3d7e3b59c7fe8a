package dev.zdeploy.simulate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of an ICF catalog (DFSMS Managing Catalogs, "Catalog entries"; AMS DEFINE): NONVSAM
 * (volumes and device types, or {@code ******}/a symbol with {@code DEVICETYPES(0000)} for an
 * indirect entry), CLUSTER with its DATA and INDEX components, ALIAS (of a non-VSAM data set, or of
 * a user catalog in the master catalog), USERCATALOG (a connector), PATH.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class CatalogEntry {
    public static final String NONVSAM = "NONVSAM";
    public static final String CLUSTER = "CLUSTER";
    public static final String DATA = "DATA";
    public static final String INDEX = "INDEX";
    public static final String ALIAS = "ALIAS";
    public static final String USERCATALOG = "USERCATALOG";
    public static final String PATH = "PATH";

    public String type;
    /** Volumes as cataloged: serials, {@code ******} or a symbol such as {@code &SYSR2}. */
    public List<String> volumes = new ArrayList<>();
    /** Device types ({@code 3390}, or {@code 0000} for an indirect entry). */
    public List<String> deviceTypes = new ArrayList<>();
    /** ALIAS: the related entry; DATA/INDEX: the cluster; PATH: the path entry. */
    public String relate;
    /** CLUSTER: the data component name. */
    public String data;
    /** CLUSTER: the index component name, or null. */
    public String index;
    /** NONVSAM, DATA, INDEX: the data it holds (the VTOC's body id), when known. */
    public String body;
    /** Whether the data set is SMS-managed (it has a storage class). */
    public boolean sms;
    /**
     * SMS-managed: the storage class a DFSMSdss COPY STORCLAS passed to the ACS routines (the simulated
     * routines keep it), inherited by copies of the data set; null when no job named one.
     */
    public String storclas;

    public CatalogEntry() {}

    CatalogEntry(String type) {
        this.type = type;
    }

    /**
     * A VSAM component (DATA or INDEX) of {@code cluster}, on {@code volumes} (3390s), holding
     * {@code body}: the one shape in which the initial state, a DFSMSdss COPY, an IDCAMS DEFINE CLUSTER
     * and a GIMUNZIP all catalog one.
     */
    static CatalogEntry component(String type, String cluster, List<String> volumes, String body, boolean sms) {
        CatalogEntry e = new CatalogEntry(type);
        e.relate = cluster;
        e.volumes.addAll(volumes);
        volumes.forEach(v -> e.deviceTypes.add("3390"));
        e.body = body;
        e.sms = sms;
        return e;
    }

    CatalogEntry copy() {
        CatalogEntry e = new CatalogEntry(type);
        e.volumes = new ArrayList<>(volumes);
        e.deviceTypes = new ArrayList<>(deviceTypes);
        e.relate = relate;
        e.data = data;
        e.index = index;
        e.body = body;
        e.sms = sms;
        e.storclas = storclas;
        return e;
    }

    boolean isIndirect() {
        return deviceTypes.contains("0000");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogEntry e && Objects.equals(type, e.type) && volumes.equals(e.volumes)
                && deviceTypes.equals(e.deviceTypes) && Objects.equals(relate, e.relate) && Objects.equals(data, e.data)
                && Objects.equals(index, e.index) && Objects.equals(body, e.body) && sms == e.sms
                && Objects.equals(storclas, e.storclas);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, volumes, relate);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(type);
        if (!volumes.isEmpty()) {
            out.append(" VOLUMES(").append(String.join(" ", volumes)).append(')');
        }
        if (!deviceTypes.isEmpty()) {
            out.append(" DEVICETYPES(").append(String.join(" ", deviceTypes)).append(')');
        }
        if (relate != null) {
            out.append(" RELATE(").append(relate).append(')');
        }
        if (data != null) {
            out.append(" DATA(").append(data).append(')');
        }
        if (index != null) {
            out.append(" INDEX(").append(index).append(')');
        }
        return out.toString();
    }
}
