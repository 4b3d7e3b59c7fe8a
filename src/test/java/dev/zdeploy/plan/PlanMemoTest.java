package dev.zdeploy.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zdeploy.bench.SyntheticJson;
import dev.zdeploy.descriptor.DsType;
import dev.zdeploy.descriptor.ZoneType;
import dev.zdeploy.input.InputReader;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.request.SourceType;
import dev.zdeploy.testing.PlanFixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole-plan values a plan computes once (PlanMemo, PlanZones, Once): the same values as computing
 * them from the data sets every time (the computations they replace are kept here as the reference),
 * one instance per plan also under concurrent first use, never shared between plans, and the plan's
 * equals, hashCode and toString unchanged.
 */
class PlanMemoTest {

    static Stream<String> plans() {
        return Stream.concat(GoldenPlansTest.scenarios().stream(),
                Stream.of("fixture:sms", "fixture:cluster-siblings", "fixture:indirect", "fixture:existing",
                        "synthetic:1000"));
    }

    static DeploymentPlan plan(String name) {
        return switch (name) {
            case "fixture:sms" -> PlanFixtures.swi().csi("PROD.SMP.CSI").library("PROD.LIB", "TGT", "LIB")
                    .smsLibrary("PROD.SMS1", "SCLIB").smsLibrary("PROD.SMS2", "SCLIB").smsLibrary("PROD.SMP.CSI2", "SC2")
                    .library("PROD.SMPPTS", "GLOBAL", "SMPPTS").library("PROD.SMPPTS1", "GLOBAL", "SMPPTS1").build();
            case "fixture:cluster-siblings" -> PlanFixtures.swi()
                    .dataSet("PROD.KSDS.CLUSTER", DsType.VSAM, List.of("SRC001"), null, null)
                    .dataSet("PROD.OTHER.CLUSTER", DsType.VSAM, List.of("SRC001"), null, null)
                    .library("PROD.KSDS.DATA", "TGT", "KSDSDATA").library("PROD.OTHER.INDEX", "TGT", "OTHERIX")
                    .csi("PROD.SMP.CSI").build();
            case "fixture:indirect" -> PlanFixtures.swi().volume("SRC001", "TGT001").indirect("TGT001", "&SYSR2")
                    .csi("PROD.SMP.CSI").library("PROD.SMPPTS", "GLOBAL", "SMPPTS").library("PROD.A", "TGT", "A")
                    .build();
            case "fixture:existing" -> PlanFixtures.swi().existingCatalog("NEW").csi("PROD.SMP.CSI")
                    .library("PROD.SMPPTS", "GLOBAL", "SMPPTS").library("PROD.B", "DLB", "B").build();
            case "synthetic:1000" -> {
                SyntheticJson json = new SyntheticJson(1000);
                Inputs in = InputReader.read("descriptor.json", json.descriptor, "request.json", json.request);
                yield PlanBuilder.build(in.descriptor(), in.request(), in.inventory());
            }
            default -> GoldenPlansTest.plan(name);
        };
    }

    @ParameterizedTest
    @MethodSource("plans")
    void theSameValuesAsComputedFromTheDataSetsEveryTime(String name) {
        DeploymentPlan plan = plan(name);
        Set<String> zoneNames = new LinkedHashSet<>();
        plan.zones().forEach(zone -> zoneNames.add(zone.name()));
        plan.datasets().forEach(ds -> ds.dddefs().forEach(dd -> zoneNames.add(dd.zone())));
        zoneNames.add("NOSUCHZONE");
        // Twice: computed, then remembered.
        for (int round = 0; round < 2; round++) {
            for (String zone : zoneNames) {
                assertEquals(Reference.dddefsOfZone(plan, zone), plan.dddefsOfZone(zone), zone);
                assertEquals(Reference.changedDddefsOfZone(plan, zone), plan.changedDddefsOfZone(zone), zone);
            }
            assertEquals(Reference.smpptsDds(plan), plan.smpptsDds());
            assertEquals(Reference.namesOnTargetVolumes(plan), plan.namesOnTargetVolumes());
            assertEquals(Reference.vtocChecks(plan), plan.vtocChecks());
            assertEquals(Reference.chosenTargetVolumes(plan), plan.chosenTargetVolumes());
            assertEquals(Reference.smsManagedFinalNamesToCheck(plan), plan.smsManagedFinalNamesToCheck());
            assertEquals(Reference.namesCatalogOfSmsManagedDataSets(plan), plan.namesCatalogOfSmsManagedDataSets());
            assertEquals(Reference.newHighLevelQualifiers(plan), plan.newHighLevelQualifiers());
            assertEquals(Reference.copyGroups(plan.datasets()), plan.copyGroups());
            assertEquals(Reference.needsZoneUpdate(plan), plan.needsZoneUpdate());
            assertEquals(Reference.finalNamesPossiblyAllocated(plan), plan.finalNamesPossiblyAllocated());
            assertEquals(Reference.assignedStorageClasses(plan), plan.assignedStorageClasses());
            assertEquals(Reference.iplText(plan), plan.iplText());
            // What UC, VF and DA selected from their data sets with jcl.named.
            assertEquals(plan.hasSmpe() ? plan.datasets().stream().filter(ds -> ds.name().equals(plan.globalZoneCsi())).toList()
                    : List.of(), plan.globalCsiDataSets());
            for (TargetDataSet ds : plan.datasets()) {
                assertEquals(Reference.componentRenames(plan, ds), plan.componentRenames(ds), ds.name());
                assertEquals(plan.workDirectory("IZUD04ZF") + "/FS" + (plan.datasets().indexOf(ds) + 1),
                        plan.temporaryMountPoint("IZUD04ZF", ds), ds.name());
            }
        }
    }

