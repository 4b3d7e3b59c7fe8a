package dev.zdeploy.serve;

import java.util.Locale;

/**
 * The {@code pattern} of a REST files member list, as z/OSMF reads it: {@code *} stands for any
 * characters, {@code %} for one; letters compare without case.
 */
final class MemberPattern {

    private MemberPattern() {}

    /** True when {@code member} matches {@code pattern}; a null or empty pattern matches every member. */
    static boolean matches(String pattern, String member) {
        if (pattern == null || pattern.isEmpty()) {
            return true;
        }
        return matches(pattern.toUpperCase(Locale.ROOT), 0, member, 0);
    }

    private static boolean matches(String pattern, int p, String member, int m) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*') {
                for (int rest = m; rest <= member.length(); rest++) {
                    if (matches(pattern, p + 1, member, rest)) {
                        return true;
                    }
                }
                return false;
            }
            if (m == member.length() || (c != '%' && c != member.charAt(m))) {
                return false;
            }
            p++;
            m++;
        }
        return m == member.length();
    }
}
