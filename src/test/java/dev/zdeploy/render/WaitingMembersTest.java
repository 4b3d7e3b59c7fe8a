package dev.zdeploy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Which rendered member the streamed render hands on next, and when it waits for a gate. */
class WaitingMembersTest {

    @Test
    void aMemberWhoseGateIsDoneGoesAtOnceInMemberOrder() {
        WaitingMembers<String> waiting = new WaitingMembers<>(100);
        CompletableFuture<Void> first = new CompletableFuture<>();
        CompletableFuture<Void> second = CompletableFuture.completedFuture(null);
        waiting.add("A", 10, first);
        waiting.add("B", 10, second);

        assertNull(waiting.next(), "B's gate is done, but A comes first");
        first.complete(null);
        assertEquals("A", waiting.next());
        assertEquals("B", waiting.next());
        assertNull(waiting.next());
    }

    @Test
    void pastTheBoundBesidesTheNewestTheOldestGoesWithoutItsGate() {
        WaitingMembers<String> waiting = new WaitingMembers<>(15);
        waiting.add("A", 10, new CompletableFuture<>());
        assertNull(waiting.next(), "only the newest is held");
        waiting.add("B", 10, new CompletableFuture<>());
        assertNull(waiting.next(), "10 characters besides the newest: within 15");
        waiting.add("C", 10, new CompletableFuture<>());

        assertEquals("A", waiting.next(), "20 besides the newest: past 15");
        assertNull(waiting.next(), "10 besides the newest again");
        assertEquals(2, waiting.checks().size());
    }

    @Test
    void heldToNothingEachMemberGoesWhenTheNextIsRendered() {
        WaitingMembers<String> waiting = new WaitingMembers<>(0);
        waiting.add("A", 1, new CompletableFuture<>());
        assertNull(waiting.next());
        waiting.add("B", 1_000_000_000L, new CompletableFuture<>());
        assertEquals("A", waiting.next());
        assertNull(waiting.next(), "the newest waits for its gate or the next member");
        assertEquals("B", waiting.take());
        assertNull(waiting.take());
        assertEquals(List.of(), waiting.checks());
    }
}
