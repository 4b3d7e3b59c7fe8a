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
        StringBuilder out = new StringBuilder(command.length() + 16);
        write(command, out);
        return records(out);
    }

    /** The records {@link #write} appended to {@code out}, each ended by a newline. */
    static List<String> records(CharSequence out) {
        List<String> records = new ArrayList<>(2);
        int from = 0;
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == '\n') {
                records.add(out.subSequence(from, i).toString());
                from = i + 1;
            }
        }
        return records;
    }

    /**
     * Appends the records of {@code command} to {@code out}, each ended by a newline: what the jobs
     * write, without a list of records or of pieces made on the way (this runs for every statement
     * written for every data set). Nothing is appended when the command cannot be written.
     */
    void write(String command, StringBuilder out) {
        // One record when the command fits whole (the pieces would all be put on it, see below).
        if (firstIndent.length() + command.length() <= lastColumn && Pieces.isPlain(command, '\'')) {
            char last = command.charAt(command.length() - 1);
            if (last != '-' && last != '+') {
                out.append(firstIndent).append(command).append('\n');
                return;
            }
        }
        int mark = out.length();
        try {
            lay(command, out);
        } catch (JclSyntaxException e) {
            out.setLength(mark);
            throw e;
        }
    }

    private void lay(String command, StringBuilder out) {
        int[] pieces = Pieces.cut(command, "'", breakAfterComma, language);
        int count = Pieces.count(pieces);
        char lastChar = command.charAt(Pieces.end(pieces, count - 1) - 1);
        if (lastChar == '-' || lastChar == '+') {
            throw new JclSyntaxException(language + ": a command ending in '" + lastChar
                    + "' would be read as continued: " + Pieces.join(command, pieces));
        }
        // The record being written is out from lineStart on.
        int lineStart = out.length();
        out.append(firstIndent);
        boolean hasPiece = false;
        for (int i = 0; i < count; i++) {
            int start = Pieces.start(pieces, i);
            int end = Pieces.end(pieces, i);
            boolean blankBefore = Pieces.blankBefore(pieces, i);
            // Room for the mark that ends the record if the next piece has to go to the next one.
            int reserve = i == count - 1 ? 0 : Pieces.blankBefore(pieces, i + 1) ? 2 : 1;
            int separator = hasPiece && blankBefore ? 1 : 0;
            if (out.length() - lineStart + separator + end - start + reserve <= lastColumn) {
                if (separator == 1) {
                    out.append(' ');
                }
                out.append(command, start, end);
                hasPiece = true;
                continue;
            }
            if (hasPiece) {
                out.append(blankBefore ? " -" : "-").append('\n');
                lineStart = out.length();
                out.append(indent);
            }
            int rest = start;
            while (out.length() - lineStart + end - rest + reserve > lastColumn) {
                int cut = cut(command, rest, end, lastColumn - (out.length() - lineStart) - 1, pieces);
                out.append(command, rest, rest + cut).append('+').append('\n');
                lineStart = out.length();
                out.append(indent);
                rest += cut;
            }
            out.append(command, rest, end);
            hasPiece = true;
        }
        out.append('\n');
    }

    /**
     * Where to split the text of {@code command} from {@code from} to {@code to} with the value mark: at
     * most {@code room} characters stay (counted from {@code from}).
     */
    private int cut(String command, int from, int to, int room, int[] pieces) {
        if (!valueMark) {
            throw new JclSyntaxException(language + ": \"" + command.substring(from, to) + "\" is too long for one"
                    + " record (columns " + (firstIndent.length() + 1) + "-" + lastColumn + ") and cannot be continued: "
                    + Pieces.join(command, pieces));
        }
        for (int cut = Math.min(room, to - from - 1); cut > 0; cut--) {
            char before = command.charAt(from + cut - 1);
            char after = command.charAt(from + cut);
            if (before != ' ' && after != ' ' && leadingDelimiters.indexOf(after) < 0) {
                return cut;
            }
        }
        throw new JclSyntaxException(language + ": \"" + command.substring(from, to) + "\" cannot be split with '+'"
                + " (only blanks where it would break): " + Pieces.join(command, pieces));
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
