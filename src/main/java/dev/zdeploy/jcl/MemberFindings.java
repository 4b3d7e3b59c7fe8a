package dev.zdeploy.jcl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;

/**
 * The findings of one member, at most {@link #MAX} of them: the first ones by line and column (in the
 * order they were found where equal), and a last {@link LintRule#SIZE} finding saying how many more
 * there were. A member with a problem on each of its million records is listed in bounded memory, and
 * no reader has use for the ten-thousand-and-first.
 */
final class MemberFindings {

    /** The most findings listed for one member. */
    static final int MAX = 10_000;

    private record Found(LintFinding finding, long order) {}

    private static final Comparator<Found> ORDER = Comparator.<Found>comparingInt(f -> f.finding().line())
            .thenComparingInt(f -> f.finding().column()).thenComparingLong(Found::order);

    /** {@link #ORDER} reversed, made once: a member's lint makes findings for each step's control DD. */
    private static final Comparator<Found> LAST_FIRST = ORDER.reversed();

    /** The kept findings, the last one (by {@link #ORDER}) on top, to be dropped when a better one comes. */
    private final PriorityQueue<Found> kept = new PriorityQueue<>(LAST_FIRST);
    private long more;

    void add(LintFinding finding, long order) {
        Found found = new Found(finding, order);
        if (kept.size() < MAX) {
            kept.add(found);
        } else if (ORDER.compare(found, kept.peek()) < 0) {
            kept.poll();
            kept.add(found);
            more++;
        } else {
            more++;
        }
    }

    /** Adds everything {@code other} holds, and counts what it left out. */
    void addAll(MemberFindings other) {
        for (Found found : other.kept) {
            add(found.finding(), found.order());
        }
        more += other.more;
    }

    /** The findings in line and column order, with the note of those left out. */
    List<LintFinding> sorted() {
        List<Found> found = new ArrayList<>(kept);
        found.sort(ORDER);
        List<LintFinding> findings = new ArrayList<>(found.size() + 1);
        found.forEach(f -> findings.add(f.finding()));
        if (more > 0) {
            LintFinding last = findings.get(findings.size() - 1);
            findings.add(new LintFinding(last.member(), last.line(), last.column(), LintRule.SIZE.id(),
                    String.format(Locale.ROOT, "%,d more findings after this one are not listed (at most %,d per"
                            + " member)", more, MAX)));
        }
        return findings;
    }
}
