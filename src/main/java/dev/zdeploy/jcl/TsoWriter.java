package dev.zdeploy.jcl;

import java.util.List;

/**
 * Writes TSO/E commands for a batch SYSTSIN (IKJEFT01, IKJEFT1A, IKJEFT1B): {@code MOUNT}, RACF's
 * {@code ADDGROUP}, {@code ADDSD}, {@code PERMIT}, ... Source: z/OS TSO/E System Programming Command
 * Reference, "Continuation lines": a hyphen or plus sign as the last character continues the command;
 * the plus sign makes TSO/E delete leading delimiters (blanks, commas) of the next line.
 *
 * <p>Records break at a blank with {@code " -"}; a piece longer than a record (a long path in
 * apostrophes) is split with {@code +} where neither side of the split is a delimiter. Commands start
 * in column 1, continuation records in column 3, nothing goes past column 72.
 */
public final class TsoWriter {

    /** The last column written. */
    public static final int LAST_COLUMN = 72;

    private static final MarkedLayout LAYOUT = new MarkedLayout("TSO", "", "  ", LAST_COLUMN, false, true, " ,");

    private TsoWriter() {}

    /** The records of one command; blanks between pieces are normalized to one. */
    public static List<String> command(String command) {
        return LAYOUT.layout(command);
    }

    /** Appends the records of one command to {@code out}, each ended by a newline (see {@link #command(String)}). */
    public static void command(String command, StringBuilder out) {
        LAYOUT.write(command, out);
    }

    /** The logical commands held by {@code records}. */
    public static List<String> unwrap(List<String> records) {
        return MarkedLayout.unwrap(records);
    }
}
