package dev.zdeploy.testing;

import dev.zdeploy.descriptor.DsCategory;
import dev.zdeploy.descriptor.DsType;
import dev.zdeploy.descriptor.ZoneType;
import dev.zdeploy.plan.CatalogObjective;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.NewMasterCatalog;
import dev.zdeploy.plan.TargetDataSet;
import dev.zdeploy.plan.TargetDddef;
import dev.zdeploy.plan.TargetZone;
import dev.zdeploy.plan.VolumeMapping;
import dev.zdeploy.plan.VolumeUsage;
import dev.zdeploy.plan.WorkSettings;
import dev.zdeploy.request.SourceType;
import java.util.ArrayList;
import java.util.List;

/** Hand-built plans for testing the stages after the plan without going through the builder. */
public final class PlanFixtures {

    private PlanFixtures() {}

    /** A copy (swi) of {@code count} PDSE libraries plus a CSI, into a new master catalog. */
    public static DeploymentPlan copyPlan(int count) {
        List<TargetDataSet> datasets = new ArrayList<>();
        datasets.add(dataSet("PROD.SMP.CSI", DsType.VSAM, List.of(
                new TargetDddef("TGT", "TGT", "SMPCSI", "PROD.SMP.CSI", "TGT001", "3390", null, null)),
                List.of("GLOBAL", "TGT", "DLIB")));
        for (int i = 1; i <= count; i++) {
            String name = String.format("PROD.LIB%05d", i);
            datasets.add(dataSet(name, DsType.PDSE,
                    List.of(new TargetDddef("TGT", "TGT", String.format("LIB%05d", i), name, "TGT001", "3390", null, null)),
                    List.of()));
        }
        List<TargetZone> zones = List.of(
                new TargetZone("GLOBAL", "GLOBAL", ZoneType.GLOBAL, null, null, "PROD.SMP.CSI", "PROD.SMP.CSI", "TMP.PROD.SMP.CSI"),
                new TargetZone("TGT", "TGT", ZoneType.TARGET, "DLIB", "DLIB", "PROD.SMP.CSI", "PROD.SMP.CSI", "TMP.PROD.SMP.CSI"),
                new TargetZone("DLIB", "DLIB", ZoneType.DLIB, "TGT", "TGT", "PROD.SMP.CSI", "PROD.SMP.CSI", "TMP.PROD.SMP.CSI"));
        return new DeploymentPlan("fixture", SourceType.SWI, "PROD", "SYS1", null, 7, "PROD_1", "USER.JCL.CNTL",
                List.of(), CatalogObjective.NEW_MASTER_CATALOG, new NewMasterCatalog("CATALOG.PROD.MCAT", "TGT001", "TMP"),
                List.of(new VolumeMapping("SRC001", "TGT001", null)), datasets, zones, "PROD.SMP.CSI", List.of(),
                List.of("PROD"), new WorkSettings("&SYSUID", null, "/tmp", null, null, null),
                List.of(new VolumeUsage("TGT001", datasets.size(), 15L * datasets.size(), 150_255, true)), List.of(),
                List.of());
    }

    private static TargetDataSet dataSet(String name, DsType type, List<TargetDddef> dddefs, List<String> csiOfZones) {
        boolean vsam = type == DsType.VSAM;
        return new TargetDataSet(name, name, "TMP." + name, List.of("SRC001"), List.of("TGT001"), "CATALOG.PROD.MCAT",
                vsam ? List.of() : List.of("TMP." + name), "TMP", null, null, type, List.of(DsCategory.TARGET),
                vsam ? null : "FB", vsam ? null : 80, vsam ? null : 27920, 15, 5, 50, 1, false, dddefs, null, null,
                List.of(), null, csiOfZones);
    }
}
