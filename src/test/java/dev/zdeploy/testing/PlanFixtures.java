package dev.zdeploy.testing;

import dev.zdeploy.descriptor.DsCategory;
import dev.zdeploy.descriptor.DsType;
import dev.zdeploy.descriptor.ZoneType;
import dev.zdeploy.plan.CatalogObjective;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.MountPointMove;
import dev.zdeploy.plan.NewMasterCatalog;
import dev.zdeploy.plan.TargetDataSet;
import dev.zdeploy.plan.TargetDddef;
import dev.zdeploy.plan.TargetZone;
import dev.zdeploy.plan.VolumeMapping;
import dev.zdeploy.plan.VolumeUsage;
import dev.zdeploy.plan.WorkSettings;
import dev.zdeploy.request.SourceType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Hand-built plans for testing the stages after the plan without going through the builder. They
 * follow PlanBuilder's rules (temporary names, aliases, catalogs, DDDEF volumes) so that what the
 * templates see is what a real plan holds.
 */
public final class PlanFixtures {

    /** The new master catalog of the fixtures. */
    public static final String MCAT = "CATALOG.PROD.MCAT";
    /** Its temporary catalog alias. */
    public static final String ALIAS = "TMP";

    private PlanFixtures() {}

    /** A copy (swi) of {@code count} PDSE libraries plus a CSI, into a new master catalog. */
    public static DeploymentPlan copyPlan(int count) {
        Builder builder = swi().csi("PROD.SMP.CSI");
        for (int i = 1; i <= count; i++) {
            builder.library(String.format("PROD.LIB%05d", i), "TGT", String.format("LIB%05d", i));
        }
        return builder.build();
    }

    /** A copy (swi) into a new master catalog: start here and add data sets. */
    public static Builder swi() {
        return new Builder(SourceType.SWI);
    }

    /** A portable instance (pswi), descriptor version 9, into a new master catalog. */
    public static Builder pswi() {
        return new Builder(SourceType.PSWI);
    }

    /** Builds plans the way PlanBuilder decides them. */
    public static final class Builder {
        private final SourceType type;
        private boolean newMasterCatalog = true;
        private String renamePrefix;
        private List<String> jobStatement = List.of();
        private final Map<String, String> volumeMap = new LinkedHashMap<>();
        private final Map<String, String> indirect = new LinkedHashMap<>();
        private final Map<String, String> zoneRenames = new LinkedHashMap<>();
        private final Map<String, String> mountMoves = new LinkedHashMap<>();
        private final List<Source> sources = new ArrayList<>();
        private String globalCsi;
        private String sourceDirectory = "/u/smpe/smpnts/PROD";
        private String workPath = "/tmp";

        private Builder(SourceType type) {
            this.type = type;
            volumeMap.put("SRC001", "TGT001");
        }

        /** Deploy into the existing catalog; final names get {@code prefix} in front (rename rule). */
        public Builder existingCatalog(String prefix) {
            newMasterCatalog = false;
            return renamed(prefix);
        }

        /** Final names are {@code <prefix>.<source name>}. */
        public Builder renamed(String prefix) {
            renamePrefix = prefix;
            return this;
        }

        public Builder jobStatement(String... cards) {
            jobStatement = List.of(cards);
            return this;
        }

        public Builder volume(String source, String target) {
            volumeMap.put(source, target);
            return this;
        }

        /** Catalog the targets on {@code targetVolume} indirectly with {@code symbol}. */
        public Builder indirect(String targetVolume, String symbol) {
            indirect.put(targetVolume, symbol);
            return this;
        }

        public Builder renameZone(String from, String to) {
            zoneRenames.put(from, to);
            return this;
        }

        public Builder moveMountPoint(String from, String to) {
            mountMoves.put(from, to);
            return this;
        }

        public Builder sourceDirectory(String directory) {
            sourceDirectory = directory;
            return this;
        }

        public Builder workPath(String path) {
            workPath = path;
            return this;
        }

        /** The global CSI holding zones GLOBAL, TGT (target, related DLIB) and DLIB. */
        public Builder csi(String name) {
            globalCsi = name;
            sources.add(new Source(name, DsType.VSAM, List.of("SRC001"), List.of(), null, null));
            return this;
        }

        /** A PDSE library on SRC001 with a data set DDDEF in {@code zone}. */
        public Builder library(String name, String zone, String dddef) {
            return dataSet(name, DsType.PDSE, List.of("SRC001"), zone, dddef);
        }

        /** A data set on {@code volumes}, with a data set DDDEF when {@code zone} is not null. */
        public Builder dataSet(String name, DsType dsType, List<String> volumes, String zone, String dddef) {
            List<String[]> dddefs = zone == null ? List.of() : List.<String[]>of(new String[] {zone, dddef, null});
            sources.add(new Source(name, dsType, volumes, dddefs, null, null));
            return this;
        }

        /** A zFS mounted at {@code mountpoint} with a PATH DDDEF {@code path} in zone TGT. */
        public Builder zfs(String name, String mountpoint, String dddef, String path) {
            sources.add(new Source(name, DsType.ZFS, List.of("SRC001"), List.<String[]>of(new String[] {"TGT", dddef, path}),
                    mountpoint, null));
            return this;
        }

        /** An SMS-managed PDSE (storage class {@code storclas}) without DDDEF. */
        public Builder smsLibrary(String name, String storclas) {
            return smsDataSet(name, DsType.PDSE, storclas);
        }

        /** An SMS-managed data set of {@code dsType} (storage class {@code storclas}) on SRC001, without DDDEF. */
        public Builder smsDataSet(String name, DsType dsType, String storclas) {
            sources.add(new Source(name, dsType, List.of("SRC001"), List.of(), null, storclas));
            return this;
        }

