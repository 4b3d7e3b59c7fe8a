package dev.zdeploy.jcl;

import java.util.List;

/**
 * Writes ICKDSF commands for a SYSIN data set. Source: Device Support Facilities (ICKDSF) User's Guide
 * and Reference, "ICKDSF command statement syntax", "Continuing lines" (a hyphen as the last nonblank
 * character continues a command), "Commenting your code" ({@code /* ... *}{@code /}); zdeploy writes
 * columns 2-72 as for IDCAMS, whose rules ICKDSF shares.
 */
public final class IckdsfWriter {

    /** ICKDSF reads up to column 72. */
    public static final int LAST_COLUMN = 72;

    private static final MarkedLayout LAYOUT = new MarkedLayout("ICKDSF", " ", "   ", LAST_COLUMN, true, false, "");

    private IckdsfWriter() {}

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
