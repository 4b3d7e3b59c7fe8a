package dev.zdeploy.simulate;

import dev.zdeploy.jcl.DataRecord;
import java.util.List;
import java.util.Map;

/**
 * One DD statement of a step, its symbols substituted.
 *
 * @param name       ddname (a concatenated DD carries the name of the first)
 * @param line       line of the statement
 * @param keywords   keyword parameters in upper case (DSN for DSNAME too, VOL for VOLUME)
 * @param positional the positional parameter (*, DATA, DUMMY) or null
 * @param data       in-stream records
 */
record Dd(String name, int line, Map<String, String> keywords, String positional, List<DataRecord> data) {

    String dsn() {
        return keywords.get("DSN");
    }

    boolean isDummy() {
        return "DUMMY".equals(positional) || "NULLFILE".equals(dsn());
    }

    boolean isInStream() {
        return "*".equals(positional) || "DATA".equals(positional);
    }

    String path() {
        String p = keywords.get("PATH");
        return p == null ? null : unquote(p);
    }

    static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        return value;
    }
}
