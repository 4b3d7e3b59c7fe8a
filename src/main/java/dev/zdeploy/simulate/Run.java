package dev.zdeploy.simulate;

import java.util.ArrayList;
import java.util.List;

/** One simulation run: the state it changes, what it could not model, the faults to inject. */
final class Run {

    /** A data set a step opened for update (DISP=OLD/MOD, or an SMP/E zone it changed). */
    record Update(String member, String step, String what, String body) {}

    final SystemState state;
    final Catalogs catalogs;
    final List<NotModelled> notModelled = new ArrayList<>();
    final List<Fault> faults;
    final List<Update> updates = new ArrayList<>();

    Run(SystemState state, List<Fault> faults) {
        this.state = state;
        this.catalogs = new Catalogs(state);
        this.faults = List.copyOf(faults);
    }

    void notModelled(String member, int line, String what) {
        notModelled.add(new NotModelled(member, line, what));
    }
}
