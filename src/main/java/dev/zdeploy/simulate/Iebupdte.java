package dev.zdeploy.simulate;

import dev.zdeploy.jcl.DataRecord;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IEBUPDTE with PARM=NEW, as zdeploy's deck uses it (DFSMSdfp Utilities, "IEBUPDTE", "Function
 * Statement"; docs/manual-syntax.md 7.6): {@code ./ ADD NAME=member} statements in SYSIN, each
 * followed by the member's records, up to {@code ./ ENDUP}, written into the partitioned data set
 * of SYSUT2 ("If PARM=NEW is specified ... the member is replaced"). Each member is a unit of work.
 * Other control statements, and runs without PARM=NEW, are not modelled.
 */
final class Iebupdte implements Program {

    private static final Pattern ADD = Pattern.compile("\\./\\s+ADD\\s+NAME=([A-Z@#$][A-Z0-9@#$]{0,7})(,.*)?\\s*");

    @Override
    public int run(Step step) {
        if (step.parm == null || !step.parm.strip().equalsIgnoreCase("NEW")) {
            step.notModelled(step.line, "IEBUPDTE without PARM=NEW");
            return 12;
        }
        Dd sysut2 = step.dd("SYSUT2");
        if (sysut2 == null || sysut2.dsn() == null) {
            step.message("IEB: no SYSUT2 data set: return code 12");
            return 12;
        }
        Catalogs.Located located = step.catalogs().locateForAllocation(sysut2.dsn());
        String bodyId = located == null ? null : step.catalogs().bodyOf(located);
        DataSetBody body = bodyId == null ? null : step.state().bodies.get(bodyId);
        if (body == null) {
            step.message("IEB: " + sysut2.dsn() + " cannot be opened: return code 12");
            return 12;
        }
        List<DataRecord> records = step.controlRecords("SYSIN");
        if (records == null) {
            return 12;
        }
        String member = null;
        int count = 0;
        boolean ended = false;
        for (DataRecord record : records) {
            String text = record.text();
            if (text.startsWith("./")) {
                if (member != null) {
                    write(step, body, member, count, sysut2.dsn());
                    member = null;
                }
                String upper = text.toUpperCase(Locale.ROOT);
                Matcher add = ADD.matcher(upper);
                if (add.matches()) {
                    if (step.nextUnitFails()) {
                        step.message("IEB: member " + add.group(1) + " failed (injected): return code 12");
                        return 12;
                    }
                    member = add.group(1);
                    count = 0;
                } else if (upper.matches("\\./\\s+ENDUP\\s*")) {
                    ended = true;
                    break;
                } else {
                    step.notModelled(record.line(), "IEBUPDTE control statement " + text.strip());
                    return 12;
                }
            } else if (member != null) {
                count++;
            } else {
                step.message("IEB: data before the first ./ ADD: return code 12");
                return 12;
            }
        }
        if (member != null) {
            write(step, body, member, count, sysut2.dsn());
        }
        if (!ended) {
            step.message("IEB: no ./ ENDUP: return code 4");
            return 4;
        }
        return 0;
    }

    private static void write(Step step, DataSetBody body, String member, int records, String dsn) {
        if (body.members == null) {
            body.members = new TreeMap<>();
        }
        body.members.put(member, records);
        step.change(dsn + "(" + member + ") written, " + records + " records");
    }
}
