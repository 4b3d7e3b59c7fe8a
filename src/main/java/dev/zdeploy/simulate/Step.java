package dev.zdeploy.simulate;

import dev.zdeploy.jcl.DataRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A step being run: its DDs, what it changes and reports, and the unit of work to fail, if any. */
final class Step {

    final Run run;
    final String member;
    final String name;
    final String program;
    final String parm;
    final int line;
    final Map<String, List<Dd>> dds = new LinkedHashMap<>();
    final List<String> changes = new ArrayList<>();
    final List<String> messages = new ArrayList<>();
    private final Integer failingUnit;
    private int units;

    Step(Run run, String member, String name, String program, String parm, int line, Integer failingUnit) {
        this.run = run;
        this.member = member;
        this.name = name;
        this.program = program;
        this.parm = parm;
        this.line = line;
        this.failingUnit = failingUnit;
    }

    SystemState state() {
        return run.state;
    }

    Catalogs catalogs() {
        return run.catalogs;
    }

    Dd dd(String ddname) {
        List<Dd> list = dds.get(ddname);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /**
     * The in-stream records of a control DD (concatenations joined), or null when the DD is absent
     * or not in-stream (reported as not modelled: the simulator cannot read a data set's records).
     */
    List<DataRecord> controlRecords(String ddname) {
        List<Dd> list = dds.get(ddname);
        if (list == null) {
            return null;
        }
        List<DataRecord> records = new ArrayList<>();
        for (Dd dd : list) {
            if (dd.isDummy()) {
                continue;
            }
            if (!dd.isInStream()) {
                notModelled(dd.line(), "control statements in data set " + dd.dsn() + " (DD " + ddname
                        + "): only in-stream control statements can be read");
                return null;
            }
            records.addAll(dd.data());
        }
        return records;
    }

    /** Counts one unit of work; true when it is the one to fail. */
    boolean nextUnitFails() {
        units++;
        boolean fails = failingUnit != null && failingUnit == units;
        if (fails) {
            message("injected failure of unit " + units);
        }
        return fails;
    }

    void change(String text) {
        changes.add(text);
    }

    void message(String text) {
        messages.add(text);
    }

    void notModelled(int atLine, String what) {
        run.notModelled(member, atLine, what);
        message("not modelled: " + what);
    }

    void opensForUpdate(String what, String body) {
        run.updates.add(new Run.Update(member, name, "opens " + what + " for update", body));
    }

    /** Records that the step allocates data set {@code body} (a data set of the source must not be). */
    void allocates(String what, String body) {
        run.updates.add(new Run.Update(member, name, "allocates " + what, body));
    }
}
