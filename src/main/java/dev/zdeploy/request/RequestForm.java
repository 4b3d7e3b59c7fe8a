package dev.zdeploy.request;

import dev.zdeploy.json.JsonCursor;

/**
 * The two bodies of z/OSMF's deployment API: v1 ({@code POST /zosmf/swmgmt/dep}, as documented, with
 * zdeploy's extensions) and v2 ({@code POST /zosmf/swmgmt/v2/dep}).
 */
public enum RequestForm {
    V1,
    V2;

    /**
     * The form of a body, by its shape: v2 when it has a field only v2 has ({@code targetswi},
     * {@code submitjobs}, {@code source.uuid}, {@code source.unixdatasets}) or lists its
     * {@code systemsettings} (v1's extension is one object). Anything else is read as v1.
     */
    public static RequestForm detect(JsonCursor root) {
        if (!root.isObject()) {
            return V1;
        }
        JsonCursor source = root.field("source");
        boolean v2 = has(root, "targetswi") || has(root, "submitjobs") || root.field("systemsettings").isList()
                || has(source, "uuid") || has(source, "unixdatasets");
        return v2 ? V2 : V1;
    }

    private static boolean has(JsonCursor object, String field) {
        return object.fieldNames().contains(field);
    }
}
