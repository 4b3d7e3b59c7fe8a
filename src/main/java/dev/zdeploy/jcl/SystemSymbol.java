package dev.zdeploy.jcl;

/** A system symbol reference such as {@code &SYSR2}, valid by construction. */
public record SystemSymbol(String value) {
    public SystemSymbol {
        String v = value;
        NameRules.systemSymbol(v).ifPresent(rule -> {
            throw new JclSyntaxException(JclSyntaxException.describe(rule, v));
        });
    }

    public static SystemSymbol of(String value) {
        return new SystemSymbol(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