        public DeploymentPlan build() {
            List<TargetDataSet> datasets = new ArrayList<>();
            for (Source source : sources) {
                datasets.add(target(source));
            }
            List<TargetZone> zones = new ArrayList<>();
            if (globalCsi != null) {
                TargetDataSet csi = datasets.stream().filter(ds -> ds.sourceName().equals(globalCsi)).findFirst()
                        .orElseThrow();
                zones.add(zone("GLOBAL", ZoneType.GLOBAL, null, csi));
                zones.add(zone("TGT", ZoneType.TARGET, "DLIB", csi));
                zones.add(zone("DLIB", ZoneType.DLIB, "TGT", csi));
            }
            List<VolumeMapping> mappings = new ArrayList<>();
            volumeMap.forEach((from, to) -> mappings.add(new VolumeMapping(from, to, indirect.get(to))));
            List<MountPointMove> moves = new ArrayList<>();
            for (TargetDataSet ds : datasets) {
                if (ds.isMountPointMoved()) {
                    moves.add(new MountPointMove(ds.name(), ds.sourceMountpoint(), ds.mountpoint()));
                }
            }
            TreeSet<String> hlqs = new TreeSet<>();
            datasets.forEach(ds -> hlqs.add(ds.name().substring(0, ds.name().indexOf('.'))));
            List<VolumeUsage> usage = new ArrayList<>();
            for (String target : new TreeSet<>(volumeMap.values())) {
                usage.add(new VolumeUsage(target, datasets.size(), 15L * datasets.size(), 150_255, true));
            }
            NewMasterCatalog master = newMasterCatalog ? new NewMasterCatalog(MCAT, "TGT001", ALIAS, null) : null;
            return new DeploymentPlan("fixture", type, "PROD", "SYS1", type == SourceType.PSWI ? sourceDirectory : null,
                    type == SourceType.PSWI ? 9 : 7, "PROD_1", "USER.JCL.CNTL", jobStatement,
                    newMasterCatalog ? CatalogObjective.NEW_MASTER_CATALOG : CatalogObjective.EXISTING_CATALOG, master,
                    mappings, datasets, zones, globalCsi == null ? null : finalName(globalCsi), moves, List.copyOf(hlqs),
                    new WorkSettings("&SYSUID", null, workPath, null, null, null), usage, List.of(), List.of());
        }

        private TargetZone zone(String name, ZoneType zoneType, String related, TargetDataSet csi) {
            return new TargetZone(name, zoneName(name), zoneType, related, related == null ? null : zoneName(related),
                    csi.sourceName(), csi.name(), csi.temporaryName());
        }

        private String zoneName(String source) {
            return zoneRenames.getOrDefault(source, source);
        }

        private String finalName(String source) {
            return renamePrefix == null ? source : renamePrefix + "." + source;
        }

        private TargetDataSet target(Source source) {
            String name = finalName(source.name);
            boolean csi = source.name.equals(globalCsi);
            boolean vsamCluster = source.type == DsType.VSAM || source.type == DsType.ZFS;
            List<String> volumes = source.volumes.stream().map(volumeMap::get).toList();
            String symbol = indirect.get(volumes.get(0));
            if (symbol != null && (vsamCluster || source.storclas != null || volumes.size() > 1)) {
                symbol = null;
            }
            String temporaryName;
            if (newMasterCatalog) {
                temporaryName = ALIAS + "." + name;
            } else if (type == SourceType.PSWI && !csi) {
                temporaryName = name + ".#";
            } else {
                temporaryName = name;
            }
            String catalog = newMasterCatalog ? MCAT : null;
            boolean direct = symbol == null;
            String tempcatalias = newMasterCatalog && direct ? ALIAS : null;
            // A CSI gets a path of that name over its cluster (DataSetPlanner), other VSAM clusters nothing.
            List<String> aliases = newMasterCatalog && direct && (!vsamCluster || csi) ? List.of(ALIAS + "." + name)
                    : List.of();
            String dddefVolume = newMasterCatalog && source.storclas == null ? volumes.get(0) : null;
            List<TargetDddef> dddefs = new ArrayList<>();
            for (String[] dddef : source.dddefs) {
                if (dddef[2] == null) {
                    dddefs.add(new TargetDddef(zoneName(dddef[0]), dddef[0], dddef[1], name, dddefVolume,
                            dddefVolume == null ? null : "3390", null, null, dddefVolume == null ? List.of() : volumes));
                } else {
                    dddefs.add(new TargetDddef(zoneName(dddef[0]), dddef[0], dddef[1], null, null, null, dddef[2],
                            moved(dddef[2])));
                }
            }
            boolean vsam = source.type == DsType.VSAM;
            return new TargetDataSet(source.name, name, temporaryName, source.volumes, volumes, catalog, aliases,
                    tempcatalias, symbol, source.storclas, source.type,
                    List.of(csi ? DsCategory.SMP : DsCategory.TARGET), vsam ? null : "FB", vsam ? null : 80,
                    vsam ? null : 27920, 15 * volumes.size(), 5, 50, 1, false, dddefs, source.mountpoint,
                    moved(source.mountpoint), List.of(), type == SourceType.PSWI ? "ARCH." + source.name : null,
                    csi ? List.of(zoneName("GLOBAL"), zoneName("TGT"), zoneName("DLIB")) : List.of(), false, false);
        }

        private String moved(String path) {
            if (path == null) {
                return null;
            }
            for (Map.Entry<String, String> move : mountMoves.entrySet()) {
                if (path.equals(move.getKey()) || path.startsWith(move.getKey() + "/")) {
                    return move.getValue() + path.substring(move.getKey().length());
                }
            }
            return path;
        }
    }

    private record Source(String name, DsType type, List<String> volumes, List<String[]> dddefs, String mountpoint,
            String storclas) {}
}
