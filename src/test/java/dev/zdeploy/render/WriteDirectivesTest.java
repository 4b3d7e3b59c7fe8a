package dev.zdeploy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.plan.TargetDddef;
import dev.zdeploy.plan.VtocCheck;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code jcl.write.*} directives of PF, UC and VF write the records of the string functions of the
 * same names ({@code jcl.vtocChecks}, {@code jcl.absentListcats}, {@code jcl.dddefUcl}, {@code jcl.comment}
 * of a paragraph listing every DDDEF value), for random inputs, but into the member a piece at a time:
 * no single write is larger than 64 KB and one statement, so no member-sized string is built on the way
 * (as the functions and lib gimsmpStep's capture of its statements did).
 */
class WriteDirectivesTest {

    /** One statement's records, or one comment line, at most: what may be gathered past 64 KB before a flush. */
    private static final int ONE_STATEMENT = 4_000;

    private final JclHelpers jcl = new JclHelpers();

    private static String render(String template, Map<String, Object> model, Writer out) throws Exception {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_35);
        new Template("t", new StringReader(template), configuration).process(model, out);
        return out.toString();
    }

    private static String word(Random random, int max, String alphabet) {
        StringBuilder word = new StringBuilder();
        for (int i = 1 + random.nextInt(max); i > 0; i--) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }

    private static String qualifiers(Random random) {
        StringBuilder name = new StringBuilder(word(random, 8, "ABCXYZ#$@"));
        for (int q = random.nextInt(4); q > 0; q--) {
            name.append('.').append(word(random, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"));
        }
        return name.toString();
    }

    private static List<TargetDddef> dddefs(Random random, int count) {
        List<TargetDddef> dddefs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String dddef = word(random, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
            switch (random.nextInt(4)) {
                case 0 -> dddefs.add(new TargetDddef("TGT", "TGT", dddef, null, null, null, "/old/",
                        "/" + word(random, 120, "abcdefghij/_-.")));
                case 1 -> dddefs.add(new TargetDddef("TGT", "TGT", dddef, qualifiers(random), null, null, null, null));
                case 2 -> dddefs.add(new TargetDddef("TGT", "TGT", random.nextBoolean() ? "SMPLOG" : dddef,
                        qualifiers(random), "T00001", "3390", null, null));
                default -> dddefs.add(new TargetDddef("TGT", "TGT", dddef, qualifiers(random), "T00001", "3390", null,
                        null, List.of("T00001", "T00002", "T00003")));
            }
        }
        return dddefs;
    }

    private static void assertPieces(LargestWrite out) {
        assertTrue(out.largest < Records.FLUSH_AT + ONE_STATEMENT, "largest write: " + out.largest);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void uclStatementsOfTheDddefsAreThoseOfTheFunctionInPieces(long seed) throws Exception {
        List<TargetDddef> dddefs = dddefs(new Random(seed), 5_000);
        String whole = jcl.dddefUcl(dddefs);
        assertTrue(whole.length() > 4 * Records.FLUSH_AT, "the test needs statements of many pieces: " + whole.length());

        LargestWrite out = new LargestWrite();
        // Through lib gimsmpStep's check for statements, which writes them on, not capturing them.
        String written = render("<@jcl.write.notEmpty message=\"none\"><@jcl.write.dddefUcl dddefs=dddefs/></@jcl.write.notEmpty>",
                Map.of("jcl", jcl, "dddefs", dddefs), out);

        assertEquals(whole, written);
        assertPieces(out);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void vtocChecksAndAbsentListcatsAreThoseOfTheFunctionsInPieces(long seed) throws Exception {
        Random random = new Random(seed);
        List<VtocCheck> checks = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String name = qualifiers(random);
            List<String> volumes = new ArrayList<>();
            for (int v = random.nextInt(random.nextInt(10) == 0 ? 30 : 3); v >= 0; v--) {
                volumes.add(String.format("V%05d", random.nextInt(100)));
            }
            checks.add(new VtocCheck(name, volumes));
            names.add(name);
        }
        String dumps = jcl.vtocChecks(checks);
        String listcats = jcl.absentListcats(names);
        assertTrue(Math.min(dumps.length(), listcats.length()) > 4 * Records.FLUSH_AT, dumps.length() + " " + listcats.length());

        LargestWrite vtoc = new LargestWrite();
        LargestWrite catalog = new LargestWrite();
        assertEquals(dumps, render("<@jcl.write.vtocChecks checks=checks/>", Map.of("jcl", jcl, "checks", checks), vtoc));
        assertEquals(listcats, render("<@jcl.write.absentListcats names=names/>", Map.of("jcl", jcl, "names", names), catalog));
        assertPieces(vtoc);
        assertPieces(catalog);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void aCommentIsTheFunctionsCommentStatementsAndAParagraphIsWrittenValueByValue(long seed) throws Exception {
        Random random = new Random(seed);
        // Words of every length (some longer than a record), runs of blanks, newlines, characters to sanitise.
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(200); i > 0; i--) {
            text.append(word(random, random.nextInt(8) == 0 ? 150 : 12, "abcXYZ();,.\u00e9\ud83d\ude00\t"))
                    .append(random.nextInt(10) == 0 ? "\n" : random.nextInt(5) == 0 ? "   " : " ");
        }
        String before = text.toString();
        List<TargetDddef> dddefs = dddefs(random, 2_000 + random.nextInt(2_000));
        List<String> names = new ArrayList<>();
        for (TargetDddef dd : dddefs) {
            names.add(dd.dddef() + (random.nextInt(20) == 0 ? "\u00e9" : ""));
        }
        Map<String, Object> model = Map.of("jcl", jcl, "text", before, "dddefs", dddefs, "names", names);

        assertEquals(jcl.comment(before) + "\n", render("<@jcl.write.comment text=text/>", model, new StringWriter()));
        assertEquals(jcl.comment("") + "\n", render("<@jcl.write.comment text=\"\"/>", model, new StringWriter()));
        LargestWrite values = new LargestWrite();
        String paragraph = render("<@jcl.write.comment text=jcl.dddefParagraph(text, dddefs, \" end.\")/>", model, values);
        assertEquals(jcl.comment(before + jcl.dddefValues(dddefs) + " end.") + "\n", paragraph);
        assertPieces(values);
        LargestWrite list = new LargestWrite();
        assertEquals(jcl.comment("Names (" + String.join(", ", names) + ").") + "\n",
                render("<@jcl.write.comment text=jcl.paragraph(\"Names (\", names, \", \", \").\")/>", model, list));
        assertPieces(list);
        // A site template that writes a paragraph as a string gets the same text.
        assertEquals(paragraph, render("${jcl.comment(jcl.dddefParagraph(text, dddefs, \" end.\"))}\n", model, new StringWriter()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<#if false>x</#if>"})
    void notEmptyFailsWithItsMessageWhenItsBodyWritesNothing(String body) {
        TemplateException e = assertThrows(TemplateException.class, () -> render(
                "<@jcl.write.notEmpty message=\"step X: nothing\">" + body + "</@jcl.write.notEmpty>",
                Map.of("jcl", jcl), new StringWriter()));
        assertTrue(e.getMessage().contains("step X: nothing"), e.getMessage());
    }
}
