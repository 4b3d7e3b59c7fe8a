package dev.zdeploy.simulate;

import dev.zdeploy.jcl.Parameter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyword spellings of a utility: each keyword in full and its documented abbreviations, read to
 * the full keyword. A keyword not in the table is not modelled (the simulator cannot tell a legal
 * keyword it does not know from a misspelling).
 */
final class Keywords {

    private final Map<String, String> canonical = new HashMap<>();

    /** {@code spellings}: groups "FULL ABBR1 ABBR2 ..." separated by '|'. */
    Keywords(String spellings) {
        for (String group : spellings.split("\\|")) {
            String[] names = group.strip().split("\\s+");
            for (String name : names) {
                canonical.put(name, names[0]);
            }
        }
    }

    /** The full keyword for a spelling, or null. */
    String of(String spelling) {
        return canonical.get(spelling);
    }

    /**
     * The parameters by full keyword, in order; a parameter whose keyword is unknown is put under
     * "?" + its spelling, for the caller to report.
     */
    Map<String, Parameter> read(List<Parameter> parameters) {
        Map<String, Parameter> out = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            if (p.word() == null || p.quoted()) {
                out.put("?" + p, p);
                continue;
            }
            String key = of(p.upper());
            out.put(key == null ? "?" + p.word() : key, p);
        }
        return out;
    }

    static String unknown(Map<String, Parameter> read) {
        for (String key : read.keySet()) {
            if (key.startsWith("?")) {
                return key.substring(1);
            }
        }
        return null;
    }
}
