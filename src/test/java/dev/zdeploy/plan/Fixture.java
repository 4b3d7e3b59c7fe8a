package dev.zdeploy.plan;

import dev.zdeploy.descriptor.DataSet;
import dev.zdeploy.descriptor.Dddef;
import dev.zdeploy.descriptor.Descriptor;
import dev.zdeploy.descriptor.DsCategory;
import dev.zdeploy.descriptor.DsType;
import dev.zdeploy.descriptor.Zone;
import dev.zdeploy.descriptor.ZoneDddefs;
import dev.zdeploy.descriptor.ZoneType;
import dev.zdeploy.inventory.CatalogAlias;
import dev.zdeploy.inventory.ExistingDataSet;
import dev.zdeploy.inventory.Inventory;
import dev.zdeploy.inventory.VolumeCapacity;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import dev.zdeploy.request.Configuration;
import dev.zdeploy.request.DeploymentRequest;
import dev.zdeploy.request.MasterCatalog;
import dev.zdeploy.request.MountPointChange;
import dev.zdeploy.request.RenameAction;
import dev.zdeploy.request.RenameRule;
import dev.zdeploy.request.Source;
import dev.zdeploy.request.SourceType;
import dev.zdeploy.request.SystemSettings;
import dev.zdeploy.request.TargetVolume;
import dev.zdeploy.request.ZoneRename;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assertions;

/**
 * Inputs for plan tests, written in Java so the tests do not depend on the readers: a fluent,
 * mutable description of a descriptor, a request and an inventory, with defaults that make a valid
 * swi deployment into a new master catalog.
 */
final class Fixture {

    SourceType type = SourceType.SWI;
    String sourceName = "zos24";
    /** The package directory of a portable source. */
    String directory = "/u/smpe/pkg";
    int version = 7;
    final List<DataSet> datasets = new ArrayList<>();
    final List<Zone> zones = new ArrayList<>();
    String globalzone;
    final List<TargetVolume> targetVolumes = new ArrayList<>();
    MasterCatalog mastercatalog = new MasterCatalog("CATALOG.ZOS24.MCAT", "LT1234", "ZOS24");
    final List<RenameRule> renames = new ArrayList<>();
    final List<ZoneRename> zoneRenames = new ArrayList<>();
    final List<MountPointChange> mountpoints = new ArrayList<>();
    SystemSettings settings = SystemSettings.DEFAULTS;
    Inventory inventory;

    static Fixture swi() {
        return new Fixture();
    }

    static Fixture pswi() {
        Fixture fixture = new Fixture();
        fixture.type = SourceType.PSWI;
        return fixture;
    }

    Fixture existingCatalog() {
        mastercatalog = null;
        return this;
    }

    Fixture targets(String... volumes) {
        for (String volume : volumes) {
            targetVolumes.add(new TargetVolume(volume, null));
        }
        return this;
    }

    Fixture indirectTarget(String volume, String symbol) {
        targetVolumes.add(new TargetVolume(volume, symbol));
        return this;
    }

    Fixture add(DataSetSpec spec) {
        datasets.add(spec.build());
        return this;
    }

    Fixture zone(String name, ZoneType type, String related, String csi) {
        zones.add(new Zone(name, type, related, csi));
        if (type == ZoneType.GLOBAL) {
            globalzone = csi;
        }
        return this;
    }

    /** The usual SMP/E set-up: GLOBAL, TGT and DLIB in one CSI. */
    Fixture smpe(String csi) {
        return zone("GLOBAL", ZoneType.GLOBAL, null, csi).zone("TGT", ZoneType.TARGET, "DLIB", csi)
                .zone("DLIB", ZoneType.DLIB, "TGT", csi);
    }

    Fixture rename(String condition, String from, String to) {
        renames.add(new RenameRule("dsname=" + condition, List.of(new RenameAction("dsname", from, to))));
        return this;
    }

    Fixture renameZone(String from, String to) {
        zoneRenames.add(new ZoneRename(from, to));
        return this;
    }

    Fixture moveMountPoint(String from, String to) {
        mountpoints.add(new MountPointChange(from, to));
        return this;
    }

    Fixture inventory(Consumer<InventorySpec> spec) {
        InventorySpec inventorySpec = new InventorySpec();
        spec.accept(inventorySpec);
        inventory = inventorySpec.build();
        return this;
    }

