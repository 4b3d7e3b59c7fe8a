package dev.zdeploy.descriptor;

import java.util.Optional;

/** Data set categories of the descriptor's {@code dscategory}. */
public enum DsCategory {
    DLIB,
    GLOBAL,
    SMP,
    SMPTLIB,
    TARGET,
    WORKFLOW,
    OTHER;

    /** The category for the descriptor's exact (upper case) text, or empty. */
    public static Optional<DsCategory> parse(String text) {
        for (DsCategory category : values()) {
            if (category.name().equals(text)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
