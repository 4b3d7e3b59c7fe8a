package dev.zdeploy.templates;

import java.util.ArrayList;
import java.util.List;

/**
 * zdeploy's output policy (JCL-RULES.md), checked record by record until the project's linter is the
 * gate: at most 72 columns, JCL statement text by column 71, no trailing blanks, no empty records,
 * printable ASCII only, a final newline.
 */
final class PolicyCheck {

    private PolicyCheck() {}

    static List<String> findings(String member, String text) {
        List<String> findings = new ArrayList<>();
        if (!text.endsWith("\n")) {
            findings.add(member + ":0:0: newline: no final newline");
            return findings;
        }
        String[] records = text.substring(0, text.length() - 1).split("\n", -1);
        boolean instream = false;
        for (int i = 0; i < records.length; i++) {
            String record = records[i];
            int line = i + 1;
            if (record.length() > 72) {
                findings.add(member + ":" + line + ":73: record-length: record is " + record.length() + " columns");
            }
            if (record.isEmpty()) {
                findings.add(member + ":" + line + ":1: empty-record: empty record");
            }
            if (record.endsWith(" ")) {
                findings.add(member + ":" + line + ":" + record.length() + ": trailing-blank: trailing blank");
            }
            for (int c = 0; c < record.length(); c++) {
                if (record.charAt(c) < 0x20 || record.charAt(c) > 0x7E) {
                    findings.add(member + ":" + line + ":" + (c + 1) + ": character: not printable ASCII");
                }
            }
            if (record.startsWith("//") && !record.startsWith("//*")) {
                instream = record.matches("//\\S*\\s+DD\\s+(\\*|DATA)(,.*)?");
                if (record.length() > 71) {
                    findings.add(member + ":" + line + ":72: column-72: JCL statement text reaches column 72");
                }
            } else if (record.startsWith("/*")) {
                instream = false;
            } else if (!record.startsWith("//*") && !instream) {
                findings.add(member + ":" + line + ":1: stray: record outside in-stream data that does not start with //");
            }
        }
        return findings;
    }
}
