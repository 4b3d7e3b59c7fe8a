package dev.zdeploy.render;

import dev.zdeploy.jcl.SmpeWriter;
import dev.zdeploy.plan.TargetDddef;
import java.util.List;

/**
 * UC's UCL statements for the DDDEFs of one zone (see UC.ftl for why each is written so): REP DDDEF
 * PATH for a path; REP DDDEF DATASET VOLUME UNIT and the status when the target carries a volume; else
 * DEL DDDEF, then ADD DDDEF with DATASET and its status. Laid out by {@link SmpeWriter}, the one SMP/E
 * layout, into {@link Records}: {@code <@jcl.write.dddefUcl dddefs=.../>} and {@code jcl.dddefUcl(...)}.
 */
final class DddefUcl {

    private DddefUcl() {}

    static void write(List<TargetDddef> dddefs, Records records) {
        StringBuilder out = records.out();
        for (TargetDddef dd : dddefs) {
            if (dd.isPath()) {
                SmpeWriter.statement(SmpeWriter.pathDddef(dd.dddef(), dd.path()), out);
            } else if (dd.volume() != null) {
                if (dd.unit() == null) {
                    throw new IllegalStateException("DDDEF " + dd.dddef() + " has a volume and no unit");
                }
                // The status too: REP's subentry semantics are not verified (UC.ftl), and under the reading in
                // which REP replaces the whole entry a status left out would be lost (MOD for the logs).
                SmpeWriter.statement("REP DDDEF(" + dd.dddef() + ") DATASET(" + dd.dataset() + ") VOLUME("
                        + dd.volumeOperand() + ") UNIT(" + dd.unit() + ") " + dd.status(), out);
            } else {
                SmpeWriter.statement("DEL DDDEF(" + dd.dddef() + ")", out);
                SmpeWriter.statement("ADD DDDEF(" + dd.dddef() + ") DATASET(" + dd.dataset() + ") " + dd.status(), out);
            }
            records.written();
        }
    }

    /**
     * The value VF's comment box tells to expect for {@code dd}: {@code NAME PATH path}, {@code NAME DATASET
     * dsn VOLUME vol UNIT unit} or {@code NAME DATASET dsn (no VOLUME, no UNIT)}.
     */
    static void value(TargetDddef dd, StringBuilder out) {
        out.append(dd.dddef()).append(' ');
        if (dd.isPath()) {
            out.append("PATH ").append(dd.path());
        } else {
            out.append("DATASET ").append(dd.dataset());
            if (dd.volume() != null) {
                out.append(" VOLUME ").append(dd.volumeOperand()).append(" UNIT ").append(dd.unit());
            } else {
                out.append(" (no VOLUME, no UNIT)");
            }
        }
    }
}
