package dev.zdeploy.jcl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the in-stream STDPARM of a BPXBATCH step: shell text such as
 * {@code SH mkdir -p /tmp/x && zfsadm format -aggregate A.B}. Source: z/OS UNIX System Services
 * Command Reference, "BPXBATCH": parameter data from STDPARM may be up to 65,536 bytes, the data set
 * must not have sequence numbers, and a string that spans records is divided into separate
 * arguments, so a record never ends inside a token (a word or a quoted string of the shell).
 *
 * <p>Each command given starts a new record; a long command goes on in further records indented by
 * two blanks, broken only at blanks between tokens. The author writes the separators the shell needs
 * ({@code &&}, {@code ;}). A token longer than a record is refused.
 */
public final class StdparmWriter {

    /** The last column written (no sequence numbers, zdeploy's 72-column policy). */
    public static final int LAST_COLUMN = 72;
    /** BPXBATCH reads at most this many bytes of parameter data. */
    public static final int MAX_BYTES = 65_536;

    private static final String INDENT = "  ";

    private StdparmWriter() {}

    /** The records of {@code commands}, each command starting a record. */
    public static List<String> lines(String... commands) {
        return lines(Arrays.asList(commands));
    }

    /** {@link #lines(String...)} with the commands as a list. */
    public static List<String> lines(List<String> commands) {
        List<String> records = new ArrayList<>();
        for (String command : commands) {
            if (command == null || command.isBlank()) {
                continue;
            }
            records.addAll(command(command));
        }
        int bytes = records.stream().mapToInt(r -> r.getBytes(StandardCharsets.UTF_8).length + 1).sum();
        if (bytes > MAX_BYTES) {
            throw new JclSyntaxException("STDPARM: BPXBATCH reads at most 65,536 bytes of parameter data, this is "
                    + bytes + " bytes");
        }
        return records;
    }

    /** The shell text the records hold: records joined with one blank. */
    public static String unwrap(List<String> records) {
        StringBuilder text = new StringBuilder();
        for (String record : records) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(record.strip());
        }
        return text.toString();
    }

    private static List<String> command(String command) {
        List<Pieces.Piece> pieces = Pieces.split(command, "'\"", false, "STDPARM");
        List<String> records = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (Pieces.Piece piece : pieces) {
            String separator = line.length() > 0 && !line.toString().isBlank() ? " " : "";
            if (line.length() + separator.length() + piece.text().length() <= LAST_COLUMN) {
                line.append(separator).append(piece.text());
                continue;
            }
            if (piece.text().length() > LAST_COLUMN) {
                throw new JclSyntaxException("STDPARM: a token of " + piece.text().length() + " characters does not"
                        + " fit in a record, and BPXBATCH would split it into two arguments: " + piece.text());
            }
            records.add(line.toString());
            String indent = INDENT.length() + piece.text().length() <= LAST_COLUMN ? INDENT : "";
            line = new StringBuilder(indent).append(piece.text());
        }
        records.add(line.toString());
        for (String record : records) {
            if (!RecordStart.isSafe(record, 0)) {
                throw new JclSyntaxException("STDPARM: a record starting with " + record.substring(0, 2)
                        + " would end the in-stream data or be read as a control statement: " + record);
            }
        }
        return records;
    }
}
