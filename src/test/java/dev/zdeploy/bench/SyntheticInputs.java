package dev.zdeploy.bench;

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
import dev.zdeploy.request.Configuration;
import dev.zdeploy.request.DeploymentRequest;
import dev.zdeploy.request.MasterCatalog;
import dev.zdeploy.request.RenameAction;
import dev.zdeploy.request.RenameRule;
import dev.zdeploy.request.Source;
import dev.zdeploy.request.SourceType;
import dev.zdeploy.request.SystemSettings;
import dev.zdeploy.request.TargetVolume;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A synthetic deployment of any size: SMP/E libraries with one DDDEF each, 2,000 to a source
 * volume, a CSI, a rename rule, a new master catalog, and an inventory as large as the descriptor
 * (so every collision check does real lookups).
 */
final class SyntheticInputs {

    static final int DATA_SETS_PER_VOLUME = 2_000;

    final Descriptor descriptor;
    final DeploymentRequest request;
    final Inventory inventory;

    SyntheticInputs(int count) {
        int volumes = (count + DATA_SETS_PER_VOLUME - 1) / DATA_SETS_PER_VOLUME;
        List<DataSet> datasets = new ArrayList<>(count + 1);
        datasets.add(new DataSet("SYN.SMP.CSI", List.of(source(0)), null, DsType.VSAM, 150, 15, List.of(), null,
                List.of(), false, null, null, null, null, 1, List.of(DsCategory.SMP), null, Map.of()));
        for (int i = 0; i < count; i++) {
            String name = String.format(Locale.ROOT, "SYN.L%06d.SABCLOAD", i);
            List<ZoneDddefs> dddefs = List.of(new ZoneDddefs("TGT",
                    List.of(new Dddef(String.format(Locale.ROOT, "D%06d", i), null, null))));
            datasets.add(new DataSet(name, List.of(source(i / DATA_SETS_PER_VOLUME)), null, DsType.PDSE, 15, 5, dddefs,
                    null, List.of(), false, "U", 0, 32760, 50, 1, List.of(DsCategory.TARGET), null, Map.of()));
        }
        List<Zone> zones = List.of(new Zone("GLOBAL", ZoneType.GLOBAL, null, "SYN.SMP.CSI"),
                new Zone("TGT", ZoneType.TARGET, "DLIB", "SYN.SMP.CSI"),
                new Zone("DLIB", ZoneType.DLIB, "TGT", "SYN.SMP.CSI"));
        descriptor = new Descriptor(7, "2026-01-01T00:00:00Z", "GIMPAF.XML", "SYN", null, "SYN.SMP.CSI", zones,
                datasets, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

        List<TargetVolume> targets = new ArrayList<>();
        List<VolumeCapacity> capacities = new ArrayList<>();
        for (int v = 0; v < volumes; v++) {
            String volume = String.format(Locale.ROOT, "TGT%03d", v);
            targets.add(new TargetVolume(volume, null));
            capacities.add(new VolumeCapacity(volume, null, "3390-9"));
        }
        List<RenameRule> renames = List.of(new RenameRule("dsname=SYN.**",
                List.of(new RenameAction("dsname", "*.**", "*.NEW.**"))));
        request = new DeploymentRequest("synthetic", null, new Source(SourceType.SWI, "SYN", "SYS1", null), targets,
                new MasterCatalog("CATALOG.SYN.MCAT", "TGT000", "SYNTMP"), List.of(), "USER.JCL.CNTL", null, null,
                null, null, new Configuration(renames, List.of(), List.of()), SystemSettings.DEFAULTS);

        List<ExistingDataSet> existing = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            existing.add(new ExistingDataSet(String.format(Locale.ROOT, "OLD.L%06d.SABCLOAD", i),
                    List.of("OLD001"), "CATALOG.MASTER"));
        }
        inventory = new Inventory(existing, List.of(new CatalogAlias("SYN", "UCAT.SYN")), List.of("UCAT.SYN"),
                List.of("SYN_1"), capacities);
    }

    private static String source(int volume) {
        return String.format(Locale.ROOT, "SRC%03d", volume);
    }
}
