package dev.zdeploy.descriptor;

import java.util.Locale;
import java.util.Optional;

/** SMP/E zone types. Descriptors write them in any case ({@code target}, {@code TARGET}). */
public enum ZoneType {
    GLOBAL,
    TARGET,
    DLIB;

    /** The zone type for a descriptor's text, in any case, or empty when it names none. */
    public static Optional<ZoneType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (ZoneType type : values()) {
            if (type.name().equals(text.toUpperCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
