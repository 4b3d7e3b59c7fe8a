package dev.zdeploy.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A REST files data set path after {@code /zosmf/restfiles/ds/}: {@code <dsname>/member} (the member
 * list) or {@code <dsname>(<member>)} (a member's text). Clients percent-encode the parentheses
 * (Zowe does), so the raw path is decoded here; names are folded to upper case, as z/OS names are.
 *
 * @param dsname the data set name
 * @param member the member name, or null for the member list
 */
record DataSetPath(String dsname, String member) {

    static final String PREFIX = "/zosmf/restfiles/ds/";
    private static final Pattern LIST = Pattern.compile("([^/()]+)/member");
    private static final Pattern MEMBER = Pattern.compile("([^/()]+)\\(([^/()]+)\\)");

    /** The path of a raw request URI path, if it is one of the two forms. */
    static Optional<DataSetPath> parse(String rawPath) {
        if (!rawPath.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = decode(rawPath.substring(PREFIX.length()));
        if (rest == null) {
            return Optional.empty();
        }
        Matcher list = LIST.matcher(rest);
        if (list.matches()) {
            return Optional.of(new DataSetPath(upper(list.group(1)), null));
        }
        Matcher member = MEMBER.matcher(rest);
        if (member.matches()) {
            return Optional.of(new DataSetPath(upper(member.group(1)), upper(member.group(2))));
        }
        return Optional.empty();
    }

    private static String upper(String name) {
        return name.strip().toUpperCase(Locale.ROOT);
    }

    /** Percent-decoding of a path ({@code +} stays {@code +}); null when malformed. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
