package dev.zdeploy.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.zdeploy.jcl.JclSyntaxException;
import dev.zdeploy.jcl.JclWriter;
import dev.zdeploy.jcl.Linter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * A DD statement with any printable value in apostrophes (a UNIX path, say) is either refused with
 * a JclSyntaxException or written as cards within the output policy that pass the linter and join
 * back to exactly the statement asked for. {@code JAZZER_FUZZ=1} fuzzes; {@code mvn test -Plong} runs the seeds.
 */
@Tag("long")
class JclWriterFuzzTest {

    private static final Linter LINTER = new Linter(Linter.Mode.POLICY);

    @FuzzTest(maxDuration = "30s")
    void aQuotedValueIsWrittenWithinPolicyOrRefused(FuzzedDataProvider data) {
        String ddName = data.pickValue(List.of("SMPDIR", "SMPWKDIR", "STDENV", "X", "ABCDEFGH"));
        String value = printable(data.consumeRemainingAsString());
        List<String> parameters = List.of("PATH=" + JclWriter.quote(value), "PATHDISP=KEEP");
        List<String> cards;
        try {
            cards = JclWriter.dd(ddName, parameters);
        } catch (JclSyntaxException refused) {
            return;
        }
        for (String card : cards) {
            assertTrue(card.length() <= 71, card);
        }
        // The writer may move a keyword parameter first when the first one cannot start on the
        // first card; keyword parameters may come in any order (MVS JCL Reference, "Keyword parameters").
        String joined = JclWriter.unwrap(cards);
        assertTrue(joined.equals(JclWriter.logical(ddName, "DD", parameters))
                || joined.equals(JclWriter.logical(ddName, "DD", List.of(parameters.get(1), parameters.get(0)))), joined);
        List<String> member = new ArrayList<>(List.of("//FUZZ     JOB (ACCOUNT),'NAME'", "//STEP     EXEC PGM=IEFBR14"));
        member.addAll(cards);
        assertEquals(List.of(), LINTER.lint("FUZZ", String.join("\n", member) + "\n"));
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().filter(c -> c >= 0x20 && c <= 0x7E).forEach(c -> out.append((char) c));
        return out.toString();
    }
}
