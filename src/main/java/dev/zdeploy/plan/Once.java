package dev.zdeploy.plan;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value computed at most once, on first use, by whichever thread asks first; every thread then gets
 * that same instance. A plan is read by several threads at once (the REST service's requests, the
 * render's second thread that writes the manifest), so the check is made again under the lock: a
 * racy "compute if null" could compute a whole-plan pass twice and hand out two different lists.
 * The computation must not ask for this same value (it would wait on itself: no plan value does).
 */
final class Once<T> {

    private volatile T value;

    /** The value, computed by {@code compute} (which must not return null) on the first call. */
    T get(Supplier<? extends T> compute) {
        T known = value;
        if (known == null) {
            synchronized (this) {
                known = value;
                if (known == null) {
                    known = Objects.requireNonNull(compute.get(), "a plan value computed as null");
                    value = known;
                }
            }
        }
        return known;
    }
}
