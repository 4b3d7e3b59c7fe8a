package dev.zdeploy.jcl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A logical statement cut at the points where a writer may end a record: at a blank outside quotes
 * (the blank is the separator, written back as one blank) and, where the language allows it, right
 * after a comma outside quotes. Runs of blanks outside quotes count as one blank, so the canonical
 * form of a statement has single blanks between its pieces.
 */
final class Pieces {

    /** One unbreakable run of text; {@code blankBefore} tells how it joins the piece before it. */
    record Piece(String text, boolean blankBefore) {
        boolean quoted(char quote) {
            return text.indexOf(quote) >= 0;
        }
    }

    private Pieces() {}

    /**
     * Cuts {@code text}.
     *
     * @param quotes          the characters that open and close a quoted value (a doubled quote
     *                        inside a value reads as close-and-reopen, which keeps the count right)
     * @param breakAfterComma whether a record may end after a comma outside quotes
     * @param what            the language, for messages
     */
    static List<Piece> split(String text, String quotes, boolean breakAfterComma, String what) {
        int[] cut = cut(text, quotes, breakAfterComma, what);
        List<Piece> pieces = new ArrayList<>(count(cut));
        for (int i = 0; i < count(cut); i++) {
            pieces.add(new Piece(text.substring(start(cut, i), end(cut, i)), blankBefore(cut, i)));
        }
        return pieces;
    }

    /**
     * The pieces {@link #split} cuts {@code text} into, each given by where it begins and ends in
     * {@code text}: {@code [count, start0, end0, blank0, start1, ...]}, {@code blank} 1 when a blank joins
     * the piece to the one before (read with {@link #count}, {@link #start}, {@link #end},
     * {@link #blankBefore}). A piece is a contiguous run of the text (blanks inside quotes stay in it), so
     * a writer appends it from the text: nothing is cut out or copied for the statements written for
     * every data set.
     */
    static int[] cut(String text, String quotes, boolean breakAfterComma, String what) {
        // About one piece per 8 characters for a long list of names; grown if there are more.
        int[] cut = new int[1 + 3 * (4 + text.length() / 8)];
        // The quote characters compared directly ("'" or "'\""), not looked up with indexOf for every character.
        char quote = quotes.charAt(0);
        char otherQuote = quotes.length() > 1 ? quotes.charAt(1) : quote;
        if (quotes.length() > 2) {
            throw new IllegalArgumentException("at most two quote characters: " + quotes);
        }
        int count = 0;
        int start = -1;
        boolean blankBefore = false;
        char open = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                // Checked in the same pass, before anything else is reported: this is the first one.
                checkCharacters(text, what);
            }
            if (open != 0) {
                if (c == open) {
                    open = 0;
                }
            } else if (c == quote || c == otherQuote) {
                if (start < 0) {
                    start = i;
                }
                open = c;
            } else if (c == ' ') {
                if (start >= 0) {
                    cut = add(cut, count++, start, i, blankBefore);
                    start = -1;
                    blankBefore = true;
                }
            } else {
                if (start < 0) {
                    start = i;
                }
                boolean nextIsPiece = i + 1 < length && text.charAt(i + 1) != ' ';
                if (c == ',' && breakAfterComma && nextIsPiece) {
                    cut = add(cut, count++, start, i + 1, blankBefore);
                    start = -1;
                    blankBefore = false;
                }
            }
        }
        if (open != 0) {
            throw new JclSyntaxException(what + ": a quoted value is not closed (" + open + " missing) in: " + text);
        }
        if (start >= 0) {
            cut = add(cut, count++, start, length, blankBefore);
        }
        if (count == 0) {
            throw new JclSyntaxException(what + ": the statement is empty");
        }
        cut[0] = count;
        return cut;
    }

    private static int[] add(int[] cut, int index, int start, int end, boolean blankBefore) {
        int at = 1 + 3 * index;
        int[] into = at + 3 <= cut.length ? cut : Arrays.copyOf(cut, 2 * cut.length);
        into[at] = start;
        into[at + 1] = end;
        into[at + 2] = blankBefore ? 1 : 0;
        return into;
    }

    /** How many pieces {@code cut} holds. */
    static int count(int[] cut) {
        return cut[0];
    }

    /** Where piece {@code i} of {@code cut} begins in its text. */
    static int start(int[] cut, int i) {
        return cut[1 + 3 * i];
    }

    /** Where piece {@code i} of {@code cut} ends in its text (exclusive). */
    static int end(int[] cut, int i) {
        return cut[2 + 3 * i];
    }

    /** Whether a blank joins piece {@code i} of {@code cut} to the one before it. */
    static boolean blankBefore(int[] cut, int i) {
        return cut[3 + 3 * i] == 1;
    }

    /** The canonical text of the pieces {@code cut} of {@code text} (as {@link #join(List)} gives it). */
    static String join(String text, int[] cut) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < count(cut); i++) {
            if (blankBefore(cut, i)) {
                out.append(' ');
            }
            out.append(text, start(cut, i), end(cut, i));
        }
        return out.toString();
    }

    /** The canonical text of {@code pieces}: what an unwrap of the written records gives back. */
    static String join(List<Piece> pieces) {
        int length = 0;
        for (Piece piece : pieces) {
            length += piece.text().length() + 1;
        }
        StringBuilder out = new StringBuilder(length);
        for (Piece piece : pieces) {
            if (piece.blankBefore()) {
                out.append(' ');
            }
            out.append(piece.text());
        }
        return out.toString();
    }

    /**
     * True when {@code text} is its own canonical form and needs no cutting to be laid out whole: no
     * character {@link #checkCharacters} refuses, no quote, no blank at either end and no run of
     * blanks. A writer puts such a text on one record as it is when it fits, without splitting it
     * into pieces: most statements are that short, and they are written for every data set.
     */
    static boolean isPlain(String text, char quote) {
        int length = text.length();
        if (length == 0 || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || c == quote || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** Records are EBCDIC text: no control characters (a tab or a newline would corrupt the deck). */
    static void checkCharacters(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                throw new JclSyntaxException(what + ": control character U+"
                        + String.format(Locale.ROOT, "%04X", (int) c) + " at position " + (i + 1) + " of: " + text);
            }
        }
    }
}
