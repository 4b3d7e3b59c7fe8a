package dev.zdeploy.templates;

import dev.zdeploy.descriptor.DsType;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.testing.PlanFixtures;
import java.util.List;

/** The plans the template tests render: every catalog objective and source type at 0, 1 and many data sets. */
final class Scenarios {

    /** A path long enough that every statement holding it must continue. */
    static final String LONG_DIRECTORY = "/u/smpe/packages/for/the/deployment/of/the/portable/software/instance/"
            + "PROD/with/a/directory/name/long/enough/to/continue";

    private Scenarios() {}

    /**
     * A data set name of {@code length} characters (10 to 44), unique by {@code index}:
     * {@code Pnnnnnnn.ABCDEFGH...X}.
     */
    static String name(int index, int length) {
        StringBuilder name = new StringBuilder(String.format("P%07d", index));
        while (length - name.length() > 9) {
            name.append(".ABCDEFGH");
        }
        int rest = length - name.length();
        if (rest == 1) {
            name.setLength(name.length() - 1);
            rest = 2;
        }
        name.append('.').append("X".repeat(rest - 1));
        return name.toString();
    }

    /** A copy into a new master catalog of {@code count} libraries whose temporary names have 44 characters. */
    static DeploymentPlan copy(int count) {
        PlanFixtures.Builder builder = PlanFixtures.swi();
        if (count > 0) {
            builder.csi("PROD.SMP.CSI");
        }
        for (int i = 1; i < count; i++) {
            builder.library(name(i, 40), "TGT", String.format("L%07d", i));
        }
        return builder.build();
    }

    /** A copy into the existing catalog, renamed to NEWHLQ: final names of 44 characters. */
    static DeploymentPlan copyExisting(int count) {
        PlanFixtures.Builder builder = PlanFixtures.swi().existingCatalog("NEWHLQ");
        if (count > 0) {
            builder.csi("PROD.SMP.CSI");
        }
        for (int i = 1; i < count; i++) {
            builder.library(name(i, 37), "TGT", String.format("L%07d", i));
        }
        return builder.build();
    }

    /** A portable instance into the existing catalog (temporary names {@code <name>.#}), with a zFS tree. */
    static DeploymentPlan portable(int count) {
        PlanFixtures.Builder builder = PlanFixtures.pswi().existingCatalog("NEWHLQ").sourceDirectory(LONG_DIRECTORY);
        if (count > 0) {
            builder.csi("PROD.SMP.CSI").zfs("PROD.OMVS.ROOT", "/usr/lpp/prod", "SPRODZFS", "/usr/lpp/prod/IBM/");
        }
        for (int i = 1; i < count - 1; i++) {
            builder.library(name(i, 35), "DLIB", String.format("L%07d", i));
        }
        return builder.build();
    }

    /** A portable instance into a new master catalog, one data set SMS-managed. */
    static DeploymentPlan portableNewCatalog() {
        return PlanFixtures.pswi().csi("PROD.SMP.CSI").library("PROD.SLIB", "TGT", "SLIB")
                .smsLibrary("PROD.SMS", "SCPROD").zfs("PROD.OMVS.ROOT", "/usr/lpp/prod", "SPRODZFS", "/usr/lpp/prod/IBM/")
                .build();
    }

    /** A copy into a new master catalog, one data set SMS-managed. */
    static DeploymentPlan copyWithSms() {
        return PlanFixtures.swi().csi("PROD.SMP.CSI").library("PROD.SLIB", "TGT", "SLIB")
                .smsLibrary("PROD.SMS", "SCPROD").build();
    }

    /** A copy with a second target volume cataloged indirectly through &SYSR2, and a multi-volume library. */
    static DeploymentPlan indirectAndMultiVolume() {
        return PlanFixtures.swi().volume("SRC002", "TGT002").indirect("TGT002", "&SYSR2").csi("PROD.SMP.CSI")
                .library("PROD.LIB1", "TGT", "LIB1")
                .dataSet("SYS1.PROD.LINKLIB", DsType.PDS, List.of("SRC002"), "TGT", "LINKLIB")
                .dataSet("PROD.MULTI", DsType.PDSE, List.of("SRC001", "SRC002"), "DLIB", "AMULTI").build();
    }

    /** Renamed zones and a moved mount point whose PATH DDDEF must continue. */
    static DeploymentPlan renamedZonesAndMovedPaths() {
        String deep = "/usr/lpp/prod/a/directory/structure/deep/enough/that/the/dddef/path/continues/IBM/";
        return PlanFixtures.swi().csi("PROD.SMP.CSI").library("PROD.LIB1", "TGT", "LIB1")
                .zfs("PROD.OMVS.ROOT", "/usr/lpp/prod", "SPRODZFS", deep)
                .moveMountPoint("/usr/lpp/prod", "/usr/lpp/moved/to/a/new/mount/point")
                .renameZone("TGT", "TGT2").renameZone("DLIB", "DLIB2").build();
    }

    /** Every scenario, named. */
    static List<Object[]> all() {
        return List.of(
                new Object[] {"copy, none", copy(0)},
                new Object[] {"copy, one", copy(1)},
                new Object[] {"copy, 300", copy(300)},
                new Object[] {"copy existing catalog, none", copyExisting(0)},
                new Object[] {"copy existing catalog, 300", copyExisting(300)},
                new Object[] {"portable, none", portable(0)},
                new Object[] {"portable, one", portable(1)},
                new Object[] {"portable, 300", portable(300)},
                new Object[] {"portable new catalog", portableNewCatalog()},
                new Object[] {"indirect and multi-volume", indirectAndMultiVolume()},
                new Object[] {"renamed zones, moved paths", renamedZonesAndMovedPaths()});
    }
}
