package dev.zdeploy.jcl;

/** An absolute z/OS UNIX path, valid by construction. */
public record UnixPath(String value) {
    public UnixPath {
        JclSyntaxException.requireValid(NameRules.unixPath(value), value);
    }

    public static UnixPath of(String value) {
        return new UnixPath(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
