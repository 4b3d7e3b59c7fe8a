package dev.zdeploy.jcl;

/**
 * Which text may begin a record a writer starts in column 1 of in-stream data (an SMP/E value in
 * apostrophes resumed in column 1, a STDPARM token too long to indent). The reader of the data must
 * not take it for something else:
 * <ul>
 *   <li>{@code //} or {@code /*} in columns 1-2 ends the in-stream data of a {@code DD *} (MVS JCL
 *       Reference, "DD * parameter" and "Delimiter statement"), {@code //*ROUTE} being a JES2
 *       statement besides;
 *   <li>{@code ./} in columns 1-2 is an IEBUPDTE control statement when the members travel in an
 *       IEBUPDTE deck (DFSMSdfp Utilities, "IEBUPDTE control statements");
 *   <li>the deck's {@code DLM=} pair ends the deck's data, and the deck picks its pair among pairs of
 *       national and special characters that no record begins with.
 * </ul>
 * One rule covers all of them: a record written there never begins with two of the characters
 * {@value #SPECIAL}. A value that cannot be split under that rule is refused.
 */
public final class RecordStart {

    /** The characters of {@code //}, {@code /*}, {@code ./} and of every pair the deck may use as its delimiter. */
    public static final String SPECIAL = "/*.$@#%?!<>";

    private RecordStart() {}

    /** True when a record may begin with {@code text.substring(index)}. */
    public static boolean isSafe(CharSequence text, int index) {
        if (index + 1 >= text.length()) {
            return true;
        }
        return SPECIAL.indexOf(text.charAt(index)) < 0 || SPECIAL.indexOf(text.charAt(index + 1)) < 0;
    }
}
