package dev.zdeploy.jcl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Install-time placeholders that sample JCL keeps for a site to substitute: {@code #hlq}-style (a
 * {@code #} and a lower-case word, which no JCL name can be) and {@code {zowe.setup.x}} or
 * {@code ${NAME}}-style (braces are not JCL characters at all).
 */
final class Placeholders {

    /** A placeholder found at a 0-based index. */
    record Found(int index, String text) {}

    private static final Pattern BRACED = Pattern.compile("\\$?\\{[A-Za-z_][A-Za-z0-9_.-]*}");
    private static final Pattern HASHED = Pattern.compile("(?<![A-Za-z0-9@#$])#[a-z][a-z0-9]*");

    private Placeholders() {}

    /** Braced placeholders, and {@code #word} ones too when {@code hashed}. */
    static List<Found> find(String text, boolean hashed) {
        List<Found> found = new ArrayList<>();
        collect(BRACED.matcher(text), found);
        if (hashed) {
            collect(HASHED.matcher(text), found);
        }
        found.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return found;
    }

    static boolean any(String text) {
        return !find(text, true).isEmpty();
    }

    private static void collect(Matcher matcher, List<Found> found) {
        while (matcher.find()) {
            found.add(new Found(matcher.start(), matcher.group()));
        }
    }
}
