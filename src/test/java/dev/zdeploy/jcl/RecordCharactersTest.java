package dev.zdeploy.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The character rule of every record, at the edges of printable ASCII (the linter passes U+0020 to U+007E
 * in one comparison and tells the rest apart).
 */
class RecordCharactersTest {

    private static List<String> characterFindings(Linter.Mode mode, String comment) {
        String member = "//J JOB\n//S EXEC PGM=IEFBR14\n//* " + comment + "\n";
        return new Linter(mode).lint("M", member).stream().filter(f -> f.rule().equals(LintRule.CHARACTER.id()))
                .map(LintFinding::format).toList();
    }

    @Test
    void printableAsciiFromBlankToTildeIsClean() {
        StringBuilder all = new StringBuilder();
        for (char c = 0x20; c <= 0x7E; c++) {
            all.append(c);
            if (all.length() == 60) {
                assertEquals(List.of(), characterFindings(Linter.Mode.POLICY, all.toString()));
                all.setLength(0);
            }
        }
        assertEquals(List.of(), characterFindings(Linter.Mode.POLICY, all.toString()));
    }

    @Test
    void eachCharacterOutsideItIsNamedWhereItIs() {
        assertEquals(List.of(
                        "M:3:5: character: control character X'00'",
                        "M:3:6: character: control character X'1F'",
                        "M:3:7: character: tab character: JCL has no tabs, use blanks",
                        "M:3:8: character: carriage return: records end with LF only",
                        "M:3:9: character: control character X'7F'",
                        "M:3:10: character: character U+0080 outside printable ASCII",
                        "M:3:11: character: character U+00E9 outside printable ASCII",
                        "M:3:12: character: character U+FFFF outside printable ASCII"),
                characterFindings(Linter.Mode.POLICY, "\u0000\u001f\t\r\u007f\u0080\u00e9\uffff ~"));
    }

    @Test
    void zOsModeAllowsWhatIsBeyondAsciiButNotControlCharacters() {
        assertEquals(List.of("M:3:5: character: control character X'7F'"),
                characterFindings(Linter.Mode.ZOS, "\u007f\u0080\u00e9 ~"));
    }
}
