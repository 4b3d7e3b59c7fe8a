package dev.zdeploy.output;

import dev.zdeploy.jcl.JclSyntaxException;
import dev.zdeploy.jcl.NameRules;
import java.util.List;
import java.util.Objects;

/**
 * One rendered PDS member: its name and its JCL text. The text uses LF line ends, ends with a line
 * feed and holds only printable ASCII, so its bytes are the same in ASCII and UTF-8 and survive the
 * translation to EBCDIC unchanged.
 *
 * @param name the member name (1-8 characters, A-Z, 0-9, national, first not a digit)
 * @param text the member's records, each ended by {@code \n}
 */
public record Member(String name, String text) {

    public Member {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        JclSyntaxException.requireValid(NameRules.memberName(name), name);
        if (!text.endsWith("\n")) {
            throw new JclSyntaxException("member " + name + ": the text ends with a line feed");
        }
        String unprintable = OutputText.firstUnprintable(text);
        if (unprintable != null) {
            throw new JclSyntaxException("member " + name
                    + ": the text holds only printable ASCII and line feeds (got " + unprintable + ")");
        }
    }

    /** The member's records without their line ends. */
    public List<String> lines() {
        return OutputText.lines(text);
    }
}