    @Test
    void aComponentNameIsDroppedOnlyWhenADataSetOtherThanItsClusterHasIt() {
        DeploymentPlan plan = plan("fixture:cluster-siblings");
        TargetDataSet ksds = named(plan, "PROD.KSDS.CLUSTER");
        assertEquals(List.of(new NameChange("TMP.PROD.KSDS.INDEX", "PROD.KSDS.INDEX"),
                new NameChange("TMP.PROD.KSDS.CLUSTER.DATA", "PROD.KSDS.CLUSTER.DATA"),
                new NameChange("TMP.PROD.KSDS.CLUSTER.INDEX", "PROD.KSDS.CLUSTER.INDEX")), plan.componentRenames(ksds));
        // A cluster the plan does not hold is compared with every data set's names, as before.
        TargetDataSet stranger = named(plan("fixture:cluster-siblings"), "PROD.OTHER.CLUSTER");
        assertEquals(Reference.componentRenames(plan, stranger), plan.componentRenames(stranger));
        assertEquals(3, plan.componentRenames(stranger).size());
        // A data set the plan does not hold has the position indexOf gives it, as before.
        DeploymentPlan trees = plan("pswi-v9-zfs-moved-mountpoint");
        TargetDataSet foreign = named(plan("fixture:sms"), "PROD.LIB");
        assertEquals(trees.workDirectory("IZUD04ZF") + "/FS0", trees.temporaryMountPoint("IZUD04ZF", foreign));
        // The same cluster listed twice is still not "another data set".
        List<TargetDataSet> twice = new ArrayList<>(plan.datasets());
        twice.add(ksds);
        DeploymentPlan doubled = withDataSets(plan, twice);
        assertEquals(Reference.componentRenames(doubled, ksds), doubled.componentRenames(ksds));
    }

    @Test
    void askedAgainTheSameInstance() {
        DeploymentPlan plan = plan("synthetic:1000");
        assertSame(plan.dddefsOfZone("XYZTGT"), plan.dddefsOfZone("XYZTGT"));
        assertSame(plan.changedDddefsOfZone("XYZDLB"), plan.changedDddefsOfZone("XYZDLB"));
        assertSame(plan.smpptsDds(), plan.smpptsDds());
        assertSame(plan.namesOnTargetVolumes(), plan.namesOnTargetVolumes());
        assertSame(plan.vtocChecks(), plan.vtocChecks());
        assertSame(plan.chosenTargetVolumes(), plan.chosenTargetVolumes());
        assertSame(plan.copyGroups(), plan.copyGroups());
        assertSame(plan.assignedStorageClasses(), plan.assignedStorageClasses());
        assertSame(plan.globalCsiDataSets(), plan.globalCsiDataSets());
    }

