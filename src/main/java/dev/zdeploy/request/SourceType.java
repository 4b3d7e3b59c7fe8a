package dev.zdeploy.request;

import java.util.Optional;

/** What is deployed: a software instance copied with DFSMSdss, or a portable one unzipped. */
public enum SourceType {
    /** {@code "swi"}: a software instance on the driving system's volumes. */
    SWI("swi"),
    /** {@code "pswi"}: a portable software instance (GIMZIP archives and IZUD00DF.json). */
    PSWI("pswi");

    private final String json;

    SourceType(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Optional<SourceType> parse(String text) {
        for (SourceType type : values()) {
            if (type.json.equals(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
