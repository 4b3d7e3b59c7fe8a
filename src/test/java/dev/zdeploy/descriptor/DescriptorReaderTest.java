package dev.zdeploy.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.json.ReadResult;
import dev.zdeploy.problem.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DescriptorReaderTest {

    private static final String CSI = "{\"dsname\":\"A.CSI\",\"volumes\":[\"VOL001\"],\"dstype\":\"VSAM\",\"tracks\":%s%s}";

    private static String descriptor(String version, String datasetExtra, String tracks, String zonesAndMore) {
        return "{\"izud.pswi.descriptor\":{\"version\":" + version + ",\"name\":\"A\"" + zonesAndMore
                + ",\"datasets\":[" + String.format(CSI, tracks, datasetExtra) + "]}}";
    }

    private static List<String> lines(ReadResult<?> result) {
        return result.problems().stream().map(Problem::format).toList();
    }

    @Test
    void numbersArriveAsStringsOrAsNumbers() {
        Descriptor asStrings = DescriptorReader.read("d.json", descriptor("\"7\"", ",\"lrecl\":\"80\",\"used\":\"50\"", "\"76\"", ""));
        Descriptor asNumbers = DescriptorReader.read("d.json", descriptor("7", ",\"lrecl\":80,\"used\":50", "76", ""));
        assertEquals(asStrings, asNumbers);
        assertEquals(76, asNumbers.datasets().get(0).tracks());
        assertEquals(80, asNumbers.datasets().get(0).lrecl());
        assertEquals(7, asNumbers.version());
    }

    @Test
    void dataSetsShareOneStringOfACommonRecordFormatAndOneListOfASingleCategory() {
        String two = "{\"izud.pswi.descriptor\":{\"version\":7,\"name\":\"A\",\"datasets\":["
                + "{\"dsname\":\"A.ONE\",\"volumes\":[\"VOL001\"],\"dstype\":\"PDS\",\"tracks\":1,\"recfm\":\"FB\",\"dscategory\":[\"TARGET\"]},"
                + "{\"dsname\":\"A.TWO\",\"volumes\":[\"VOL001\"],\"dstype\":\"PDS\",\"tracks\":1,\"recfm\":\"FB\",\"dscategory\":[\"TARGET\"]},"
                + "{\"dsname\":\"A.ODD\",\"volumes\":[\"VOL001\"],\"dstype\":\"PDS\",\"tracks\":1,\"recfm\":\"FBSA\",\"dscategory\":[\"TARGET\",\"DLIB\"]}]}}";

        List<DataSet> datasets = DescriptorReader.read("d.json", two).datasets();

        // The JSON parser makes a string per value: the plan of a million data sets kept a million "FB"s.
        assertTrue(datasets.get(0).recfm() == datasets.get(1).recfm(), "one string");
        assertTrue(datasets.get(0).dscategory() == datasets.get(1).dscategory(), "one list");
        assertEquals("FBSA", datasets.get(2).recfm(), "a format not in the table is kept as read");
        assertEquals(List.of(DsCategory.TARGET, DsCategory.DLIB), datasets.get(2).dscategory());
    }

    @Test
    void optionalFieldsMayBeNullOrAbsent() {
        String nulls = ",\"storclas\":null,\"zonedddefs\":null,\"mountpoint\":null,\"unixdirs\":null,"
                + "\"isextendedformat\":null,\"recfm\":null,\"lrecl\":null,\"blksize\":null,\"used\":null,"
                + "\"extents\":null,\"dscategory\":null,\"archid\":null";
        Descriptor withNulls = DescriptorReader.read("d.json", descriptor("\"1\"", nulls, "\"5\"",
                ",\"description\":null,\"globalzone\":null,\"zones\":null,\"smpeproducts\":null,\"fmids\":null"));
        Descriptor absent = DescriptorReader.read("d.json", descriptor("\"1\"", "", "\"5\"", ""));
        assertEquals(absent, withNulls);
        DataSet csi = absent.datasets().get(0);
        assertEquals(List.of(), csi.zonedddefs());
        assertNull(csi.lrecl());
        assertFalse(csi.isextendedformat());
        assertFalse(absent.hasSmpe());
    }

    @Test
    void zoneTypesInAnyCase() {
        String zones = ",\"globalzone\":\"A.CSI\",\"zones\":[{\"name\":\"GLOBAL\",\"type\":\"Global\",\"csi\":\"A.CSI\"},"
                + "{\"name\":\"TGT\",\"type\":\"target\",\"related\":\"DLB\",\"csi\":\"A.CSI\"},"
                + "{\"name\":\"DLB\",\"type\":\"DLIB\",\"related\":\"TGT\",\"csi\":\"A.CSI\"}]";
        Descriptor read = DescriptorReader.read("d.json", descriptor("\"7\"", "", "\"5\"", zones));
        assertEquals(List.of(ZoneType.GLOBAL, ZoneType.TARGET, ZoneType.DLIB), read.zones().stream().map(Zone::type).toList());
    }

    @Test
    void secondaryIsKeptAndOtherUnknownScalarsGoToExtensions() {
        Descriptor read = DescriptorReader.read("d.json", descriptor("\"7\"",
                ",\"secondary\":\"15\",\"dataclas\":\"DCPDSE\",\"newstructure\":{\"a\":1}", "\"5\"", ",\"exportedby\":\"IBMUSER\""));
        DataSet csi = read.datasets().get(0);
        assertEquals(15, csi.secondary());
        assertEquals(Map.of("dataclas", "DCPDSE"), csi.extensions());
        assertEquals(Map.of("exportedby", "IBMUSER"), read.extensions());
    }

    @Test
    void extensionsAreListedInNameOrderEveryRun() {
        List<String> names = List.of("k", "b", "x", "a", "q", "m", "z", "c", "h", "e", "t");
        String fields = names.stream().map(name -> ",\"" + name + "\":\"V\"").reduce("", String::concat);
        Descriptor read = DescriptorReader.read("d.json", descriptor("\"7\"", fields, "\"5\"", fields));
        List<String> sorted = names.stream().sorted().toList();
        assertEquals(sorted, List.copyOf(read.extensions().keySet()));
        assertEquals(sorted, List.copyOf(read.datasets().get(0).extensions().keySet()));
    }

    @Test
    void aNewerVersionIsReadWithAWarningNamingIt() {
        ReadResult<Descriptor> result = DescriptorReader.parse("IZUD00DF.json", descriptor("\"12\"", "", "\"5\"", ""));
        assertFalse(result.hasErrors());
        assertEquals(12, result.value().version());
        assertEquals(List.of("warning: IZUD00DF.json /izud.pswi.descriptor/version: descriptor version 12 is newer than"
                + " the documented versions 1-7: it is read by the version 7 rules and fields added since are not checked"),
                lines(result));
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        ReadResult<Descriptor> result = DescriptorReader.parse("IZUD00DF.json",
                "{\"izud.pswi.descriptor\":{\"version\":\"x\",\"datasets\":[{\"dsname\":\"a\",\"dstype\":\"PO\",\"tracks\":-1}]}}");
        assertEquals(List.of(
                "IZUD00DF.json /izud.pswi.descriptor/version: must be a whole number (got \"x\")",
                "IZUD00DF.json /izud.pswi.descriptor/name: is required",
                "IZUD00DF.json /izud.pswi.descriptor/datasets/0/dsname: a data set name is upper case (got \"a\")",
                "IZUD00DF.json /izud.pswi.descriptor/datasets/0/dstype: a data set type is one of HFS, PDS, PDSE, SEQ, VSAM, ZFS (got \"PO\")",
                "IZUD00DF.json /izud.pswi.descriptor/datasets/0/tracks: a track count is a positive whole number (got \"-1\")"),
                lines(result));
    }

    @Test
    void readsEveryDocumentedSection() {
        String more = ",\"products\":[{\"prodname\":\"P\",\"prodid\":\"P1\",\"release\":\"1\",\"features\":[\"F\"],\"eosdate\":\"NotAnnounced\"}],"
                + "\"smpeproducts\":[{\"prodname\":\"S\",\"prodid\":\"5655-S\",\"release\":\"01.01.00\",\"srels\":[\"Z038\"],"
                + "\"prodsups\":[{\"prodid\":\"5655-R\",\"release\":\"01.00.00\"}],\"features\":[{\"featname\":\"B\",\"featid\":\"BASE\",\"fmids\":[\"HS11000\"]}]}],"
                + "\"workflows\":[{\"name\":\"W\",\"location\":{\"path\":\"/usr/lpp/s/wf.xml\"}}],"
                + "\"datasetproperties\":[{\"dddefname\":\"SLOAD\",\"zone\":\"TGT\",\"properties\":[{\"apf\":\"YES\"},{\"size\":10}]}],"
                + "\"datasetpropertylabels\":[{\"propertyname\":\"apf\",\"label\":\"APF authorized\"}],"
                + "\"productproperties\":[{\"prodid\":\"5655-S\",\"release\":\"01.01.00\",\"properties\":[{\"key\":\"value\"}]}]";
        Descriptor read = DescriptorReader.read("d.json", descriptor("\"7\"", "", "\"5\"", more));
        assertEquals("NotAnnounced", read.products().get(0).eosdate());
        assertEquals("HS11000", read.smpeproducts().get(0).features().get(0).fmids().get(0));
        assertEquals("5655-R", read.smpeproducts().get(0).prodsups().get(0).prodid());
        assertTrue(read.workflows().get(0).performonhostsystem());
        assertEquals("/usr/lpp/s/wf.xml", read.workflows().get(0).location().path());
        assertEquals(List.of(Map.of("apf", "YES"), Map.of("size", "10")), read.datasetproperties().get(0).properties());
        assertEquals("APF authorized", read.datasetpropertylabels().get(0).label());
        assertEquals(Map.of("key", "value"), read.productproperties().get(0).properties().get(0));
    }
}
