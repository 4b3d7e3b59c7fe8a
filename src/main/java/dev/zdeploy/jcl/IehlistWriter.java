package dev.zdeploy.jcl;

import java.util.List;

/**
 * Writes IEHLIST control statements for SYSIN. Source: z/OS DFSMSdfp Utilities, "IEHLIST (List System
 * Data) Program" and its "LISTVTOC statement"; utility control statements in general: "Continuing
 * utility control statements" (a statement is continued by a nonblank character in column 72 and goes
 * on in column 16 of the next record). zdeploy writes only statements that fit in columns 2-71, so
 * none is ever continued: a longer one is refused.
 */
public final class IehlistWriter {

    /** The last column a statement may use: column 72 would mark a continuation. */
    public static final int LAST_COLUMN = 71;

    private IehlistWriter() {}

    /** The one record of {@code statement}, starting in column 2 (column 1 would be a label). */
    public static List<String> statement(String statement) {
        String text = statement.strip().replaceAll(" +", " ");
        if (text.isEmpty() || text.contains(" ") && !text.matches("\\S+ \\S+")) {
            throw new JclSyntaxException("IEHLIST: a statement is an operation and its operands without blanks (got \""
                    + statement + "\")");
        }
        String record = " " + text;
        if (record.length() > LAST_COLUMN) {
            throw new JclSyntaxException("IEHLIST: a statement must fit in columns 2-71 (got " + record.length()
                    + " columns): zdeploy does not continue IEHLIST statements");
        }
        return List.of(record);
    }
}
