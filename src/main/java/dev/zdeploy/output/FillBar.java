package dev.zdeploy.output;

import java.math.BigInteger;

/**
 * A text bar showing how full a volume is, for the render summary:
 * {@code [#######.............]  35%}. Percent and bar length are rounded down, so a volume shows
 * 100% only when it is exactly full; past capacity the bar is full, the true percent is shown and the
 * line ends in {@code OVER}: {@code [####################] 112% OVER}.
 */
public final class FillBar {

    private FillBar() {}

    /**
     * @param used     space used, at least 0 (any unit, the same as capacity)
     * @param capacity space available, more than 0
     * @param width    bar width in characters, at least 1
     */
    public static String render(long used, long capacity, int width) {
        if (used < 0 || capacity <= 0 || width < 1) {
            throw new IllegalArgumentException("a fill bar needs used >= 0, capacity > 0 and width >= 1 (got used "
                    + used + ", capacity " + capacity + ", width " + width + ")");
        }
        long percent = scaled(used, 100, capacity);
        int filled = (int) Math.min(width, scaled(used, width, capacity));
        String bar = "#".repeat(filled) + ".".repeat(width - filled);
        String number = String.valueOf(percent);
        String padded = " ".repeat(Math.max(0, 3 - number.length())) + number;
        return "[" + bar + "] " + padded + "%" + (used > capacity ? " OVER" : "");
    }

    /** floor(used * scale / capacity) without overflow. */
    private static long scaled(long used, long scale, long capacity) {
        return BigInteger.valueOf(used).multiply(BigInteger.valueOf(scale))
                .divide(BigInteger.valueOf(capacity)).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }
}
