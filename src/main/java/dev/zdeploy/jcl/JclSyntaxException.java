package dev.zdeploy.jcl;

/** A value or statement that z/OS syntax (or zdeploy's output policy) does not allow. */
public final class JclSyntaxException extends IllegalArgumentException {

    public JclSyntaxException(String message) {
        super(message);
    }

    static String describe(String rule, String value) {
        return rule + " (got \"" + value + "\")";
    }
}
