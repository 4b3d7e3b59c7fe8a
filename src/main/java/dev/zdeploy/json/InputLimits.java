package dev.zdeploy.json;

import java.util.Locale;

/**
 * The documented bounds of every JSON input (README, "Limits"), checked before the work they would
 * cost: a string value, the nesting of lists and objects, the entries of one list, and the size of a
 * request or inventory file (a descriptor's is {@code DeploymentSize}'s). Beyond them an input is
 * refused as bad input (exit 2), not read for minutes into out of memory: a 1 MB name took 20 s and
 * 1.7 GB to render, a 200 MB request 37 s and 2.1 GB to read.
 */
public final class InputLimits {

    /** The longest string value: far beyond any name, path or JCL card the inputs hold. */
    public static final int MAX_STRING_LENGTH = 65_536;

    /** The deepest nesting of lists and objects (the inputs nest at most six deep). */
    public static final int MAX_NESTING_DEPTH = 64;

    /** The most entries one list may have (a descriptor's data sets are bounded alike: DeploymentSize). */
    public static final int MAX_LIST_ENTRIES = 1_000_000;

    /** The largest request file. */
    public static final long MAX_REQUEST_BYTES = 64L * 1024 * 1024;

    /** The largest inventory file (about five million data sets). */
    public static final long MAX_INVENTORY_BYTES = 1024L * 1024 * 1024;

    private InputLimits() {}

    /** A count as messages write it: {@code 67,108,864}. */
    public static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** The rule of a file over {@code max} bytes. */
    public static String tooLarge(String what, long bytes, long max) {
        return "the file holds " + number(bytes) + " bytes; zdeploy reads " + what + " of at most " + number(max)
                + " bytes (README, Limits)";
    }
}