    Descriptor descriptor() {
        return new Descriptor(version, "2026-03-02T14:20:11Z", "GIMPAF.XML", sourceName, null, globalzone, zones,
                datasets, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    DeploymentRequest request() {
        return new DeploymentRequest("deploy", null,
                new Source(type, sourceName, "SYS123", type == SourceType.PSWI ? directory : null), targetVolumes,
                mastercatalog, List.of("//DEPLOY   JOB (1),'SYSPROG'"), "IBMUSR.SMJCL.CNTL", null, null, null, null,
                new Configuration(renames, zoneRenames, mountpoints), settings);
    }

    DeploymentPlan plan() {
        return PlanBuilder.build(descriptor(), request(), inventory);
    }

    /** The errors the builder stops with; fails when it builds a plan. */
    List<Problem> errors() {
        return Assertions.assertThrows(InvalidInputException.class, this::plan).problems();
    }

    TargetDataSet target(String sourceName) {
        return plan().datasets().stream().filter(d -> d.sourceName().equals(sourceName)).findFirst().orElseThrow();
    }

    static DataSetSpec pds(String name, int tracks, String... volumes) {
        return new DataSetSpec(name, DsType.PDS, tracks, volumes);
    }

    static DataSetSpec vsam(String name, int tracks, String... volumes) {
        return new DataSetSpec(name, DsType.VSAM, tracks, volumes);
    }

    static DataSetSpec zfs(String name, int tracks, String mountpoint, String... volumes) {
        DataSetSpec spec = new DataSetSpec(name, DsType.ZFS, tracks, volumes);
        spec.mountpoint = mountpoint;
        return spec;
    }

    /** One descriptor data set. */
    static final class DataSetSpec {
        final String name;
        final DsType type;
        Integer tracks;
        final List<String> volumes;
        String storclas;
        String mountpoint;
        final List<String> unixdirs = new ArrayList<>();
        final List<ZoneDddefs> zonedddefs = new ArrayList<>();
        List<DsCategory> categories = List.of(DsCategory.TARGET);

        DataSetSpec(String name, DsType type, Integer tracks, String... volumes) {
            this.name = name;
            this.type = type;
            this.tracks = tracks;
            this.volumes = Arrays.asList(volumes);
        }

        DataSetSpec dddef(String zone, String dddef) {
            zonedddefs.add(new ZoneDddefs(zone, List.of(new Dddef(dddef, null, null))));
            return this;
        }

        DataSetSpec pathDddef(String zone, String dddef, String path) {
            zonedddefs.add(new ZoneDddefs(zone, List.of(new Dddef(dddef, path, null))));
            return this;
        }

        DataSetSpec storclas(String storageClass) {
            storclas = storageClass;
            return this;
        }

        DataSetSpec unixdir(String directory) {
            unixdirs.add(directory);
            return this;
        }

        DataSetSpec noTracks() {
            tracks = null;
            return this;
        }

        DataSet build() {
            boolean vsam = type == DsType.VSAM || type.isFileSystem();
            return new DataSet(name, volumes, storclas, type, tracks, vsam || tracks == null ? null : tracks / 10 + 1, zonedddefs,
                    mountpoint, unixdirs, false, vsam ? null : "FB", vsam ? null : 80, vsam ? null : 27920, 50,
                    vsam ? null : 1, categories, null, Map.of());
        }
    }

    /** What the driving system already has. */
    static final class InventorySpec {
        final List<ExistingDataSet> datasets = new ArrayList<>();
        final List<CatalogAlias> aliases = new ArrayList<>();
        final List<String> usercatalogs = new ArrayList<>();
        final List<String> softwareinstances = new ArrayList<>();
        final List<VolumeCapacity> volumes = new ArrayList<>();

        InventorySpec dataset(String name, String catalog, String... volumes) {
            datasets.add(new ExistingDataSet(name, List.of(volumes), catalog));
            return this;
        }

        InventorySpec alias(String name, String catalog) {
            aliases.add(new CatalogAlias(name, catalog));
            return this;
        }

        InventorySpec usercatalog(String name) {
            usercatalogs.add(name);
            return this;
        }

        InventorySpec softwareInstance(String name) {
            softwareinstances.add(name);
            return this;
        }

        InventorySpec volume(String volume, long tracks) {
            volumes.add(new VolumeCapacity(volume, tracks, null));
            return this;
        }

        Inventory build() {
            return new Inventory(datasets, aliases, usercatalogs, softwareinstances, volumes);
        }
    }
}
