package dev.zdeploy.render;

import dev.zdeploy.jcl.DssWriter;
import dev.zdeploy.plan.VtocCheck;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PF's VTOCS checks (see PF.ftl): for each check, a DFSMSdss NORUN DUMP selecting its name on its data
 * set's target volumes with SELECTMULTI(ANY), then {@code IF LASTCC = 0 THEN SET MAXCC=12}. Laid out by
 * {@link DssWriter}, the one DFSMSdss layout, into {@link Records}: {@code <@jcl.write.vtocChecks .../>}
 * and {@code jcl.vtocChecks(...)}.
 */
final class VtocDumps {

    private final List<String> found = DssWriter.command("IF LASTCC = 0 THEN SET MAXCC=12");

    /**
     * Commands with the same volumes differ only in the name, and where the records break depends only on
     * the name's length (a piece is never split): the records are laid out once per volume list and
     * length, with a stand-in of that length, and the name put in its place.
     */
    private final Map<String, List<String>> layouts = new HashMap<>();

    private VtocDumps() {}

    static void write(List<VtocCheck> checks, Records records) {
        VtocDumps dumps = new VtocDumps();
        StringBuilder out = records.out();
        for (VtocCheck check : checks) {
            StringBuilder logindynam = new StringBuilder();
            for (String volume : check.volumes()) {
                logindynam.append(logindynam.length() == 0 ? "(" : ",(").append(volume).append(')');
            }
            dumps.dump(check.name(), ")) LOGINDYNAM(" + logindynam + ") SELECTMULTI(ANY) OUTDDNAME(NOOUTPUT)", out);
            for (String record : dumps.found) {
                out.append(record).append('\n');
            }
            records.written();
        }
    }

    /** Appends the records of the NORUN DUMP of {@code name}, {@code input} its operands after the name. */
    private void dump(String name, String input, StringBuilder out) {
        boolean plain = !name.isEmpty();
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            plain = c > ' ' && c != ',' && c != '\'' && c != 0x7F;
        }
        if (plain) {
            List<String> layout = layouts.computeIfAbsent(name.length() + input,
                    key -> DssWriter.command("DUMP DATASET(INCLUDE(" + "#".repeat(name.length()) + input));
            String standIn = "INCLUDE(" + "#".repeat(name.length()) + ")";
            // The stand-in is the command's second piece: on its first or second record.
            for (int i = 0; i < Math.min(2, layout.size()); i++) {
                int at = layout.get(i).indexOf(standIn);
                if (at >= 0) {
                    for (int r = 0; r < layout.size(); r++) {
                        String record = layout.get(r);
                        if (r == i) {
                            out.append(record, 0, at).append("INCLUDE(").append(name)
                                    .append(record, at + standIn.length() - 1, record.length());
                        } else {
                            out.append(record);
                        }
                        out.append('\n');
                    }
                    return;
                }
            }
        }
        // Not a plain name (the writer refuses it or cuts it elsewhere): laid out on its own.
        DssWriter.command("DUMP DATASET(INCLUDE(" + name + input, out);
    }
}
