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
        // One record when the statement and its period fit whole (every piece would go on it, see below).
        if (FIRST_INDENT.length() + statement.length() + 1 <= LAST_COLUMN && Pieces.isPlain(statement, '\'')
                && !statement.endsWith(".")) {
            return List.of(FIRST_INDENT + statement + ".");
        }
        List<Pieces.Piece> pieces = Pieces.split(statement, "'", false, "SMP/E");
        String canonical = Pieces.join(pieces);
        if (canonical.endsWith(".")) {
            throw new JclSyntaxException("SMP/E: give the statement without its period (the writer adds it): "
                    + canonical);
        }
        List<String> records = new ArrayList<>();
        StringBuilder line = new StringBuilder(FIRST_INDENT);
        boolean hasPiece = false;
        for (int i = 0; i < pieces.size(); i++) {
            Pieces.Piece piece = pieces.get(i);
            String text = i == pieces.size() - 1 ? piece.text() + "." : piece.text();
            String separator = hasPiece ? " " : "";
            if (line.length() + separator.length() + text.length() <= LAST_COLUMN) {
                line.append(separator).append(text);
                hasPiece = true;
                continue;
            }
            Optional<List<String>> segments = Optional.empty();
            if (piece.quoted('\'')) {
                segments = split(text, line.length() + separator.length() + 1);
                if (segments.isPresent()) {
                    line.append(separator);
                }
            }
            if (segments.isEmpty() && hasPiece) {
                records.add(line.toString());
                line = new StringBuilder();
                if (INDENT.length() + text.length() <= LAST_COLUMN) {
                    line.append(INDENT).append(text);
                    continue;
                }
                for (int indent = INDENT.length(); indent > 0 && segments.isEmpty() && piece.quoted('\''); indent--) {
                    segments = split(text, indent + 1);
                    if (segments.isPresent()) {
                        line.append(" ".repeat(indent));
                    }
                }
            }
            if (segments.isEmpty()) {
                throw new JclSyntaxException("SMP/E: \"" + text + "\" does not fit in columns 2-72 and is not a"
                        + " value in apostrophes that could be continued: " + canonical);
            }
            List<String> parts = segments.get();
            line.append(parts.get(0));
            for (String part : parts.subList(1, parts.size())) {
                records.add(line.toString());
                line = new StringBuilder(part);
            }
            hasPiece = true;
        }
        records.add(line.toString());
        return records;
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
