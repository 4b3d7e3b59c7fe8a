package dev.zdeploy.jcl;

/** A job, step, procedure or DD name, valid by construction. */
public record JclName(String value) {
    public JclName {
        JclSyntaxException.requireValid(NameRules.jclName(value), value);
    }

    public static JclName of(String value) {
        return new JclName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
