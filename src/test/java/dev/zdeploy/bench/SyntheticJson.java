package dev.zdeploy.bench;

import dev.zdeploy.input.InputReader;
import java.util.Locale;

/**
 * The built-in example deployment grown to {@code count} data sets, as the JSON texts the CLI reads
 * (what {@code src/test/bench/instance.py} writes to files): the example's 22 data sets and SMP/E
 * libraries beside them, alternately target libraries (a DDDEF in the target zone) and distribution
 * libraries (a DDDEF in both zones), 200 to a source volume, each source volume with a target volume.
 */
public final class SyntheticJson {

    static final int EXAMPLE_DATA_SETS = 22;
    private static final int PER_VOLUME = 200;

    public final String descriptor;
    public final String request;

    public SyntheticJson(int count) {
        int added = Math.max(0, count - EXAMPLE_DATA_SETS);
        String example = InputReader.exampleText(InputReader.EXAMPLE_DESCRIPTOR);
        String open = "\"datasets\": [";
        int at = example.indexOf(open) + open.length();
        StringBuilder datasets = new StringBuilder();
        for (int i = 0; i < added; i++) {
            boolean dlib = i % 2 == 1;
            String qualifier = String.format(Locale.ROOT, "%sX%06d", dlib ? "A" : "S", i);
            String dddef = "{\"dddef\": \"" + qualifier + "\", \"path\": null}";
            String zones = dlib
                    ? "[{\"zone\": \"XYZDLB\", \"dddefs\": [" + dddef + "]}, {\"zone\": \"XYZTGT\", \"dddefs\": [" + dddef + "]}]"
                    : "[{\"zone\": \"XYZTGT\", \"dddefs\": [" + dddef + "]}]";
            datasets.append("\n{\"dsname\": \"XYZTM.").append(qualifier).append("\", \"volumes\": [\"")
                    .append(String.format(Locale.ROOT, "X%05d", 3 + i / PER_VOLUME))
                    .append("\"], \"storclas\": null, \"dstype\": \"PDS\", \"tracks\": \"60\", \"secondary\": \"6\",")
                    .append(" \"zonedddefs\": ").append(zones)
                    .append(", \"mountpoint\": null, \"unixdirs\": null, \"isextendedformat\": false, \"recfm\": \"FB\",")
                    .append(" \"lrecl\": \"80\", \"blksize\": \"27920\", \"used\": \"55\", \"extents\": \"1\",")
                    .append(" \"dscategory\": [\"").append(dlib ? "DLIB" : "TARGET").append("\"], \"archid\": null},");
        }
        descriptor = example.substring(0, at) + datasets + example.substring(at);

        String requestExample = InputReader.exampleText(InputReader.EXAMPLE_REQUEST);
        String volumesOpen = "\"targetvolumes\": [";
        int from = requestExample.indexOf(volumesOpen);
        int to = requestExample.indexOf(']', from) + 1;
        StringBuilder volumes = new StringBuilder(volumesOpen);
        int targets = 2 + (added + PER_VOLUME - 1) / PER_VOLUME;
        for (int v = 0; v < targets; v++) {
            String volume = v < 2 ? String.format(Locale.ROOT, "TM2R%02d", v + 1) : String.format(Locale.ROOT, "T%05d", v + 1);
            volumes.append(v == 0 ? "" : ", ").append("{\"volume\": \"").append(volume).append("\"}");
        }
        request = requestExample.substring(0, from) + volumes.append(']') + requestExample.substring(to);
    }
}
