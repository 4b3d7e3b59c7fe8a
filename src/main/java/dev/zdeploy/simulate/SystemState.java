package dev.zdeploy.simulate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The model of a z/OS driving system the simulator runs jobs on: volumes with their VTOCs, ICF
 * catalogs, the data held by data sets (CSIs with their zones), the UNIX view, package directories,
 * RACF commands (recorded, not enforced) and system symbols. Its JSON form ({@link StateJson}) is
 * what {@code zdeploy simulate --state-out} writes and {@code --state} reads.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"masterCatalog", "iplVolume", "symbols", "volumes", "catalogs", "bodies", "unix", "packages",
        "racfCommands", "nextId"})
public final class SystemState {
    /** Name of the driving system's master catalog. */
    public String masterCatalog;
    /** The volume the driving system was IPLed from: what {@code ******} and {@code &SYSR1} resolve to. */
    public String iplVolume;
    /** System and JCL symbols without the {@code &} (SYSUID, SYSR2, ...). */
    public Map<String, String> symbols = new TreeMap<>();
    public Map<String, Volume> volumes = new TreeMap<>();
    public Map<String, Catalog> catalogs = new TreeMap<>();
    public Map<String, DataSetBody> bodies = new java.util.HashMap<>();
    public UnixView unix = new UnixView();
    /** Package directory to its archives by archid. */
    public Map<String, Map<String, PackageArchive>> packages = new TreeMap<>();
    public List<String> racfCommands = new ArrayList<>();
    /** The next body id number. */
    public int nextId = 1;
    /**
     * Data sets another job holds for update while the jobs run (SMP/E work on the source instance, say):
     * their SYSDSN enqueue is exclusive, so a copy that asks for it fails, and one that goes on without it
     * (TOLERATE(ENQFAILURE)) copies data that is changing.
     */
    public java.util.Set<String> updating = new java.util.TreeSet<>();
    /**
     * Data sets the driving system's own address spaces have allocated (shared: a running system holds its
     * LNKLST, LPALST, PARMLIB and PROCLIB libraries, ...). Their names are in its SYSDSN enqueue: ALTER
     * cannot rename a non-VSAM data set to one of them (DFSMSdfp Advanced Services, "Renaming a Data Set
     * That Might be in Use"), and DFSMSdss's exclusive enqueue on one fails ("Enqueuing—ENQ"). The
     * minimal driving system holds every SYS1 data set it has (DrivingSystem).
     */
    public java.util.Set<String> allocated = new java.util.TreeSet<>();

    /**
     * True to read SMP/E UCLIN REP as replacing the whole entry with the subentries it names; null (the
     * default) reads it as replacing only those and keeping the others. The manuals retrieved settle
     * neither (docs/manual-syntax.md 9), so a job must be right under both: tests run it under this one too.
     */
    public Boolean repReplacesEntry;

    /** A deep copy. */
    public SystemState copy() {
        SystemState s = new SystemState();
        s.masterCatalog = masterCatalog;
        s.iplVolume = iplVolume;
        s.symbols.putAll(symbols);
        volumes.forEach((k, v) -> s.volumes.put(k, v.copy()));
        catalogs.forEach((k, c) -> s.catalogs.put(k, c.copy()));
        bodies.forEach((k, b) -> s.bodies.put(k, b.copy(b.id)));
        s.unix = unix.copy();
        packages.forEach((k, p) -> s.packages.put(k, new TreeMap<>(p)));
        s.racfCommands.addAll(racfCommands);
        s.nextId = nextId;
        s.updating.addAll(updating);
        s.allocated.addAll(allocated);
        s.repReplacesEntry = repReplacesEntry;
        return s;
    }

    DataSetBody newBody(String kind, String origin) {
        String number = Integer.toString(nextId++);
        String id = "B" + "00000".substring(Math.min(5, number.length())) + number;
        DataSetBody body = new DataSetBody(id, kind, origin);
        bodies.put(id, body);
        return body;
    }

    Catalog master() {
        return catalogs.get(masterCatalog);
    }
}
