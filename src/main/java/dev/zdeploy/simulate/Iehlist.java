package dev.zdeploy.simulate;

import dev.zdeploy.jcl.DataRecord;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IEHLIST (DFSMSdfp Utilities, "IEHLIST (List System Data) Program"): only LISTVTOC is modelled, which
 * lists a volume's VTOC and changes nothing ("LISTVTOC statement": {@code LISTVTOC [DUMP|FORMAT],VOL=
 * device=serial[,DSNAME=(...)]}). The listing is the step's messages: every name in the VTOC and the
 * volume's free tracks when its capacity is known. A volume that is not in the model fails the
 * statement (return code 8 is assumed: the utility's return code table was not retrieved, so any other
 * statement is reported as not modelled rather than guessed).
 */
final class Iehlist implements Program {

    private static final Pattern LISTVTOC = Pattern.compile(
            "LISTVTOC(?:\\s+|\\s*,?\\s*)(?:(?:DUMP|FORMAT),)?VOL=([A-Z0-9-]+)=([A-Z0-9@#$]{1,6})");

    @Override
    public int run(Step step) {
        List<DataRecord> records = step.controlRecords("SYSIN");
        if (records == null) {
            return 8;
        }
        int rc = 0;
        for (DataRecord record : records) {
            String text = record.text().length() > 71 ? record.text().substring(0, 71) : record.text();
            text = text.strip().toUpperCase(Locale.ROOT);
            if (text.isEmpty()) {
                continue;
            }
            Matcher m = LISTVTOC.matcher(text);
            if (!m.matches()) {
                step.notModelled(record.line(), "IEHLIST statement " + text);
                rc = Math.max(rc, 8);
                continue;
            }
            Volume volume = step.state().volumes.get(m.group(2));
            if (volume == null) {
                step.message("IEHLIST: volume " + m.group(2) + " is not online");
                rc = Math.max(rc, 8);
                continue;
            }
            step.message("VTOC of " + volume.serial + ": " + String.join(", ", volume.vtoc.keySet())
                    + (volume.capacityTracks == null ? "" : "; " + (volume.capacityTracks - volume.usedTracks())
                    + " tracks free"));
        }
        return rc;
    }
}
