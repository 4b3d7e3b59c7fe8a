package dev.zdeploy.simulate;

import dev.zdeploy.jcl.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * DFSMSdss keywords: IBM's syntax diagrams print the part of a keyword that must be written in
 * upper case ("COPy", "DATASet", "LOGINDYnam"); any longer leading part of the keyword is accepted,
 * and some keywords have a separate short form (DS, LIDY, ODY, RENUNC, SHR, NSC...).
 * DFSMSdss Storage Administration, "COPY DATASET Command Syntax for Logical Data Set"
 * (docs/manual-syntax.md 2.1).
 */
final class DssKeywords {

    private record Spelling(String full, String minimum, List<String> shortForms) {}

    private final List<Spelling> spellings;

    /** {@code spec}: "COPy|DATASet DS|..." (the upper-case part first, then short forms). */
    DssKeywords(String spec) {
        spellings = java.util.Arrays.stream(spec.split("\\|")).map(group -> {
            String[] names = group.strip().split("\\s+");
            String diagram = names[0];
            StringBuilder minimum = new StringBuilder();
            for (char c : diagram.toCharArray()) {
                if (Character.isUpperCase(c) || Character.isDigit(c)) {
                    minimum.append(c);
                } else {
                    break;
                }
            }
            return new Spelling(diagram.toUpperCase(Locale.ROOT), minimum.toString(),
                    List.of(names).subList(1, names.length));
        }).toList();
    }

    String of(String spelling) {
        String s = spelling.toUpperCase(Locale.ROOT);
        for (Spelling sp : spellings) {
            if (sp.shortForms().contains(s) || sp.full().startsWith(s) && s.length() >= sp.minimum().length()) {
                return sp.full();
            }
        }
        return null;
    }

    Map<String, Parameter> read(List<Parameter> parameters) {
        Map<String, Parameter> out = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            String key = p.word() == null || p.quoted() ? null : of(p.word());
            out.put(key == null ? "?" + p : key, p);
        }
        return out;
    }
}
