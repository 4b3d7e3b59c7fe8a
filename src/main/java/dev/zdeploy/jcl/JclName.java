package dev.zdeploy.jcl;

/** A job, step, procedure or DD name, valid by construction. */
public record JclName(String value) {
    public JclName {
        String v = value;
        NameRules.jclName(v).ifPresent(rule -> {
            throw new JclSyntaxException(JclSyntaxException.describe(rule, v));
        });
    }

    public static JclName of(String value) {
        return new JclName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
