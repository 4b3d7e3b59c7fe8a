package dev.zdeploy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.plan.TargetDataSet;
import dev.zdeploy.plan.VtocCheck;
import dev.zdeploy.plan.TargetDddef;
import dev.zdeploy.testing.PlanFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-data-set writers of the {@code jcl} template variable: whole records, each ending with a
 * newline, nothing at all for nothing to do (a template writes them with {@code <#t>}, so an empty
 * result leaves no empty record), and the same units the one-unit methods (which lib/jcl.ftl's macros
 * call) write. The golden scenarios hold their output byte for byte.
 */
class JclHelpersTest {

    private final JclHelpers jcl = new JclHelpers();

    @Test
    void nothingToWriteIsAnEmptyStringNotAnEmptyRecord() {
        assertEquals("", jcl.renameUnits(PlanFixtures.swi().build(), List.of()));
        assertEquals("", jcl.catalogChecks(PlanFixtures.swi().build(), List.of()));
        assertEquals("", jcl.vtocChecks(List.of()));
        assertEquals("", jcl.aliasDeletes(List.of()));
        assertEquals("", jcl.verifyListcats(List.of(), java.util.Map.of()));
        assertEquals("", jcl.absentListcats(List.of()));
        assertEquals("", jcl.dddefUcl(List.of()));
    }

    @Test
    void verifyListcatsWriteOneCheckPerName() {
        assertEquals(" LISTCAT ENTRIES(A.B) VOLUME\n IF LASTCC = 0 THEN SET LASTCC = 0\n ELSE SET MAXCC = 12\n"
                        + " LISTCAT ENTRIES(C.D) VOLUME\n IF LASTCC = 0 THEN SET LASTCC = 0\n ELSE SET MAXCC = 12\n",
                jcl.verifyListcats(List.of("A.B", "C.D"), java.util.Map.of()));
        assertEquals(" LISTCAT ENTRIES(A.B) VOLUME CATALOG(NEW.CAT)\n IF LASTCC = 0 THEN SET LASTCC = 0\n"
                + " ELSE SET MAXCC = 12\n", jcl.verifyListcats(List.of("A.B"), java.util.Map.of("A.B", " CATALOG(NEW.CAT)")));
    }

    @Test
    void vtocChecksDumpEachNameOnItsOwnVolumes() {
        assertEquals(" DUMP DATASET(INCLUDE(A.B)) LOGINDYNAM((V1),(V2)) SELECTMULTI(ANY) -\n   OUTDDNAME(NOOUTPUT)\n"
                + " IF LASTCC = 0 THEN SET MAXCC=12\n"
                + " DUMP DATASET(INCLUDE(C.D)) LOGINDYNAM((V3)) SELECTMULTI(ANY) -\n   OUTDDNAME(NOOUTPUT)\n"
                + " IF LASTCC = 0 THEN SET MAXCC=12\n",
                jcl.vtocChecks(List.of(new VtocCheck("A.B", List.of("V1", "V2")), new VtocCheck("C.D", List.of("V3")))));
    }

    @Test
    void vtocChecksLaidOutOncePerNameLengthAreWhatTheWriterWritesForEachName() {
        List<String> volumes = new java.util.ArrayList<>();
        for (int v = 0; v < 40; v++) {
            volumes.add(String.format("V%05d", v));
        }
        List<String> names = List.of("A.B", "C.D", "SYS1.LINKLIB", "ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH",
                "ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGI", "X#Y.Z", "E.F");
        StringBuilder expected = new StringBuilder();
        List<VtocCheck> checks = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            // Volume lists of different lengths, one repeated, so that a layout is reused only for its own list.
            List<String> own = volumes.subList(0, 1 + (i % 3) * 19);
            checks.add(new VtocCheck(names.get(i), own));
            String list = String.join(",", own.stream().map(v -> "(" + v + ")").toList());
            expected.append(jcl.dss("DUMP DATASET(INCLUDE(" + names.get(i) + ")) LOGINDYNAM(" + list
                    + ") SELECTMULTI(ANY) OUTDDNAME(NOOUTPUT)")).append('\n')
                    .append(jcl.dss("IF LASTCC = 0 THEN SET MAXCC=12")).append('\n');
        }
        assertEquals(expected.toString(), jcl.vtocChecks(checks));
    }

    @Test
    void theRenameUnitsOfADataSetAreTheUnitsTheMacrosWrite() {
        DeploymentPlan plan = PlanFixtures.swi().library("SYS1.LINKLIB", "TGT", "LINKLIB").build();
        TargetDataSet ds = plan.datasets().get(0);
        String catalog = jcl.catalogOf(ds);
        String alias = ds.aliases().get(0);
        String expected = (ds.temporaryNameBecomesAlias()
                ? jcl.renameUnlessRenamed(ds.temporaryName(), ds.name(), catalog)
                : jcl.rename(ds.temporaryName(), ds.name(), catalog)) + "\n"
                + jcl.idcams("LISTCAT ENTRIES(" + alias + ") NAME" + catalog) + "\n"
                + jcl.idcams("IF LASTCC = 0 THEN SET MAXCC = 0") + "\n"
                + jcl.idcams("ELSE DEFINE ALIAS(NAME(" + alias + ") RELATE(" + ds.name() + "))" + catalog) + "\n"
                + jcl.verdict() + "\n";
        assertEquals(expected, jcl.renameUnits(plan, List.of(ds)));
        assertEquals(jcl.deleteIfPresent(alias, "ALIAS", catalog, "") + "\n", jcl.aliasDeletes(List.of(ds)));
    }

    @Test
    void dddefStatementsOfEachKind() {
        List<TargetDddef> dddefs = List.of(
                new TargetDddef("TGT", "TGT", "SABCLOAD", "B.SABCLOAD", "T1", "3390", null, null),
                new TargetDddef("TGT", "TGT", "SMPLOG", "B.SMPLOG", null, null, null, null),
                new TargetDddef("TGT", "TGT", "SZWEZFS", null, null, null, "/usr/lpp/zowe/", "/new/zowe/"));
        assertEquals(" REP DDDEF(SABCLOAD) DATASET(B.SABCLOAD) VOLUME(T1) UNIT(3390) SHR.\n"
                + " DEL DDDEF(SMPLOG).\n ADD DDDEF(SMPLOG) DATASET(B.SMPLOG) MOD.\n"
                + " REP DDDEF(SZWEZFS) PATH('/new/zowe/').\n", jcl.dddefUcl(dddefs));
        assertEquals("SABCLOAD DATASET B.SABCLOAD VOLUME T1 UNIT 3390; SMPLOG DATASET B.SMPLOG (no VOLUME, no UNIT);"
                + " SZWEZFS PATH /new/zowe/", jcl.dddefValues(dddefs));
        assertThrows(IllegalStateException.class, () -> jcl.dddefUcl(List.of(
                new TargetDddef("TGT", "TGT", "X", "B.X", "T1", null, null, null))));
    }

    @Test
    void selectionsKeepTheOrderOfTheDataSets() {
        DeploymentPlan plan = PlanFixtures.swi().library("ABC.B", "TGT", "B").library("XYZ.A", "TGT", "A").library("ABC.C", "TGT", "C").build();
        List<TargetDataSet> datasets = plan.datasets();
        assertEquals(List.of("ABC.B", "XYZ.A", "ABC.C"), jcl.names(datasets));
        assertEquals(List.of("XYZ.A", "ABC.B", "ABC.C"), jcl.names(jcl.namedFirst(datasets, "XYZ.A")));
        assertEquals(List.of("ABC.B", "XYZ.A"), jcl.firstNamePerQualifier(List.of("ABC", "NONE", "XYZ"), datasets));
        assertEquals(List.of(), jcl.named(datasets, "NONE.X"));
    }

    @Test
    void tracksOnListTheUsageOfTheGivenVolumesInTheOrderOfTheUsage() {
        List<dev.zdeploy.plan.VolumeUsage> usage = List.of(new dev.zdeploy.plan.VolumeUsage("V2", 1, 30, 100, false),
                new dev.zdeploy.plan.VolumeUsage("SRC", 1, 5, 100, false), new dev.zdeploy.plan.VolumeUsage("V1", 2, 1234567, 0, true));

        assertEquals(List.of("V2 30 tracks", "V1 1234567 tracks"), jcl.tracksOn(usage, List.of("V1", "V2")));
        assertEquals(List.of(), jcl.tracksOn(usage, List.of()));
    }

    @Test
    void profilesOfNameEachHighLevelQualifierOnceInOrderOfItsFirstDataSet() {
        DeploymentPlan plan = PlanFixtures.swi()
                .dataSet("SYS1.LINKLIB", dev.zdeploy.descriptor.DsType.PDSE, List.of("SRC001"), null, null)
                .dataSet("ABC.X", dev.zdeploy.descriptor.DsType.PDSE, List.of("SRC001"), null, null)
                .dataSet("SYS1.LPALIB", dev.zdeploy.descriptor.DsType.PDSE, List.of("SRC001"), null, null)
                .build();
        List<TargetDataSet> three = plan.datasets().stream()
                .filter(ds -> List.of("SYS1.LINKLIB", "ABC.X", "SYS1.LPALIB").contains(ds.sourceName())).toList();

        assertEquals(List.of("SYS1.LINKLIB", "ABC.X", "SYS1.LPALIB"), three.stream().map(TargetDataSet::name).toList());
        assertEquals(List.of("SYS1.**", "ABC.**"), jcl.profilesOf(three));
        assertEquals(List.of(), jcl.profilesOf(List.of()));
    }

    @Test
    void anyWithVolumeAsksEveryEntry() {
        TargetDddef none = new TargetDddef("TGT", "TGT", "SMPLOG", "B.SMPLOG", null, null, null, null);
        TargetDddef volume = new TargetDddef("TGT", "TGT", "SABCLOAD", "B.SABCLOAD", "T1", "3390", null, null);

        assertEquals(false, jcl.anyWithVolume(List.of(none, none)));
        assertEquals(true, jcl.anyWithVolume(List.of(none, volume)));
        assertEquals(false, jcl.anyWithVolume(List.of()));
    }

    @Test
    void smsManagedKeepingNamesSelectsOnlyThoseUnderTheirSourceNames() {
        DeploymentPlan plan = PlanFixtures.copyPlan(2);
        List<TargetDataSet> all = plan.datasets();

        assertEquals(all.stream().filter(ds -> ds.isSmsManaged() && ds.name().equals(ds.sourceName())).toList(),
                jcl.smsManagedKeepingNames(all));
        assertEquals(List.of(), jcl.smsManagedKeepingNames(all.stream().filter(ds -> !ds.isSmsManaged()).toList()));
    }
}
