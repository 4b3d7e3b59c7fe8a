package dev.zdeploy.jcl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes SMP/E commands and UCL statements for SMPCNTL (GIMSMP). Source: SMP/E for z/OS Commands,
 * "Syntax notes": statements are free form in columns 1-72, SMP/E ignores columns 73-80 and takes a
 * statement as continued until it finds a period before column 73, so a statement runs on over as
 * many records as it needs without any mark. A value in apostrophes ({@code PATH('...')}) that does
 * not fit runs through column 72 and resumes in column 1 of the next record (the rule of the
 * project's JCL-RULES digest; the writer keeps every other break at a blank). A {@code /*} in column 1
 * would end the in-stream data, so statements begin in column 2, and a value resumes in column 1
 * only where {@link RecordStart} allows (never {@code //}, {@code /*}, {@code ./} or a pair of special
 * characters): when the first split point is not safe, the value starts on a new record with a
 * different indent, which moves every split point.
 *
 * <p>Each call writes one statement, given without its period:
 * {@code statement("SET BOUNDARY(GLOBAL)")}, {@code statement("UCLIN")},
 * {@code statement("REP DDDEF(SMPPTS) DATASET(A.B) VOLUME(V) UNIT(3390) SHR")},
 * {@code statement("REP DDDEF(SZWEZFS) PATH('/usr/lpp/zowe/')")}, {@code statement("ENDUCL")}.
 */
public final class SmpeWriter {

    /** SMP/E reads columns 1-72. */
    public static final int LAST_COLUMN = 72;

    private static final String FIRST_INDENT = " ";
    private static final String INDENT = "   ";

    private SmpeWriter() {}

    /** The records of one statement, its period added. */
    public static List<String> statement(String statement) {
        StringBuilder out = new StringBuilder(statement.length() + 16);
        statement(statement, out);
        return MarkedLayout.records(out);
    }

    /**
     * Appends the records of one statement, its period added, to {@code out}, each ended by a newline
     * (see {@link #statement(String)}); nothing is appended when the statement cannot be written.
     */
    public static void statement(String statement, StringBuilder out) {
        // One record when the statement and its period fit whole (every piece would go on it, see below).
        if (FIRST_INDENT.length() + statement.length() + 1 <= LAST_COLUMN && Pieces.isPlain(statement, '\'')
                && !statement.endsWith(".")) {
            out.append(FIRST_INDENT).append(statement).append(".\n");
            return;
        }
        int mark = out.length();
        try {
            lay(statement, out);
        } catch (JclSyntaxException e) {
            out.setLength(mark);
            throw e;
        }
    }

    private static void lay(String statement, StringBuilder out) {
        int[] pieces = Pieces.cut(statement, "'", false, "SMP/E");
        int count = Pieces.count(pieces);
        if (statement.charAt(Pieces.end(pieces, count - 1) - 1) == '.') {
            throw new JclSyntaxException("SMP/E: give the statement without its period (the writer adds it): "
                    + Pieces.join(statement, pieces));
        }
        // The record being written is out from lineStart on; pieces are appended from the statement.
        int lineStart = out.length();
        out.append(FIRST_INDENT);
        boolean hasPiece = false;
        for (int i = 0; i < count; i++) {
            int start = Pieces.start(pieces, i);
            int end = Pieces.end(pieces, i);
            boolean last = i == count - 1;
            int length = end - start + (last ? 1 : 0);
            int separator = hasPiece ? 1 : 0;
            if (out.length() - lineStart + separator + length <= LAST_COLUMN) {
                if (hasPiece) {
                    out.append(' ');
                }
                out.append(statement, start, end);
                if (last) {
                    out.append('.');
                }
                hasPiece = true;
                continue;
            }
            String text = last ? statement.substring(start, end) + "." : statement.substring(start, end);
            boolean quoted = text.indexOf('\'') >= 0;
            Optional<List<String>> segments = Optional.empty();
            if (quoted) {
                segments = split(text, out.length() - lineStart + separator + 1);
                if (segments.isPresent() && hasPiece) {
                    out.append(' ');
                }
            }
            if (segments.isEmpty() && hasPiece) {
                out.append('\n');
                lineStart = out.length();
                if (INDENT.length() + text.length() <= LAST_COLUMN) {
                    out.append(INDENT).append(text);
                    continue;
                }
                for (int indent = INDENT.length(); indent > 0 && segments.isEmpty() && quoted; indent--) {
                    segments = split(text, indent + 1);
                    if (segments.isPresent()) {
                        out.append(" ".repeat(indent));
                    }
                }
            }
            if (segments.isEmpty()) {
                throw new JclSyntaxException("SMP/E: \"" + text + "\" does not fit in columns 2-72 and is not a"
                        + " value in apostrophes that could be continued: " + Pieces.join(statement, pieces));
            }
            List<String> parts = segments.get();
            out.append(parts.get(0));
            for (String part : parts.subList(1, parts.size())) {
                out.append('\n');
                lineStart = out.length();
                out.append(part);
            }
            hasPiece = true;
        }
        out.append('\n');
    }

    /** The UCL statement that sets a path DDDEF, as the UC job writes it. */
    public static String pathDddef(String dddef, String path) {
        return "REP DDDEF(" + dddef + ") PATH('" + path + "')";
    }

    /** True when {@link #statement} can write {@code statement}; the plan asks before a template does. */
    public static boolean fits(String statement) {
        try {
            statement(statement);
            return true;
        } catch (JclSyntaxException e) {
            return false;
        }
    }

    /** A comment record {@code /* ... *}{@code /} starting in column 2 (never column 1). */
    public static List<String> comment(String text) {
        return Words.blockComment("SMP/E", text, LAST_COLUMN);
    }

    /**
     * The statements held by {@code records}, without their periods: records are joined with one
     * blank, except inside a value in apostrophes, which goes on in column 1 of the next record.
     */
    public static List<String> unwrap(List<String> records) {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        boolean open = false;
        for (String record : records) {
            String text = open ? record : record.strip();
            if (!open && statement.length() > 0) {
                statement.append(' ');
            }
            statement.append(text);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\'') {
                    open = !open;
                }
            }
            if (!open && statement.charAt(statement.length() - 1) == '.') {
                statements.add(statement.substring(0, statement.length() - 1));
                statement.setLength(0);
            }
        }
        if (statement.length() > 0) {
            statements.add(statement.toString());
        }
        return statements;
    }

    private static Optional<List<String>> split(String text, int firstColumn) {
        return QuotedSplit.split(text, '\'', firstColumn, LAST_COLUMN, 1,
                (piece, index) -> piece.charAt(index - 1) != ' ' && RecordStart.isSafe(piece, index));
    }
}
