package dev.zdeploy.jcl;

/** A PDS member name, valid by construction. */
public record MemberName(String value) {
    public MemberName {
        String v = value;
        NameRules.memberName(v).ifPresent(rule -> {
            throw new JclSyntaxException(JclSyntaxException.describe(rule, v));
        });
    }

    public static MemberName of(String value) {
        return new MemberName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