    @Test
    void theValuesCannotBeChanged() {
        DeploymentPlan plan = plan("synthetic:1000");
        assertThrows(UnsupportedOperationException.class, () -> plan.dddefsOfZone("XYZTGT").clear());
        assertThrows(UnsupportedOperationException.class, () -> plan.changedDddefsOfZone("XYZTGT").remove(0));
        assertThrows(UnsupportedOperationException.class, () -> plan.namesOnTargetVolumes().set(0, "X"));
        assertThrows(UnsupportedOperationException.class, () -> plan.vtocChecks().clear());
        assertThrows(UnsupportedOperationException.class, () -> plan.chosenTargetVolumes().add("X"));
        assertThrows(UnsupportedOperationException.class, () -> plan.copyGroups().clear());
        assertThrows(UnsupportedOperationException.class, () -> plan.zones().clear());
        assertThrows(UnsupportedOperationException.class, () -> plan.zones().iterator().remove());
    }

    @Test
    void threadsAskingAtOnceGetOneInstance() throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            DeploymentPlan plan = plan("fixture:sms");
            List<Function<DeploymentPlan, Object>> values = List.of(DeploymentPlan::copyGroups, DeploymentPlan::smpptsDds,
                    DeploymentPlan::vtocChecks, p -> p.dddefsOfZone("TGT"), p -> p.changedDddefsOfZone("GLOBAL"));
            for (Function<DeploymentPlan, Object> value : values) {
                List<Object> seen = atOnce(8, () -> value.apply(plan));
                for (Object one : seen) {
                    assertSame(seen.get(0), one);
                }
            }
        }
    }

    @Test
    void onceComputesOnceUnderContention() throws Exception {
        Once<List<String>> once = new Once<>();
        AtomicInteger computed = new AtomicInteger();
        List<Object> seen = atOnce(8, () -> once.get(() -> {
            computed.incrementAndGet();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ArrayList<>(List.of("computed"));
        }));
        assertEquals(1, computed.get());
        seen.forEach(one -> assertSame(seen.get(0), one));
        assertThrows(NullPointerException.class, () -> new Once<String>().get(() -> null));
    }

    @Test
    void equalsHashCodeAndToStringAreThoseOfTheComponents() {
        DeploymentPlan fresh = plan("fixture:sms");
        DeploymentPlan used = plan("fixture:sms");
        used.smpptsDds();
        used.vtocChecks();
        used.copyGroups();
        used.dddefsOfZone("TGT");
        assertEquals(fresh, used);
        assertEquals(fresh.hashCode(), used.hashCode());
        assertEquals(fresh.toString(), used.toString());
        // The zone list answers as the list List.copyOf made before.
        List<TargetZone> copied = List.copyOf(fresh.zones());
        assertEquals(copied, fresh.zones());
        assertEquals(fresh.zones(), copied);
        assertEquals(copied.hashCode(), fresh.zones().hashCode());
        assertEquals(copied.toString(), fresh.zones().toString());
        assertThrows(NullPointerException.class, () -> fresh.zones().contains(null));
        assertNotEquals(fresh, fresh.withWarnings(List.of(dev.zdeploy.problem.Problem.warning("request", "/x", "a rule", "y"))));
    }

    @Test
    void aPlanMadeFromAnotherPlansListsHasItsOwnValues() {
        DeploymentPlan plan = plan("fixture:sms");
        assertEquals(2, plan.smpptsDds().size());
        DeploymentPlan withoutZones = new DeploymentPlan(plan.deploymentName(), plan.sourceType(), plan.sourceName(),
                plan.sourceSystem(), plan.sourceDirectory(), plan.descriptorVersion(), plan.tgtswiname(), plan.jcldataset(),
                plan.jobStatement(), plan.catalogObjective(), plan.masterCatalog(), plan.volumeMap(), plan.datasets(),
                List.of(), plan.globalZoneCsi(), plan.mountPoints(), plan.highLevelQualifiers(), plan.work(),
                plan.volumeUsage(), plan.warnings(), plan.checksNotMade());
        assertEquals(List.of(), withoutZones.smpptsDds());
        DeploymentPlan fewer = withDataSets(plan, plan.datasets().subList(0, 1));
        assertNotEquals(plan.vtocChecks(), fewer.vtocChecks());
        assertEquals(Reference.vtocChecks(fewer), fewer.vtocChecks());
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static TargetDataSet named(DeploymentPlan plan, String name) {
        return plan.datasets().stream().filter(ds -> ds.name().equals(name)).findFirst().orElseThrow();
    }

    private static DeploymentPlan withDataSets(DeploymentPlan plan, List<TargetDataSet> datasets) {
        return new DeploymentPlan(plan.deploymentName(), plan.sourceType(), plan.sourceName(), plan.sourceSystem(),
                plan.sourceDirectory(), plan.descriptorVersion(), plan.tgtswiname(), plan.jcldataset(), plan.jobStatement(),
                plan.catalogObjective(), plan.masterCatalog(), plan.volumeMap(), datasets, plan.zones(),
                plan.globalZoneCsi(), plan.mountPoints(), plan.highLevelQualifiers(), plan.work(), plan.volumeUsage(),
                plan.warnings(), plan.checksNotMade());
    }

    /** What {@code threads} threads get from {@code task} started together. */
    private static List<Object> atOnce(int threads, java.util.concurrent.Callable<Object> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The computations the plan made on every call before it remembered them (e7e1f0d). */
    static final class Reference {

        static List<TargetDddef> dddefsOfZone(DeploymentPlan plan, String zoneName) {
            List<TargetDddef> found = new ArrayList<>();
            for (TargetDataSet ds : plan.datasets()) {
                for (TargetDddef dd : ds.dddefs()) {
                    if (dd.zone().equals(zoneName)) {
                        found.add(dd);
                    }
                }
            }
            return found;
        }

        static List<TargetDddef> changedDddefsOfZone(DeploymentPlan plan, String zoneName) {
            return dddefsOfZone(plan, zoneName).stream().filter(dd -> !dd.isPath() || dd.isPathMoved()).toList();
        }

        static boolean needsZoneUpdate(DeploymentPlan plan) {
            return plan.hasSmpe() && (!plan.zoneIndex().isEmpty() || !plan.renamedZones().isEmpty()
                    || !plan.zonesWithRenamedRelated().isEmpty()
                    || plan.zones().stream().anyMatch(zone -> !changedDddefsOfZone(plan, zone.name()).isEmpty()));
        }

        static List<SmpptsDd> smpptsDds(DeploymentPlan plan) {
            String global = plan.zones().stream().filter(z -> z.type() == ZoneType.GLOBAL).map(TargetZone::name)
                    .findFirst().orElse(null);
            if (global == null) {
                return List.of();
            }
            Map<String, SmpptsDd> byDdname = new HashMap<>();
            for (TargetDataSet ds : plan.datasets()) {
                for (TargetDddef dd : ds.dddefs()) {
                    if (dd.zone().equals(global) && dd.dataset() != null && dd.dddef().startsWith("SMPPTS")) {
                        byDdname.putIfAbsent(dd.dddef(), ds.isIndirect()
                                ? new SmpptsDd(dd.dddef(), ds.name(), ds.volumes().get(0), dd.unit() != null ? dd.unit() : "3390")
                                : new SmpptsDd(dd.dddef(), ds.aliasReachingIt(), null, null));
                    }
                }
            }
            List<SmpptsDd> out = new ArrayList<>();
            for (int i = 0; i <= 99; i++) {
                SmpptsDd dd = byDdname.get(i == 0 ? "SMPPTS" : "SMPPTS" + i);
                if (dd == null) {
                    break;
                }
                out.add(dd);
            }
            return out;
        }

        static List<String> namesOnTargetVolumes(DeploymentPlan plan) {
            Set<String> names = new LinkedHashSet<>();
            for (TargetDataSet ds : plan.datasets()) {
                if (!ds.isSmsManaged() && !ds.volumes().isEmpty()) {
                    names.add(ds.temporaryName());
                    names.add(ds.name());
                }
            }
            return new ArrayList<>(names);
        }

        static List<VtocCheck> vtocChecks(DeploymentPlan plan) {
            Set<String> seen = new HashSet<>();
            List<VtocCheck> checks = new ArrayList<>();
            for (TargetDataSet ds : plan.datasets()) {
                if (ds.isSmsManaged() || ds.volumes().isEmpty()) {
                    continue;
                }
                for (String name : List.of(ds.temporaryName(), ds.name())) {
                    if (seen.add(name)) {
                        checks.add(new VtocCheck(name, ds.volumes()));
                    }
                }
            }
            return checks;
        }

        static List<String> chosenTargetVolumes(DeploymentPlan plan) {
            Set<String> volumes = new LinkedHashSet<>();
            for (TargetDataSet ds : plan.datasets()) {
                if (!ds.isSmsManaged()) {
                    volumes.addAll(ds.volumes());
                }
            }
            return new ArrayList<>(volumes);
        }

        static List<String> smsManagedFinalNamesToCheck(DeploymentPlan plan) {
            Set<String> sources = new HashSet<>();
            if (plan.sourceType() == SourceType.SWI) {
                plan.datasets().forEach(ds -> sources.add(ds.sourceName()));
            }
            return plan.datasets().stream().filter(TargetDataSet::isSmsManaged).map(TargetDataSet::name)
                    .filter(name -> !sources.contains(name)).distinct().toList();
        }

        static boolean namesCatalogOfSmsManagedDataSets(DeploymentPlan plan) {
            return plan.datasets().stream().anyMatch(ds -> ds.catalog() != null && ds.isSmsManaged());
        }

        static List<String> newHighLevelQualifiers(DeploymentPlan plan) {
            Set<String> source = new HashSet<>();
            plan.datasets().forEach(ds -> source.add(ds.sourceName().substring(0, ds.sourceName().indexOf('.'))));
            return plan.highLevelQualifiers().stream().filter(hlq -> !source.contains(hlq) && !hlq.equals("SYS1")).toList();
        }

        static List<String> finalNamesPossiblyAllocated(DeploymentPlan plan) {
            return plan.datasets().stream()
                    .filter(ds -> ds.needsRename() && !ds.isVsamCluster())
                    .filter(ds -> ds.name().startsWith("SYS1.")
                            || (plan.sourceType() == SourceType.SWI && ds.name().equals(ds.sourceName())))
                    .map(TargetDataSet::name).toList();
        }

        static List<String> assignedStorageClasses(DeploymentPlan plan) {
            return plan.datasets().stream().filter(TargetDataSet::storclasAssigned).map(TargetDataSet::storclas)
                    .distinct().toList();
        }

        static IplText iplText(DeploymentPlan plan) {
            TargetDataSet nucleus = null;
            TargetDataSet samplib = null;
            for (TargetDataSet ds : plan.datasets()) {
                if (ds.name().equals(IplText.NUCLEUS) && IplText.IPL_VOLUME_SYMBOL.equals(ds.indirectcatalogsymbol())
                        && ds.volumes().size() == 1) {
                    nucleus = ds;
                } else if (ds.name().equals(IplText.SAMPLIB) && !ds.isVsamCluster() && !ds.isSmsManaged()) {
                    samplib = ds;
                }
            }
            return nucleus == null || samplib == null ? null : new IplText(nucleus.volumes().get(0),
                    samplib.temporaryName(), samplib.copiedUnderFinalName() ? samplib.volumes() : List.of());
        }

        static List<CopyGroup> copyGroups(List<TargetDataSet> datasets) {
            Map<List<Object>, List<TargetDataSet>> byKey = new java.util.LinkedHashMap<>();
            for (TargetDataSet ds : datasets) {
                byKey.computeIfAbsent(List.of(ds.sourceVolumes(), ds.volumes(), ds.isSmpeDataSet(), ds.isSmsManaged(),
                                ds.storclasAssigned() ? ds.storclas() : "", ds.copiedUnderFinalName(),
                                ds.isExtendedFormatVsam()),
                        key -> new ArrayList<>()).add(ds);
            }
            List<CopyGroup> groups = new ArrayList<>();
            byKey.forEach((key, members) -> {
                for (int from = 0; from < members.size(); from += CopyGroup.MAX_DATA_SETS) {
                    List<TargetDataSet> chunk = members.subList(from, Math.min(members.size(), from + CopyGroup.MAX_DATA_SETS));
                    TargetDataSet first = chunk.get(0);
                    groups.add(new CopyGroup(first.sourceVolumes(), first.volumes(), chunk, first.isSmpeDataSet(),
                            first.isSmsManaged(), first.storclasAssigned() ? first.storclas() : null));
                }
            });
            return groups;
        }

        static List<NameChange> componentRenames(DeploymentPlan plan, TargetDataSet dataSet) {
            List<NameChange> all = dataSet.componentRenames();
            if (all.stream().allMatch(c -> c.from().startsWith(dataSet.temporaryName() + "."))) {
                return all;
            }
            Set<String> taken = new HashSet<>();
            for (TargetDataSet other : plan.datasets()) {
                if (other != dataSet) {
                    taken.add(other.name());
                    taken.add(other.temporaryName());
                    taken.addAll(other.aliases());
                }
            }
            return all.stream().filter(c -> !taken.contains(c.from()) && !taken.contains(c.to())).toList();
        }
    }
}
