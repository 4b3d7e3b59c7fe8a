package dev.zdeploy.jcl;

import java.util.List;

/**
 * Writes DFSMSdss (ADRDSSU) commands for a SYSIN data set. Source: z/OS DFSMSdss Storage
 * Administration, "DFSMSdss syntax conventions" ("Syntax rules"): commands are free form in columns
 * 2-72, anything in column 1 or past column 72 is ignored; a command continues on the next record
 * when its record ends with a continuation character ({@code -}); separators are commas or blanks.
 *
 * <p>A record may break at a blank or after a comma, so a {@code RENAMEUNCONDITIONAL} pair of two
 * 44-character names is written as {@code (OLD,-} and {@code NEW)}. A piece that cannot fit in
 * columns 2-72 is refused. Example: {@code command("COPY DATASET(INCLUDE(A.B C.D)) RENAMEUNCONDITIONAL((A.B,X.A.B)
 * (C.D,X.C.D)) CATALOG")}.
 */
public final class DssWriter {

    /** DFSMSdss reads columns 2-72. */
    public static final int LAST_COLUMN = 72;

    private static final MarkedLayout LAYOUT = new MarkedLayout("DFSMSdss", " ", "   ", LAST_COLUMN, true, false, "");

    private DssWriter() {}

    /** The records of one command; blanks between pieces are normalized to one. */
    public static List<String> command(String command) {
        return LAYOUT.layout(command);
    }

    /** Appends the records of one command to {@code out}, each ended by a newline (see {@link #command(String)}). */
    public static void command(String command, StringBuilder out) {
        LAYOUT.write(command, out);
    }

    /** Comment records, each a complete {@code /* ... *}{@code /} comment starting in column 2. */
    public static List<String> comment(String text) {
        return Words.blockComment("DFSMSdss", text, LAST_COLUMN);
    }

    /** The logical commands held by {@code records}. */
    public static List<String> unwrap(List<String> records) {
        return MarkedLayout.unwrap(records);
    }
}
