package dev.zdeploy.output;

import java.io.IOException;

/**
 * Members handed to the writer one at a time, in run order: each is written into the staging
 * directory as it comes and can then be dropped, so a write holds one member, not the deployment.
 * A failure thrown while members are handed over leaves the output directory as it was.
 */
@FunctionalInterface
public interface MemberSource {

    /** Where each member goes. */
    @FunctionalInterface
    interface Sink {
        void add(Member member) throws IOException;
    }

    /** Hands every member to {@code sink}, in run order. */
    void forEach(Sink sink) throws IOException;
}
