package dev.zdeploy.simulate;

import dev.zdeploy.jcl.DataRecord;
import dev.zdeploy.jcl.JclSyntaxException;
import dev.zdeploy.jcl.Parameter;
import dev.zdeploy.jcl.SmpeStatements;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * GIMSMP: SET BOUNDARY, UCLIN/ENDUCL with ADD/REP/DEL of DDDEF, GLOBALZONE ZONEINDEX, TARGETZONE
 * and DLIBZONE RELATED; ZONERENAME; LIST. SMPCNTL is read with the SMP/E reader
 * ({@link SmpeStatements}).
 *
 * <ul>
 * <li>The global zone is the CSI of the SMPCSI DD (or PARM CSI=; "If both are specified, SMP/E does
 *     not run": manual-syntax 3.1).</li>
 * <li>SET BOUNDARY opens a zone as SMP/E does (Reference, "Target zone and distribution zone
 *     processing"; manual-syntax 3.2): the zone must have a GLOBALZONE ZONEINDEX subentry; a DD
 *     statement named after the zone gives its CSI, else the ZONEINDEX data set name, located
 *     through the catalogs.</li>
 * <li>Return codes (manual-syntax 3.7): 4 warning, 8 error, 12 a whole command failed. A UCL
 *     statement in error stops only itself; a command runs only when every earlier SET ended with 0,
 *     every earlier UCLIN below 8 and every other command below 12 (the defaults SMP/E states; the
 *     table for UCLIN itself was not retrieved, so the stated defaults are applied to every
 *     command).</li>
 * <li>UCLIN (manual-syntax 3.3, 3.4): ADD of an existing entry is an error; REP creates the entry
 *     or replaces only the subentries it names, keeping the others (the subentry semantics are not
 *     in what we retrieved: this is the reading under which a REP that leaves out VOLUME keeps the
 *     old one, the one that can do harm and so the one to test against; SystemState.repReplacesEntry
 *     selects the other reading, whole entry replaced, under which a REP that leaves out the status
 *     loses it); DEL without subentries
 *     deletes the entry, with subentries only those.</li>
 * <li>SMPPTS and SMPPTS1... are allocated at the step's first SET, from their DD statements, else from the
 *     global zone's DDDEFs (the stricter reading: when SMP/E allocates them is not in what we retrieved);
 *     one reached through a DDDEF is recorded, so a source's SMPPTS an SMP/E step reaches is reported.</li>
 * <li>ZONERENAME (manual-syntax 3.6): after SET BOUNDARY to the zone renamed; the checks documented
 *     there; a ZONEINDEX subentry is added for the new name with the old one's data set
 *     (SAMEDATASET) or NEWDATASET's. What happens to the old name's subentry is not in what we
 *     retrieved: the zone no longer exists under that name, so it is removed; RELATED of other zones
 *     is not changed.</li>
 * </ul>
 */
final class Smpe implements Program {

    private static final Map<String, String> DDDEF_KEYS = Map.ofEntries(Map.entry("DATASET", "DATASET"),
            Map.entry("DA", "DATASET"), Map.entry("DSN", "DATASET"), Map.entry("VOLUME", "VOLUME"),
            Map.entry("VOL", "VOLUME"), Map.entry("UNIT", "UNIT"), Map.entry("PATH", "PATH"),
            Map.entry("SYSOUT", "SYSOUT"), Map.entry("SPACE", "SPACE"), Map.entry("DIR", "DIR"),
            Map.entry("DSNTYPE", "DSNTYPE"), Map.entry("DSPROT", "DSPROT"), Map.entry("PROTECT", "PROTECT"),
            Map.entry("WAITFORDSN", "WAITFORDSN"), Map.entry("BLOCK", "BLOCK"), Map.entry("CYL", "CYL"),
            Map.entry("TRACK", "TRACK"), Map.entry("TRK", "TRACK"), Map.entry("DATACLAS", "DATACLAS"),
            Map.entry("MGMTCLAS", "MGMTCLAS"), Map.entry("STORCLAS", "STORCLAS"), Map.entry("CONCAT", "CONCAT"));
    private static final List<String> STATUS = List.of("SHR", "OLD", "MOD", "NEW");

    private String zoneName;
    private Csi zoneCsi;
    private String zoneBody;
    private Csi globalCsi;
    private String globalBody;
    private boolean setFailed;
    private boolean uclinFailed;
    private boolean commandFailed;
    private boolean ptsAllocated;

    @Override
    public int run(Step step) {
        List<DataRecord> records = step.controlRecords("SMPCNTL");
        if (records == null) {
            step.message("GIM: no SMPCNTL");
            return 16;
        }
        Dd smpcsi = step.dd("SMPCSI");
        String parmCsi = step.parm == null ? null : parmCsi(step.parm);
        if (smpcsi != null && parmCsi != null) {
            step.message("GIM: PARM CSI= and an SMPCSI DD: SMP/E does not run");
            return 16;
        }
        String globalName = smpcsi != null ? smpcsi.dsn() : parmCsi;
        if (globalName == null) {
            step.message("GIM: no global zone CSI (SMPCSI DD or PARM CSI=)");
            return 16;
        }
        Catalogs.Located located = step.catalogs().locateForAllocation(globalName.toUpperCase(Locale.ROOT));
        globalBody = located == null ? null : step.catalogs().bodyOf(located);
        DataSetBody body = globalBody == null ? null : step.state().bodies.get(globalBody);
        if (body == null || body.csi == null || !body.csi.zones.containsKey("GLOBAL")) {
            step.message("GIM: " + globalName + " is not a CSI holding a global zone");
            return 12;
        }
        globalCsi = body.csi;
        SmpeStatements.Result read = SmpeStatements.read(records);
        int rc = 0;
        boolean inUclin = false;
        int uclinRc = 0;
        for (SmpeStatements.Statement statement : read.statements()) {
            List<Parameter> params;
            try {
                params = Parameter.parse(statement.text());
            } catch (JclSyntaxException e) {
                step.message("GIM: " + e.getMessage() + ": return code 12");
                rc = Math.max(rc, 12);
                commandFailed = true;
                continue;
            }
            if (params.isEmpty() || params.get(0).word() == null) {
                step.notModelled(statement.line(), "SMP/E statement " + statement.text());
                rc = Math.max(rc, 12);
                continue;
            }
            String verb = params.get(0).upper();
            if (inUclin) {
                if (verb.equals("ENDUCL")) {
                    inUclin = false;
                    rc = Math.max(rc, uclinRc);
                    uclinFailed |= uclinRc >= 8;
                    continue;
                }
                uclinRc = Math.max(uclinRc, ucl(step, statement, params));
                continue;
            }
            if (setFailed || uclinFailed || commandFailed) {
                step.message("GIM: " + verb + " not processed: an earlier command failed");
                if (verb.equals("UCLIN")) {
                    inUclin = true;
                    uclinRc = 0;
                }
                continue;
            }
            switch (verb) {
                case "SET" -> {
                    if (!ptsAllocated) {
                        ptsAllocated = true;
                        allocatePts(step);
                    }
                    int setRc = set(step, statement, params);
                    rc = Math.max(rc, setRc);
                    setFailed |= setRc > 0;
                }
                case "UCLIN" -> {
                    if (zoneName == null) {
                        step.message("GIM: UCLIN before SET: return code 12");
                        rc = Math.max(rc, 12);
                        commandFailed = true;
                    } else {
                        inUclin = true;
                        uclinRc = 0;
                    }
                }
                case "ZONERENAME" -> {
                    int zrc = zoneRename(step, statement, params);
                    rc = Math.max(rc, zrc);
                    commandFailed |= zrc >= 12;
                }
                case "LIST" -> step.message("LIST: nothing changes");
                default -> {
                    step.notModelled(statement.line(), "SMP/E command " + verb);
                    rc = Math.max(rc, 12);
                    commandFailed = true;
                }
            }
        }
        if (inUclin) {
            step.message("GIM: UCLIN without ENDUCL");
            rc = Math.max(rc, Math.max(uclinRc, 8));
        }
        if (read.lastUnended()) {
            step.message("GIM: the last statement is not ended by a period: return code 12");
            rc = Math.max(rc, 12);
        }
        return rc;
    }

    private static String parmCsi(String parm) {
        for (String part : parm.split(",")) {
            if (part.strip().toUpperCase(Locale.ROOT).startsWith("CSI=")) {
                return part.strip().substring(4);
            }
        }
        return null;
    }

    private int set(Step step, SmpeStatements.Statement statement, List<Parameter> params) {
        String zone = null;
        for (Parameter p : params.subList(1, params.size())) {
            String key = p.upper();
            if ((key.equals("BOUNDARY") || key.equals("BDY")) && p.value() != null) {
                zone = p.value().toUpperCase(Locale.ROOT);
            } else if (key.equals("OPTIONS") || key.equals("OPT")) {
                step.message("SET OPTIONS(" + p.value() + ") noted");
            } else {
                step.notModelled(statement.line(), "SET operand " + p);
                return 12;
            }
        }
        if (zone == null) {
            step.message("GIM: SET without BOUNDARY: return code 12");
            return 12;
        }
        if (zone.equals("GLOBAL")) {
            zoneName = zone;
            zoneCsi = globalCsi;
            zoneBody = globalBody;
            step.message("SET BOUNDARY(GLOBAL)");
            return 0;
        }
        ZoneIndexEntry index = globalCsi.zones.get("GLOBAL").zoneIndex.get(zone);
        if (index == null) {
            step.message("GIM: zone " + zone + " has no ZONEINDEX subentry in the global zone: return code 12");
            zoneName = null;
            return 12;
        }
        Dd zoneDd = step.dd(zone);
        String csiName = zoneDd != null && zoneDd.dsn() != null ? zoneDd.dsn() : index.csi();
        Catalogs.Located located = step.catalogs().locateForAllocation(csiName.toUpperCase(Locale.ROOT));
        String bodyId = located == null ? null : step.catalogs().bodyOf(located);
        DataSetBody body = bodyId == null ? null : step.state().bodies.get(bodyId);
        if (body == null || body.csi == null || !body.csi.zones.containsKey(zone)) {
            step.message("GIM: zone " + zone + " cannot be opened: " + csiName + (body == null ? " cannot be allocated"
                    : " holds no zone " + zone) + ": return code 12");
            zoneName = null;
            return 12;
        }
        zoneName = zone;
        zoneCsi = body.csi;
        zoneBody = bodyId;
        step.message("SET BOUNDARY(" + zone + "): zone in " + csiName + (zoneDd != null ? " (DD " + zone + ")" : ""));
        return 0;
    }

    /**
     * The SMPPTS data set and its spill data sets SMPPTS1... the step would allocate: a DD statement, else
     * the global zone's DDDEF (SMP/E Reference, "DDDEF entry"; "SMPPTS spill data set": up to the first
     * missing number). When SMP/E allocates them for UCLIN or LIST was not retrieved; the stricter reading
     * is taken: at the step's first SET, whatever the command. A data set found through a DDDEF is
     * recorded (Step.allocates), so the comparison reports a source data set an SMP/E step reached.
     */
    private void allocatePts(Step step) {
        CsiZone global = globalCsi.zones.get("GLOBAL");
        for (int i = 0; i <= 99; i++) {
            String ddname = i == 0 ? "SMPPTS" : "SMPPTS" + i;
            if (step.dd(ddname) != null) {
                continue;
            }
            Map<String, String> dddef = global.dddefs.get(ddname);
            if (dddef == null || dddef.get("DATASET") == null) {
                return;
            }
            String name = dddef.get("DATASET").toUpperCase(Locale.ROOT);
            String body;
            if (dddef.get("VOLUME") != null) {
                Volume volume = step.state().volumes.get(dddef.get("VOLUME").toUpperCase(Locale.ROOT));
                VtocEntry entry = volume == null ? null : volume.vtoc.get(name);
                body = entry == null ? null : entry.body;
            } else {
                Catalogs.Located located = step.catalogs().locateForAllocation(name);
                body = located == null ? null : step.catalogs().bodyOf(located);
            }
            if (body != null) {
                step.allocates(ddname + " " + name + " (the global zone's DDDEF " + ddname + ")", body);
            }
        }
    }

    private int ucl(Step step, SmpeStatements.Statement statement, List<Parameter> params) {
        String verb = params.get(0).upper();
        if (!List.of("ADD", "REP", "DEL").contains(verb) || params.size() < 2) {
            step.notModelled(statement.line(), "UCL statement " + statement.text());
            return 12;
        }
        if (step.nextUnitFails()) {
            step.message("GIM: UCL statement failed (injected): return code 8");
            return 8;
        }
        Parameter entry = params.get(1);
        List<Parameter> rest = params.subList(2, params.size());
        CsiZone zone = zoneCsi.zones.get(zoneName);
        return switch (entry.upper()) {
            case "DDDEF" -> dddef(step, statement, verb, entry.value(), rest, zone);
            case "GLOBALZONE" -> globalZone(step, statement, verb, rest, zone);
            case "TARGETZONE", "DLIBZONE" -> zoneEntry(step, statement, verb, entry, rest, zone);
            default -> {
                step.notModelled(statement.line(), "UCL entry type " + entry.word());
                yield 12;
            }
        };
    }

    private int dddef(Step step, SmpeStatements.Statement statement, String verb, String name, List<Parameter> rest,
                      CsiZone zone) {
        if (name == null) {
            step.message("GIM: DDDEF without a name: return code 8");
            return 8;
        }
        name = name.toUpperCase(Locale.ROOT);
        Map<String, String> subentries = new TreeMap<>();
        for (Parameter p : rest) {
            String key = p.upper();
            if (STATUS.contains(key) && !p.hasList()) {
                subentries.put("STATUS", key);
            } else if (DDDEF_KEYS.containsKey(key)) {
                subentries.put(DDDEF_KEYS.get(key), p.hasList() ? String.join(" ", p.words()) : "");
            } else {
                step.notModelled(statement.line(), "DDDEF subentry " + p);
                return 12;
            }
        }
        Map<String, String> existing = zone.dddefs.get(name);
        String where = "zone " + zoneName;
        switch (verb) {
            case "ADD" -> {
                if (existing != null) {
                    step.message("GIM: DDDEF " + name + " already exists in " + where + ": return code 8");
                    return 8;
                }
                zone.dddefs.put(name, subentries);
            }
            case "REP" -> {
                Map<String, String> merged = existing == null || Boolean.TRUE.equals(step.state().repReplacesEntry)
                        ? new TreeMap<>() : existing;
                merged.putAll(subentries);
                zone.dddefs.put(name, merged);
            }
            default -> {
                if (existing == null) {
                    step.message("GIM: DDDEF " + name + " is not in " + where + ": return code 8");
                    return 8;
                }
                if (subentries.isEmpty()) {
                    zone.dddefs.remove(name);
                } else {
                    subentries.keySet().forEach(existing::remove);
                }
            }
        }
        step.opensForUpdate("CSI zone " + zoneName, zoneBody);
        step.change(verb + " DDDEF(" + name + ") in " + where + ": " + zone.dddefs.getOrDefault(name, Map.of()));
        return 0;
    }

    private int globalZone(Step step, SmpeStatements.Statement statement, String verb, List<Parameter> rest,
                           CsiZone zone) {
        if (!zoneName.equals("GLOBAL")) {
            step.message("GIM: GLOBALZONE outside SET BOUNDARY(GLOBAL): return code 8");
            return 8;
        }
        int rc = 0;
        for (Parameter p : rest) {
            if (!p.upper().equals("ZONEINDEX") || !p.hasList()) {
                step.notModelled(statement.line(), "GLOBALZONE subentry " + p);
                return 12;
            }
            for (Parameter triple : p.list()) {
                List<String> words = triple.word() == null ? triple.words() : List.of(triple.word());
                String z = words.isEmpty() ? null : words.get(0).toUpperCase(Locale.ROOT);
                if (z == null || verb.equals("ADD") && words.size() != 3 || verb.equals("REP") && words.size() != 3) {
                    step.message("GIM: ZONEINDEX subentry " + triple + " needs zone, data set and type: return code 8");
                    rc = Math.max(rc, 8);
                    continue;
                }
                switch (verb) {
                    case "ADD" -> {
                        if (zone.zoneIndex.containsKey(z)) {
                            step.message("GIM: ZONEINDEX " + z + " already exists: return code 8");
                            rc = Math.max(rc, 8);
                            continue;
                        }
                        zone.zoneIndex.put(z, new ZoneIndexEntry(words.get(1).toUpperCase(Locale.ROOT),
                                words.get(2).toUpperCase(Locale.ROOT)));
                    }
                    case "REP" -> zone.zoneIndex.put(z, new ZoneIndexEntry(words.get(1).toUpperCase(Locale.ROOT),
                            words.get(2).toUpperCase(Locale.ROOT)));
                    default -> {
                        if (zone.zoneIndex.remove(z) == null) {
                            step.message("GIM: ZONEINDEX " + z + " is not there: return code 8");
                            rc = Math.max(rc, 8);
                            continue;
                        }
                    }
                }
                step.change(verb + " ZONEINDEX " + z + " " + zone.zoneIndex.get(z));
            }
        }
        step.opensForUpdate("CSI global zone", zoneBody);
        return rc;
    }

    private int zoneEntry(Step step, SmpeStatements.Statement statement, String verb, Parameter entry,
                          List<Parameter> rest, CsiZone zone) {
        String name = entry.value() == null ? null : entry.value().toUpperCase(Locale.ROOT);
        String type = entry.upper().equals("TARGETZONE") ? "TARGET" : "DLIB";
        if (name == null || !name.equals(zoneName) || !type.equals(zone.type)) {
            step.message("GIM: " + entry + " does not match the zone set (" + zoneName + ", " + zone.type
                    + "): return code 8");
            return 8;
        }
        if (!verb.equals("REP")) {
            step.notModelled(statement.line(), verb + " " + entry.upper());
            return 12;
        }
        for (Parameter p : rest) {
            if (!p.upper().equals("RELATED") || p.value() == null) {
                step.notModelled(statement.line(), entry.upper() + " subentry " + p);
                return 12;
            }
            zone.related = p.value().toUpperCase(Locale.ROOT);
        }
        step.opensForUpdate("CSI zone " + zoneName, zoneBody);
        step.change("REP " + entry.upper() + "(" + name + ") RELATED(" + zone.related + ")");
        return 0;
    }

    private int zoneRename(Step step, SmpeStatements.Statement statement, List<Parameter> params) {
        String old = params.get(0).value() == null ? null : params.get(0).value().toUpperCase(Locale.ROOT);
        String to = null;
        String newDataset = null;
        boolean same = false;
        String related = null;
        for (Parameter p : params.subList(1, params.size())) {
            switch (p.upper()) {
                case "TO" -> to = p.value() == null ? null : p.value().toUpperCase(Locale.ROOT);
                case "SAMEDATASET" -> same = true;
                case "NEWDATASET" -> newDataset = p.value() == null ? null : p.value().toUpperCase(Locale.ROOT);
                case "RELATED" -> related = p.value() == null ? null : p.value().toUpperCase(Locale.ROOT);
                case "OPTIONS" -> { }
                default -> {
                    step.notModelled(statement.line(), "ZONERENAME operand " + p);
                    return 12;
                }
            }
        }
        if (step.nextUnitFails()) {
            step.message("GIM: ZONERENAME failed (injected): return code 12");
            return 12;
        }
        if (old == null || to == null || same == (newDataset != null)) {
            step.message("GIM: ZONERENAME needs the zone, TO and one of SAMEDATASET or NEWDATASET: return code 12");
            return 12;
        }
        if (old.equals(to)) {
            step.message("GIM59001S ZONE " + old + " WAS NOT RENAMED: THE NEW NAME AND THE OLD NAME ARE THE SAME");
            return 12;
        }
        if (old.equals("GLOBAL")) {
            step.message("GIM59201S the global zone cannot be renamed");
            return 12;
        }
        if (!old.equals(zoneName)) {
            step.message("GIM: ZONERENAME(" + old + ") after SET BOUNDARY(" + zoneName + "): return code 12");
            return 12;
        }
        Map<String, ZoneIndexEntry> index = globalCsi.zones.get("GLOBAL").zoneIndex;
        if (index.containsKey(to)) {
            step.message("GIM: a ZONEINDEX subentry for " + to + " already exists: return code 12");
            return 12;
        }
        if (zoneCsi.zones.containsKey(to)) {
            step.message("GIM: zone " + to + " already exists in the CSI: return code 12");
            return 12;
        }
        ZoneIndexEntry oldIndex = index.get(old);
        if (same && oldIndex == null) {
            step.message("GIM: SAMEDATASET needs a ZONEINDEX subentry for " + old + ": return code 12");
            return 12;
        }
        CsiZone zone = zoneCsi.zones.remove(old);
        if (related != null) {
            zone.related = related;
        }
        zoneCsi.zones.put(to, zone);
        index.remove(old);
        index.put(to, new ZoneIndexEntry(same ? oldIndex.csi() : newDataset, zone.type));
        zoneName = to;
        step.opensForUpdate("CSI zone " + old, zoneBody);
        step.opensForUpdate("CSI global zone", globalBody);
        step.change("zone " + old + " renamed " + to + "; ZONEINDEX " + to + " " + index.get(to));
        return 0;
    }

}
