package dev.zdeploy.jcl;

/** An absolute z/OS UNIX path, valid by construction. */
public record UnixPath(String value) {
    public UnixPath {
        String v = value;
        NameRules.unixPath(v).ifPresent(rule -> {
            throw new JclSyntaxException(JclSyntaxException.describe(rule, v));
        });
    }

    public static UnixPath of(String value) {
        return new UnixPath(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
