package dev.zdeploy.output;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the members back out of an IEBUPDTE deck the way z/OS would: SYSIN is everything after the
 * {@code DD DATA,DLM=xx} statement up to the first record beginning with the delimiter; {@code ./ ADD}
 * starts a member, {@code ./ ENDUP} ends the control statements, every other record is member data.
 */
final class IebupdteDeckReader {

    private IebupdteDeckReader() {}

    static List<Member> members(String deck) {
        List<String> records = List.of(deck.split("\n", -1));
        int sysin = indexOfSysin(records);
        String delimiter = delimiter(records.get(sysin));
        List<Member> members = new ArrayList<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String record : records.subList(sysin + 1, records.size())) {
            if (record.startsWith(delimiter)) {
                return members;
            }
            if (record.startsWith("./")) {
                if (name != null) {
                    members.add(new Member(name, text.toString()));
                }
                text.setLength(0);
                name = addedName(record);
            } else {
                if (name == null) {
                    throw new AssertionError("data before the first ./ ADD: " + record);
                }
                text.append(record).append('\n');
            }
        }
        throw new AssertionError("SYSIN is not ended by its delimiter " + delimiter);
    }

    static String delimiter(String sysinStatement) {
        String coded = sysinStatement.substring(sysinStatement.indexOf("DLM=") + 4);
        return coded.startsWith("'") ? coded.substring(1, 3) : coded.substring(0, 2);
    }

    private static int indexOfSysin(List<String> records) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).startsWith("//SYSIN ") && records.get(i).contains(" DD DATA,DLM=")) {
                return i;
            }
        }
        throw new AssertionError("no //SYSIN DD DATA,DLM= statement");
    }

    private static String addedName(String control) {
        if (control.equals("./ ENDUP")) {
            return null;
        }
        String prefix = "./ ADD NAME=";
        String suffix = ",LIST=ALL";
        if (!control.startsWith(prefix) || !control.endsWith(suffix)) {
            throw new AssertionError("unexpected control statement: " + control);
        }
        return control.substring(prefix.length(), control.length() - suffix.length());
    }
}
