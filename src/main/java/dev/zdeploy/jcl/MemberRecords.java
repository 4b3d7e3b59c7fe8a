package dev.zdeploy.jcl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A member's records, read once and in order, the way the linter reads them ({@code text.split("\n")},
 * a last empty one left out, a final carriage return kept for the record rules): from a text in memory
 * (render's lint gate, {@link JclDeck}) or from a file read as it goes (zdeploy lint), so that a member
 * of a million records is never held whole, as text or as records, by the reader.
 */
abstract class MemberRecords {

    /** How the message of a finding that stopped the reading ends ({@link LintFinding#stoppedReading()}). */
    static final String NOT_READ_FURTHER = "not read further";

    /** The next record without its line end, or null after the last. */
    abstract String next();

    /** True when the member is empty or ends with a line end; valid once {@link #next()} gave null. */
    abstract boolean endsWithNewline();

    /** The records of a text in memory. */
    static MemberRecords of(String text) {
        return new MemberRecords() {
            private int from;

            @Override
            String next() {
                if (from >= text.length()) {
                    return null;
                }
                int end = text.indexOf('\n', from);
                String record = text.substring(from, end < 0 ? text.length() : end);
                from = end < 0 ? text.length() : end + 1;
                return record;
            }

            @Override
            boolean endsWithNewline() {
                return text.isEmpty() || text.charAt(text.length() - 1) == '\n';
            }
        };
    }

    /**
     * The records of a stream, decoded ISO-8859-1 (byte for byte), read within {@code bounds}: the first
     * byte past one ends the reading with {@link Beyond}, so a file without end (/dev/zero) stops there
     * in memory of one record. An {@link IOException} is thrown as {@link UncheckedIOException}.
     */
    static MemberRecords of(InputStream in, MemberBounds bounds) {
        return new StreamRecords(in, bounds);
    }

    /** A member past its bounds: the one {@link LintRule#SIZE} finding it becomes (member name to be filled). */
    static final class Beyond extends RuntimeException {
        private final transient LintFinding finding;

        Beyond(int line, String message) {
            super(message, null, false, false);
            this.finding = new LintFinding("", line, 1, LintRule.SIZE.id(), message);
        }

        LintFinding finding() {
            return finding;
        }
    }

    private static final class StreamRecords extends MemberRecords {
        private final InputStream in;
        private final MemberBounds bounds;
        private final byte[] chunk = new byte[64 * 1024];
        private int position;
        private int limit;
        private byte[] record = new byte[256];
        private long total;
        /** Records begun so far. */
        private int records;
        private boolean ended;
        private boolean lastEndedLine = true;

        StreamRecords(InputStream in, MemberBounds bounds) {
            this.in = in;
            this.bounds = bounds;
        }

        @Override
        String next() {
            if (ended) {
                return null;
            }
            int length = 0;
            boolean begun = false;
            while (true) {
                if (position == limit && !fill()) {
                    ended = true;
                    if (!begun) {
                        return null;
                    }
                    lastEndedLine = false;
                    return new String(record, 0, length, StandardCharsets.ISO_8859_1);
                }
                if (!begun) {
                    // At most one record per byte, and the bytes are below 2^31: the number is an int.
                    begun = true;
                    records++;
                }
                int end = position;
                while (end < limit && chunk[end] != '\n') {
                    end++;
                }
                int content = end - position;
                boolean newline = end < limit;
                // The first byte past the member's bound, or past the record's, whichever comes first (at
                // the same byte, the member's).
                long byteRoom = bounds.bytes() - total;
                int recordRoom = bounds.recordBytes() - length;
                if (byteRoom < content + (newline ? 1 : 0) && byteRoom <= recordRoom) {
                    throw new Beyond(records, "the member is larger than " + bounds.bytes() + " bytes; it is not read"
                            + " further");
                }
                if (recordRoom < content) {
                    throw new Beyond(records, "record " + records + " is longer than " + bounds.recordBytes()
                            + " bytes (is this a member of JCL?); the member is not read further");
                }
                total += content + (newline ? 1 : 0);
                if (newline && length == 0) {
                    // The whole record in this chunk: straight from it.
                    String whole = new String(chunk, position, content, StandardCharsets.ISO_8859_1);
                    position = end + 1;
                    return whole;
                }
                if (length + content > record.length) {
                    record = java.util.Arrays.copyOf(record, Math.max(length + content, Math.min(record.length * 2,
                            bounds.recordBytes())));
                }
                System.arraycopy(chunk, position, record, length, content);
                length += content;
                position = newline ? end + 1 : end;
                if (newline) {
                    return new String(record, 0, length, StandardCharsets.ISO_8859_1);
                }
            }
        }

        private boolean fill() {
            try {
                int n = in.read(chunk);
                while (n == 0) {
                    n = in.read(chunk);
                }
                position = 0;
                limit = Math.max(n, 0);
                return n > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        boolean endsWithNewline() {
            return lastEndedLine;
        }
    }
}
