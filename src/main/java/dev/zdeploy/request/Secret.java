package dev.zdeploy.request;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.zdeploy.json.Passwords;
import java.util.Arrays;

/**
 * A password ({@code zosmfpw}, {@code proxypw}). Its value is never shown: {@code toString}, its
 * JSON form and every message print {@value #MASK}. zdeploy reads it only to know it was given;
 * nothing it generates uses it.
 */
public final class Secret {

    public static final String MASK = Passwords.MASK;

    private final char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return new Secret(value.toCharArray());
    }

    /** The value itself, for a caller that must pass it on. Never log it. */
    public char[] reveal() {
        return value.clone();
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    @JsonValue
    @Override
    public String toString() {
        return MASK;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && Arrays.equals(value, secret.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }
}
