package dev.zdeploy.simulate;

import dev.zdeploy.jcl.DataRecord;
import dev.zdeploy.jcl.MarkedCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ICKDSF, the one command zdeploy writes: {@code REFORMAT DDNAME(dd) VERIFY(volser) IPLDD(dd[,OBJ])
 * [BOOTSTRAP]} (Device Support Facilities User's Guide and Reference, "REFORMAT command"). DDNAME
 * names the DD statement of the volume (VOL=SER); VERIFY makes ICKDSF check that the volume has that
 * serial before it changes anything; IPLDD names the DD statement of the IPL program (here the
 * concatenated SYS1.SAMPLIB members IPLRECS and IEAIPL00), which is written on track 0. The volume's
 * data sets are not touched. Anything else is reported as not modelled.
 */
final class Ickdsf implements Program {

    private static final Pattern REFORMAT = Pattern.compile(
            "REFORMAT\\s+DDNAME\\((\\w+)\\)\\s+VERIFY\\((\\w+)\\)\\s+IPLDD\\((\\w+)(?:,OBJ)?\\)(\\s+BOOTSTRAP)?");

    @Override
    public int run(Step step) {
        List<DataRecord> records = step.controlRecords("SYSIN");
        if (records == null) {
            return 12;
        }
        int rc = 0;
        for (MarkedCommands.Command command : MarkedCommands.access("ICKDSF", records).commands()) {
            String text = command.text().strip().toUpperCase(Locale.ROOT);
            Matcher m = REFORMAT.matcher(text);
            if (!m.matches()) {
                step.notModelled(command.line(), "ICKDSF " + text);
                return 12;
            }
            rc = Math.max(rc, reformat(step, m.group(1), m.group(2), m.group(3)));
            if (rc > 4) {
                break;
            }
        }
        return rc;
    }

    private static int reformat(Step step, String volumeDd, String verify, String iplDd) {
        Dd volume = step.dd(volumeDd);
        String serial = volume == null ? null : Allocation.volser(volume.keywords().get("VOL"));
        if (serial == null) {
            step.message("ICK... DD " + volumeDd + " does not name a volume (VOL=SER): return code 12");
            return 12;
        }
        Volume online = step.state().volumes.get(serial);
        if (online == null) {
            step.message("ICK... volume " + serial + " is not online: return code 12");
            return 12;
        }
        if (!serial.equals(verify)) {
            step.message("ICK31030I VERIFY(" + verify + ") does not match volume serial " + serial
                    + ": nothing written: return code 12");
            return 12;
        }
        List<Dd> text = step.dds.get(iplDd);
        if (text == null || text.isEmpty()) {
            step.message("ICK... no DD statement " + iplDd + " for IPLDD: return code 12");
            return 12;
        }
        List<String> members = new ArrayList<>();
        for (Dd dd : text) {
            if (dd.dsn() == null) {
                step.notModelled(dd.line(), "IPLDD " + iplDd + " without a data set name");
                return 12;
            }
            // By VOL=SER the member is read from that volume, not from the data set the catalog finds
            // (this system's own SYS1.SAMPLIB, for a SAMPLIB copied under its final name).
            String on = Allocation.volser(dd.keywords().get("VOL"));
            members.add(dd.dsn() + (on == null ? "" : " on " + on));
        }
        online.iplText = String.join("+", members);
        step.change("IPL text on " + serial + " from " + online.iplText);
        return 0;
    }
}
