package dev.zdeploy.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The examples of DFSMS Using Data Sets, "Naming a Cluster", and the boundaries between its rules. */
class VsamComponentNamesTest {

    private static VsamComponentNames.Pair pair(String data, String index) {
        return new VsamComponentNames.Pair(data, index);
    }

    @Test
    void theManualsExamples() {
        assertEquals(Optional.of(pair("SALES.REGION2.DATA", "SALES.REGION2.INDEX")),
                VsamComponentNames.generated("SALES.REGION2.CLUSTER"));
        assertEquals(Optional.of(pair("DEPT64.ASSET.INFO.DATA", "DEPT64.ASSET.INFO.INDEX")),
                VsamComponentNames.generated("DEPT64.ASSET.INFO"));
        assertEquals(Optional.of(pair("DEPTABCD.RESOURCE.REGION66.DATA1234.STUFF.D",
                "DEPTABCD.RESOURCE.REGION66.DATA1234.STUFF.I")),
                VsamComponentNames.generated("DEPTABCD.RESOURCE.REGION66.DATA1234.STUFF"));
    }

    @Test
    void thirtyEightCharactersAppendDataFortyTwoAppendDAndLongerAreMadeUp() {
        String n38 = "A2345678.B2345678.C2345678.D2345678.EF";
        String n39 = n38 + "G";
        String n42 = "A2345678.B2345678.C2345678.D2345678.E23456";
        assertEquals(38, n38.length());
        assertEquals(42, n42.length());
        assertEquals(n38 + ".DATA", VsamComponentNames.generated(n38).orElseThrow().data());
        assertEquals(n39 + ".D", VsamComponentNames.generated(n39).orElseThrow().data());
        assertEquals(n42 + ".I", VsamComponentNames.generated(n42).orElseThrow().index());
        assertEquals(Optional.empty(), VsamComponentNames.generated(n42 + "7"));
    }
}
