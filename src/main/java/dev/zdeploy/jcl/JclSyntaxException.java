package dev.zdeploy.jcl;

import java.util.Optional;

/** A value or statement that z/OS syntax (or zdeploy's output policy) does not allow. */
public final class JclSyntaxException extends IllegalArgumentException {

    public JclSyntaxException(String message) {
        super(message);
    }

    /** Throws the rule {@code broken} names, with the value that breaks it; nothing when empty. */
    public static void requireValid(Optional<String> broken, String value) {
        if (broken.isPresent()) {
            throw new JclSyntaxException(describe(broken.get(), value));
        }
    }

    static String describe(String rule, String value) {
        return rule + " (got \"" + value + "\")";
    }
}
