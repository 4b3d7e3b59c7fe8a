package dev.zdeploy.request;

/**
 * One {@code then} entry of a rule: change {@code property} from pattern to pattern. A v1 body's
 * rules change only the {@link #DSNAME}; a v2 body's may also set the {@link #VOLUME} or the
 * {@link #STORCLAS}, where {@code from} (or null for any) and {@code to} are values, not patterns.
 */
public record RenameAction(String property, String from, String to) {

    public static final String DSNAME = "dsname";
    public static final String VOLUME = "volume";
    public static final String STORCLAS = "storclas";

    public boolean isRename() {
        return DSNAME.equals(property);
    }
}
