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

    /** The required {@code source.type} of a request body; a missing or unknown type is a problem and null. */
    static SourceType read(dev.zdeploy.json.JsonCursor field) {
        String text = field.requiredText();
        SourceType type = parse(text).orElse(null);
        if (text != null && type == null) {
            field.error("a source type is swi or pswi", text);
        }
        return type;
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
