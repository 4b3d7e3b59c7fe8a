package dev.zdeploy.jcl;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a command of a language that continues with a mark at the end of the record: IDCAMS,
 * DFSMSdss and TSO/E. Records break at a blank ({@code "A -"}, the blank is the separator) or after a
 * comma ({@code "A,-"}); a piece too long for a record is split with the value mark {@code +}, after
 * which the language skips the leading blanks of the next record, so the split never leaves a blank
 * (or, for TSO/E, a comma) on either side of it.
 *
 * @param language        for messages
 * @param firstIndent     what precedes the command on its first record
 * @param indent          what precedes the text on continuation records
 * @param lastColumn      the last column the language reads
 * @param breakAfterComma whether records may break after a comma
 * @param valueMark       whether a piece may be split with {@code +}
 * @param leadingDelimiters characters the language deletes at the start of a record after {@code +}
 */
record MarkedLayout(String language, String firstIndent, String indent, int lastColumn,
                    boolean breakAfterComma, boolean valueMark, String leadingDelimiters) {

    List<String> layout(String command) {
        // One record when the command fits whole (the pieces would all be put on it, see below).
        if (firstIndent.length() + command.length() <= lastColumn && Pieces.isPlain(command, '\'')) {
            char last = command.charAt(command.length() - 1);
            if (last != '-' && last != '+') {
                return List.of(firstIndent + command);
            }
        }
        List<Pieces.Piece> pieces = Pieces.split(command, "'", breakAfterComma, language);
        String canonical = Pieces.join(pieces);
        char lastChar = canonical.charAt(canonical.length() - 1);
        if (lastChar == '-' || lastChar == '+') {
            throw new JclSyntaxException(language + ": a command ending in '" + lastChar
                    + "' would be read as continued: " + canonical);
        }
        List<String> records = new ArrayList<>();
        StringBuilder line = new StringBuilder(firstIndent);
        boolean hasPiece = false;
        for (int i = 0; i < pieces.size(); i++) {
            Pieces.Piece piece = pieces.get(i);
            // Room for the mark that ends the record if the next piece has to go to the next one.
            int reserve = i == pieces.size() - 1 ? 0 : pieces.get(i + 1).blankBefore() ? 2 : 1;
            String separator = hasPiece && piece.blankBefore() ? " " : "";
            if (line.length() + separator.length() + piece.text().length() + reserve <= lastColumn) {
                line.append(separator).append(piece.text());
                hasPiece = true;
                continue;
            }
            if (hasPiece) {
                records.add(line.append(piece.blankBefore() ? " -" : "-").toString());
                line = new StringBuilder(indent);
            }
            String rest = piece.text();
            while (line.length() + rest.length() + reserve > lastColumn) {
                int cut = cut(rest, lastColumn - line.length() - 1, canonical);
                records.add(line.append(rest, 0, cut).append('+').toString());
                line = new StringBuilder(indent);
                rest = rest.substring(cut);
            }
            line.append(rest);
            hasPiece = true;
        }
        records.add(line.toString());
        return records;
    }

    /** Where to split {@code text} with the value mark: at most {@code room} characters stay. */
    private int cut(String text, int room, String command) {
        if (!valueMark) {
            throw new JclSyntaxException(language + ": \"" + text + "\" is too long for one record (columns "
                    + (firstIndent.length() + 1) + "-" + lastColumn + ") and cannot be continued: " + command);
        }
        for (int cut = Math.min(room, text.length() - 1); cut > 0; cut--) {
            char before = text.charAt(cut - 1);
            char after = text.charAt(cut);
            if (before != ' ' && after != ' ' && leadingDelimiters.indexOf(after) < 0) {
                return cut;
            }
        }
        throw new JclSyntaxException(language + ": \"" + text + "\" cannot be split with '+' (only blanks"
                + " where it would break): " + command);
    }

    /**
     * The commands the records hold, one logical line each: a record ending in {@code -} continues
     * the command (the mark goes, the next record's leading blanks go), one ending in {@code +}
     * continues the value (the text goes on directly).
     */
    static List<String> unwrap(List<String> records) {
        List<String> commands = new ArrayList<>();
        StringBuilder command = null;
        for (String record : records) {
            String text = command == null ? record.strip() : record.stripLeading().stripTrailing();
            if (command == null) {
                command = new StringBuilder();
            }
            if (text.endsWith("-") || text.endsWith("+")) {
                command.append(text, 0, text.length() - 1);
            } else {
                command.append(text);
                commands.add(command.toString());
                command = null;
            }
        }
        if (command != null) {
            commands.add(command.toString());
        }
        return commands;
    }
}
