package dev.zdeploy.jcl;

import java.util.List;

/**
 * Writes IDCAMS (access method services) commands for a SYSIN data set. Source: z/OS DFSMS Access
 * Method Services Commands, "How to code access method services commands" and "How to continue
 * commands and parameters": commands are read from columns 2-72; a record ending in a hyphen
 * continues the command, one ending in a plus sign continues the command and a value within it (the
 * leading blanks of the next record are skipped); only blanks may follow the mark.
 *
 * <p>Each call writes one command: {@code command("DEFINE USERCATALOG (NAME(X) ICFCATALOG
 * VOLUME(V) CYLINDERS(5 5))")}. Modal commands are written the same way, one line each:
 * {@code command("IF LASTCC = 0 THEN DO")}, ..., {@code command("END")} (a DO-END group needs no
 * continuation marks). Do not put a comment between a THEN or ELSE clause and its command: the
 * manual reads a comment record without a mark as a null command.
 */
public final class IdcamsWriter {

    /** IDCAMS reads columns 2-72. */
    public static final int LAST_COLUMN = 72;

    private static final MarkedLayout LAYOUT = new MarkedLayout("IDCAMS", " ", "   ", LAST_COLUMN, true, true, "");

    private IdcamsWriter() {}

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
        return Words.blockComment("IDCAMS", text, LAST_COLUMN);
    }

    /** The logical commands held by {@code records} (see {@link MarkedLayout#unwrap(List)}). */
    public static List<String> unwrap(List<String> records) {
        return MarkedLayout.unwrap(records);
    }
}
