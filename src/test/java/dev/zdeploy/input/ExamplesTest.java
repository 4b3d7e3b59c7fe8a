package dev.zdeploy.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.descriptor.DataSet;
import dev.zdeploy.descriptor.Dddef;
import dev.zdeploy.descriptor.Descriptor;
import dev.zdeploy.descriptor.DsType;
import dev.zdeploy.descriptor.Zone;
import dev.zdeploy.descriptor.ZoneDddefs;
import dev.zdeploy.descriptor.ZoneType;
import dev.zdeploy.problem.Problem;
import dev.zdeploy.request.SourceType;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shared example pairs and the built-in example read without errors. */
class ExamplesTest {

    private static Inputs example(String name) {
        Path dir = TestFiles.resource("examples/" + name);
        return InputReader.read(
                "descriptor.json", TestFiles.text(dir.resolve("descriptor.json")),
                "request.json", TestFiles.text(dir.resolve("request.json")));
    }

    @Test
    void softwareInstanceExampleHasNoProblem() {
        Inputs inputs = example("zos24-swi");
        assertEquals(List.of(), inputs.warnings());
        assertEquals(18, inputs.descriptor().datasets().size());
        assertEquals(SourceType.SWI, inputs.request().source().type());
    }

    @Test
    void portableExampleHasOnlyTheVersionWarning() {
        Inputs inputs = example("qwt-pswi");
        assertEquals(
                List.of("warning: descriptor.json /izud.pswi.descriptor/version: descriptor version 9 is newer than the"
                        + " documented versions 1-7: it is read by the version 7 rules and fields added since are not checked"),
                inputs.warnings().stream().map(Problem::format).toList());
        assertEquals(9, inputs.descriptor().version());
        assertEquals("/u/smpe/smpnts/QWT", inputs.request().source().directory());
        assertEquals(15, inputs.descriptor().datasets().get(0).secondary());
    }

    @Test
    void builtInExampleIsValidAndCoversEveryKindOfDataSet() {
        Inputs inputs = InputReader.builtInExample();
        Descriptor descriptor = inputs.descriptor();
        assertEquals(List.of(), inputs.warnings());
        assertTrue(descriptor.datasets().size() >= 15);
        Set<String> volumes = descriptor.datasets().stream()
                .flatMap(dataset -> dataset.volumes().stream()).collect(Collectors.toSet());
        assertTrue(volumes.size() >= 2, volumes.toString());
        Set<DsType> types = descriptor.datasets().stream().map(DataSet::dstype).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(DsType.class), types);
        assertEquals(EnumSet.allOf(ZoneType.class),
                descriptor.zones().stream().map(Zone::type).collect(Collectors.toCollection(() -> EnumSet.noneOf(ZoneType.class))));
        for (ZoneType type : ZoneType.values()) {
            String zone = descriptor.zones().stream().filter(z -> z.type() == type).findFirst().orElseThrow().name();
            assertTrue(descriptor.datasets().stream().flatMap(d -> d.zonedddefs().stream()).anyMatch(z -> z.zone().equals(zone)),
                    "no DDDEF in zone " + zone);
        }
        assertTrue(descriptor.datasets().stream()
                .filter(dataset -> dataset.dstype() == DsType.ZFS && dataset.mountpoint() != null)
                .flatMap(dataset -> dataset.zonedddefs().stream())
                .map(ZoneDddefs::dddefs)
                .flatMap(List::stream)
                .anyMatch(Dddef::isPath), "a PATH DDDEF in a mounted zFS");
        assertEquals(SourceType.SWI, inputs.request().source().type());
        assertTrue(inputs.request().hasNewMasterCatalog());
        assertTrue(inputs.request().jobstatement().size() > 1);
    }
}
