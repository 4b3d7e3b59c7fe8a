package dev.zdeploy.json;

import java.util.List;
import java.util.Locale;

/**
 * The fields of an input that hold passwords (the request's {@code zosmfpw} and {@code proxypw}),
 * recognized by meaning. A problem never quotes a list or an object with its contents (see
 * {@code JsonCursor.shown}) and a syntax error never quotes the file's text (see {@code JsonText}), so
 * no masking of quoted JSON is needed.
 *
 * <p>A field is recognized by its meaning, not its spelling: by its decoded name (JSON lets a key be
 * written {@code "\u007a\u006f..."}), in any letter case and with blanks around it, since whoever
 * wrote {@code "ZOSMFPW"} meant a password even if z/OSMF would not read it as one.
 */
public final class Passwords {

    /** What is shown in place of a password. */
    public static final String MASK = "********";

    /** The names of the fields that hold passwords, wherever they appear in a document. */
    public static final List<String> FIELDS = List.of("zosmfpw", "proxypw");

    private Passwords() {}

    /** True when a (decoded) field name means a password. */
    public static boolean isPasswordField(String name) {
        return FIELDS.contains(name.strip().toLowerCase(Locale.ROOT));
    }
}
