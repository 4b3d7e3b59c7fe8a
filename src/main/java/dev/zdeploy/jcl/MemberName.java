package dev.zdeploy.jcl;

/** A PDS member name, valid by construction. */
public record MemberName(String value) {
    public MemberName {
        JclSyntaxException.requireValid(NameRules.memberName(value), value);
    }

    public static MemberName of(String value) {
        return new MemberName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
