package dev.zdeploy.templates;

import dev.zdeploy.descriptor.DsType;
import dev.zdeploy.render.RenderedJob;
import dev.zdeploy.testing.PlanFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void print() {
        var plan = PlanFixtures.swi().csi("PROD.SMP.CSI").library("PROD.LIB1", "TGT", "LIB1")
                .volume("SRC002", "TGT002")
                .dataSet("PROD.MULTI", DsType.PDSE, List.of("SRC001", "SRC002"), "DLIB", "AMULTI")
                .zfs("PROD.ZFS", "/usr/lpp/prod", "SPRODZFS", "/usr/lpp/prod/IBM/").moveMountPoint("/usr/lpp/prod", "/usr/lpp/new")
                .renameZone("TGT", "TGT2").build();
        for (RenderedJob job : Rendering.renderAll(plan)) {
            System.out.println(job.text());
        }
        var pswi = PlanFixtures.pswi().existingCatalog("NEW").csi("PROD.SMP.CSI").library("PROD.LIB1", "TGT", "LIB1")
                .zfs("PROD.ZFS", "/usr/lpp/prod", "SPRODZFS", "/usr/lpp/prod/IBM/").build();
        for (RenderedJob job : Rendering.renderAll(pswi)) {
            System.out.println(job.text());
        }
    }
}
