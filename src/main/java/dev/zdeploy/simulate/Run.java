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
    /** The faults to inject; a drill replaces them before a rerun. */
    List<Fault> faults;
    /** The member whose step states a drill keeps (null: none), and those states, by step. */
    String watched;
    final java.util.Map<String, SystemState> beforeStep = new java.util.HashMap<>();
    final List<Update> updates = new ArrayList<>();

    Run(SystemState state, List<Fault> faults) {
        this.state = state;
        this.catalogs = new Catalogs(state);
        this.faults = List.copyOf(faults);
    }

    /** Keeps the state before each step of the watched member (a drill deletes what a step created). */
    void beforeStep(String member, String step) {
        if (member.equals(watched)) {
            beforeStep.put(step, state.copy());
        }
    }

    void notModelled(String member, int line, String what) {
        notModelled.add(new NotModelled(member, line, what));
    }
}
