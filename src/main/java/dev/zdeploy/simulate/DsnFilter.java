package dev.zdeploy.simulate;

/**
 * DFSMSdss data set name filters ("How DFSMSdss filters"): {@code *} stands for one qualifier or
 * part of one, {@code **} for any number of qualifiers (none included), {@code %} for one character.
 */
final class DsnFilter {

    private DsnFilter() {}

    static boolean matches(String filter, String name) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < filter.length(); i++) {
            char c = filter.charAt(i);
            if (c == '*' && i + 1 < filter.length() && filter.charAt(i + 1) == '*') {
                // "A.**" matches A and A.anything; "**.B" matches B and x.B
                if (i > 0 && filter.charAt(i - 1) == '.') {
                    regex.setLength(regex.length() - 2);
                    regex.append("(\\..*)?");
                } else if (i + 2 < filter.length() && filter.charAt(i + 2) == '.') {
                    regex.append("(.*\\.)?");
                    i++;
                } else {
                    regex.append(".*");
                }
                i++;
            } else if (c == '*') {
                regex.append("[^.]*");
            } else if (c == '%') {
                regex.append("[^.]");
            } else {
                regex.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
            }
        }
        return name.matches(regex.toString());
    }
}
