package dev.zdeploy.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * The members a streamed render has rendered and not yet handed on, in member order, each with the check
 * of its lint gate, and which of them to hand on next: the oldest, once its gate is done, or at once
 * (the caller then waits for its gate) while the members held besides the newest come to more than the
 * bound. Not thread-safe: the rendering thread's own.
 */
final class WaitingMembers<T> {

    private record Waiting<T>(T member, long chars, Future<?> check) { }

    private final ArrayDeque<Waiting<T>> waiting = new ArrayDeque<>();
    private final long bound;
    private long held;

    /** Holding at most {@code bound} characters besides the newest member. */
    WaitingMembers(long bound) {
        this.bound = bound;
    }

    void add(T member, long chars, Future<?> check) {
        waiting.addLast(new Waiting<>(member, chars, check));
        held += chars;
    }

    /** The oldest member, taken, if it is to be handed on now; else null. */
    T next() {
        Waiting<T> oldest = waiting.peekFirst();
        if (oldest == null) {
            return null;
        }
        boolean beyondBound = waiting.size() > 1 && held - waiting.peekLast().chars() > bound;
        return oldest.check().isDone() || beyondBound ? take() : null;
    }

    /** The oldest member, taken, whatever its gate; null when none is left. */
    T take() {
        Waiting<T> oldest = waiting.pollFirst();
        if (oldest == null) {
            return null;
        }
        held -= oldest.chars();
        return oldest.member();
    }

    /** The checks of the members still waiting, oldest first. */
    List<Future<?>> checks() {
        List<Future<?>> checks = new ArrayList<>(waiting.size());
        for (Waiting<T> member : waiting) {
            checks.add(member.check());
        }
        return checks;
    }
}
