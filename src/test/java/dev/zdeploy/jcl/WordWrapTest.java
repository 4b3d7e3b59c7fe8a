package dev.zdeploy.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A comment given to {@link WordWrap} in fragments, cut anywhere (in a word, in a run of blanks), makes
 * the records {@link Words#wrap} makes of the whole text: a paragraph listing a value per data set is
 * written as its values come, with the same bytes.
 */
class WordWrapTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void fragmentsCutAnywhereGiveTheRecordsOfTheWholeText(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(120); i > 0; i--) {
            for (int c = 1 + random.nextInt(random.nextInt(6) == 0 ? 160 : 12); c > 0; c--) {
                text.append((char) ('A' + random.nextInt(26)));
            }
            text.append(" ".repeat(random.nextInt(4) == 0 ? 1 + random.nextInt(3) : random.nextInt(2)));
        }
        String whole = (random.nextBoolean() ? "  " : "") + text;
        for (String[] affixes : List.of(new String[] {"//*", ""}, new String[] {" /*", " */"})) {
            int lastColumn = 72 - (int) (seed % 2);
            List<String> expected = Words.wrap(affixes[0], whole, affixes[1], lastColumn);

            StringBuilder out = new StringBuilder();
            WordWrap wrap = new WordWrap(affixes[0], affixes[1], lastColumn, out);
            for (int at = 0; at < whole.length(); ) {
                int end = Math.min(whole.length(), at + random.nextInt(20));
                wrap.add(whole.substring(at, end));
                at = end;
            }
            wrap.end();

            assertEquals(expected, MarkedLayout.records(out), whole);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   "})
    void noWordsGiveTheBarePrefix(String text) {
        StringBuilder out = new StringBuilder();
        new WordWrap("//*", "", 71, out).add(text).end();
        assertEquals("//*\n", out.toString());
        assertEquals(List.of("//*"), Words.wrap("//*", text, "", 71));
    }
}
