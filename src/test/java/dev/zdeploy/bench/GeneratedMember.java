package dev.zdeploy.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A member of any size, generated as it is read and never held: a job whose first IDCAMS step's SYSIN
 * holds {@code commands} DELETE commands of 40 bytes each, and whose last step breaks two rules at the
 * very end of the member ({@link #planted}). For the streamed lint's tests and {@link LintBenchmark}.
 */
public final class GeneratedMember extends InputStream {

    private static final byte[] DIGITS = "0123456789".getBytes(StandardCharsets.US_ASCII);
    /** A command record; the seven digits at {@link #NUMBER} are the command's number. */
    private static final byte[] COMMAND = "  DELETE SYN.L0000000.SABCLOAD NONVSAM\n".getBytes(StandardCharsets.US_ASCII);
    private static final int NUMBER = 14;
    private static final List<String> HEAD = List.of("//BIGJOB   JOB (ACCT),'ZDEPLOY',CLASS=A", "//DELETE   EXEC PGM=IDCAMS",
            "//SYSPRINT DD SYSOUT=*", "//SYSIN    DD *");
    // Planted: a trailing blank, and a last IDCAMS command continued with no record after it.
    private static final List<String> TAIL = List.of("/*", "//LAST     EXEC PGM=IDCAMS ", "//SYSPRINT DD SYSOUT=*",
            "//SYSIN    DD *", "  DELETE SYN.LAST.ONE -", "/*");

    private final int commands;
    private int next = -HEAD.size();
    private final byte[] command = COMMAND.clone();
    private byte[] record = new byte[0];
    private int at;

    public GeneratedMember(int commands) {
        this.commands = commands;
    }

    /** The findings planted at the end of a member of {@code commands} commands named {@code member}. */
    public static List<String> planted(String member, int commands) {
        int last = commands + HEAD.size();
        return List.of(member + ":" + (last + 2) + ":27: trailing-blank: trailing blanks",
                member + ":" + (last + 5) + ":23: sysin-continuation: IDCAMS: the last command is continued, but no"
                        + " record follows");
    }

    /** How many bytes a member of {@code commands} commands has. */
    public static long bytes(int commands) {
        long bytes = (long) commands * COMMAND.length;
        for (String line : HEAD) {
            bytes += line.length() + 1;
        }
        for (String line : TAIL) {
            bytes += line.length() + 1;
        }
        return bytes;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        int n = 0;
        while (n < length) {
            if (at == record.length && !nextRecord()) {
                return n == 0 ? -1 : n;
            }
            int copied = Math.min(length - n, record.length - at);
            System.arraycopy(record, at, buffer, offset + n, copied);
            at += copied;
            n += copied;
        }
        return n;
    }

    private boolean nextRecord() {
        int i = next++;
        if (i < 0) {
            record = (HEAD.get(HEAD.size() + i) + "\n").getBytes(StandardCharsets.US_ASCII);
        } else if (i < commands) {
            record = command;
            for (int d = NUMBER + 6, value = i; d >= NUMBER; d--, value /= 10) {
                record[d] = DIGITS[value % 10];
            }
        } else if (i - commands < TAIL.size()) {
            record = (TAIL.get(i - commands) + "\n").getBytes(StandardCharsets.US_ASCII);
        } else {
            return false;
        }
        at = 0;
        return true;
    }
}
