package dev.zdeploy.jcl;

/** A system symbol reference such as {@code &SYSR2}, valid by construction. */
public record SystemSymbol(String value) {
    public SystemSymbol {
        JclSyntaxException.requireValid(NameRules.systemSymbol(value), value);
    }

    public static SystemSymbol of(String value) {
        return new SystemSymbol(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
