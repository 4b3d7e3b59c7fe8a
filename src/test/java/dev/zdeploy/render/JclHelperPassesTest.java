package dev.zdeploy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zdeploy.ZDeploy;
import dev.zdeploy.bench.SyntheticJson;
import dev.zdeploy.descriptor.DsType;
import dev.zdeploy.input.InputReader;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.TargetDataSet;
import dev.zdeploy.testing.PlanFixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The helpers that do in one pass what a template did in several (counts, namedFirst,
 * firstNamePerQualifier, CP's catalogs of the copies under final names) answer as the passes did.
 */
class JclHelperPassesTest {

    private final JclHelpers jcl = new JclHelpers();

    static Stream<String> plans() {
        return Stream.of("example", "synthetic", "mixed", "existing");
    }

    static DeploymentPlan plan(String name) {
        return switch (name) {
            case "example" -> ZDeploy.create().plan(ZDeploy.create().builtInExample());
            case "synthetic" -> {
                SyntheticJson json = new SyntheticJson(700);
                yield ZDeploy.create().plan(InputReader.read("d.json", json.descriptor, "r.json", json.request));
            }
            case "mixed" -> PlanFixtures.swi().volume("SRC001", "TGT001").indirect("TGT001", "&SYSR2")
                    .dataSet("SYS1.LINKLIB", DsType.PDSE, List.of("SRC001"), null, null)
                    .library("ABC.B", "TGT", "B")
                    .library("XYZ.A", "TGT", "A").library("ABC.C", "TGT", "C").csi("ABC.SMP.CSI")
                    .smsLibrary("ABC.SMS", "SC1").dataSet("ABCD.E", DsType.PDSE, List.of("SRC001"), null, null)
                    .library("ABC.D", "TGT", "D").build();
            case "existing" -> PlanFixtures.swi().existingCatalog("NEW").csi("PROD.SMP.CSI").library("PROD.B", "DLB", "B")
                    .build();
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @MethodSource("plans")
    void countsAreTheSizesOfTheSelections(String name) {
        List<TargetDataSet> datasets = plan(name).datasets();
        assertEquals(new DataSetCounts(jcl.renamed(datasets).size(), jcl.withCatalogEntries(datasets).size(),
                jcl.copiedUnderFinalNames(datasets).size()), jcl.counts(datasets));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void catalogedNamesAreTheFinalNamesThenTheTemporaryNamesOfTheRenamed(String name) {
        List<TargetDataSet> datasets = plan(name).datasets();
        List<String> expected = new ArrayList<>(jcl.names(datasets));
        expected.addAll(jcl.temporaryNames(jcl.renamed(datasets)));
        assertEquals(expected, jcl.catalogedNames(datasets));
    }

    @ParameterizedTest
    @MethodSource("plans")
    void namedFirstAndFirstNamePerQualifierAsBefore(String name) {
        DeploymentPlan plan = plan(name);
        List<TargetDataSet> datasets = plan.datasets();
        List<String> qualifiers = new ArrayList<>(plan.highLevelQualifiers());
        qualifiers.addAll(List.of("", "NONE", "ABC", "ABCD", "NODOT"));
        assertEquals(firstNamePerQualifierBefore(qualifiers, datasets), jcl.firstNamePerQualifier(qualifiers, datasets));
        for (TargetDataSet ds : Stream.concat(datasets.stream().limit(30), datasets.stream().skip(Math.max(0, datasets.size() - 3L))).toList()) {
            assertEquals(namedFirstBefore(datasets, ds.name()), jcl.namedFirst(datasets, ds.name()), ds.name());
        }
        assertEquals(namedFirstBefore(datasets, "NO.SUCH"), jcl.namedFirst(datasets, "NO.SUCH"));
        // CP passes only those copied under their final names: the same map as from all of them.
        assertEquals(jcl.catalogsOfCopiesUnderFinalNames(datasets),
                jcl.catalogsOfCopiesUnderFinalNames(jcl.copiedUnderFinalNames(datasets)));
    }

    /** JclHelpers.namedFirst at e7e1f0d: the named ones, then a second pass for the others. */
    private List<TargetDataSet> namedFirstBefore(List<TargetDataSet> datasets, String name) {
        List<TargetDataSet> ordered = new ArrayList<>(jcl.named(datasets, name));
        datasets.stream().filter(ds -> !ds.name().equals(name)).forEach(ordered::add);
        return ordered;
    }

    /** JclHelpers.firstNamePerQualifier at e7e1f0d: a substring and a map entry per data set. */
    private static List<String> firstNamePerQualifierBefore(List<String> qualifiers, List<TargetDataSet> datasets) {
        Map<String, String> first = new HashMap<>();
        for (TargetDataSet ds : datasets) {
            int dot = ds.name().indexOf('.');
            first.putIfAbsent(dot < 0 ? "" : ds.name().substring(0, dot), ds.name());
        }
        return qualifiers.stream().filter(first::containsKey).map(first::get).toList();
    }
}
