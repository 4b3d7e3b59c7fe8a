package dev.zdeploy.jcl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits one piece that holds a quoted value over several records the way JCL and SMP/E continue a
 * value in quotes: every record but the last is filled exactly to its last column, and the value
 * resumes in a fixed column of the next record. A record may only end inside the quotes, and the
 * language decides which characters may stand at the end of a record and at the start of the next.
 */
final class QuotedSplit {

    /** Whether a record may end before {@code piece.charAt(index)} (the value resumes there). */
    @FunctionalInterface
    interface SplitRule {
        boolean allows(String piece, int index);
    }

    private QuotedSplit() {}

    /**
     * The segments of {@code piece}: the first goes in {@code firstColumn} of the current record,
     * the others in {@code resumeColumn} of new records. Empty when the piece cannot be split there.
     */
    static Optional<List<String>> split(String piece, char quote, int firstColumn, int lastColumn,
                                        int resumeColumn, SplitRule rule) {
        List<String> segments = new ArrayList<>();
        int column = firstColumn;
        int from = 0;
        boolean open = false;
        while (piece.length() - from > lastColumn - column + 1) {
            int room = lastColumn - column + 1;
            if (room <= 0) {
                return Optional.empty();
            }
            int to = from + room;
            for (int i = from; i < to; i++) {
                if (piece.charAt(i) == quote) {
                    open = !open;
                }
            }
            if (!open || !rule.allows(piece, to)) {
                return Optional.empty();
            }
            segments.add(piece.substring(from, to));
            from = to;
            column = resumeColumn;
        }
        segments.add(piece.substring(from));
        return Optional.of(segments);
    }
}
