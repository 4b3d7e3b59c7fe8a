package dev.zdeploy.jcl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a member for the linter without ever holding more than its bounds: at most
 * {@value #MAX_BYTES} bytes, {@value #MAX_RECORDS} records, {@value #MAX_RECORD_BYTES} bytes in one
 * record (the longest LRECL of a variable-length data set). A member beyond them, or a file without
 * end such as /dev/zero, stops being read at the first byte past a bound and becomes one
 * {@link LintRule#SIZE} finding.
 *
 * @param text   the member's text (ISO-8859-1, byte for byte), or null when it went beyond a bound
 * @param beyond the finding for the bound crossed (member name to be filled), or null
 */
record BoundedMember(String text, LintFinding beyond) {

    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final int MAX_RECORDS = 1_000_000;
    static final int MAX_RECORD_BYTES = 32_760;

    static BoundedMember read(Path file) throws IOException {
        byte[] chunk = new byte[64 * 1024];
        java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
        long total = 0;
        int records = 1;
        int recordBytes = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == '\n') {
                        if (records > MAX_RECORDS) {
                            return beyond(records, "the member has more than " + MAX_RECORDS + " records; it is"
                                    + " not read further");
                        }
                        records++;
                        recordBytes = 0;
                    } else if (++recordBytes > MAX_RECORD_BYTES) {
                        return beyond(records, "record " + records + " is longer than " + MAX_RECORD_BYTES
                                + " bytes (is this a member of JCL?); the member is not read further");
                    }
                }
                total += n;
                if (total > MAX_BYTES) {
                    return beyond(records, "the member is larger than " + MAX_BYTES + " bytes; it is not read"
                            + " further");
                }
                kept.write(chunk, 0, n);
            }
        }
        return new BoundedMember(kept.toString(StandardCharsets.ISO_8859_1), null);
    }

    private static BoundedMember beyond(int line, String message) {
        return new BoundedMember(null, new LintFinding("", line, 1, LintRule.SIZE.id(), message));
    }
}
