package dev.zdeploy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code <@jcl.write.x .../>} writes the records {@code jcl.x(...)} returns, but into the member a piece at a
 * time: a render never holds a member's per-data-set units whole (they are 310 MB at 1,000,000 data sets).
 */
class UnitsDirectiveTest {

    private static String render(String template, Map<String, Object> model, Writer out) throws Exception {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_35);
        new Template("t", new StringReader(template), configuration).process(model, out);
        return out.toString();
    }

    @Test
    void theUnitsAreThoseOfTheFunctionWrittenInPiecesOfAboutSixtyFourKilobytes() throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            names.add("TGT.LIBRARY.N" + i);
        }
        JclHelpers jcl = new JclHelpers();
        String whole = jcl.verifyListcats(names, Map.of());
        assertTrue(whole.length() > 8 * Records.FLUSH_AT, "the test needs units of many pieces: " + whole.length());

        LargestWrite out = new LargestWrite();
        String written = render("<@jcl.write.verifyListcats names=names catalogs={}/>",
                Map.of("jcl", jcl, "names", names), out);

        assertEquals(whole, written);
        // One piece is what was gathered when it passed 64 KB: at most one command's records more.
        assertTrue(out.largest < Records.FLUSH_AT + 1_000, "largest write: " + out.largest);
    }

    @Test
    void aMissingOrUnknownParameterIsNamedWithTheDirectiveAndItsParameters() {
        Map<String, Object> model = Map.of("jcl", new JclHelpers(), "names", List.of("A.B"));

        TemplateException missing = assertThrows(TemplateException.class,
                () -> render("<@jcl.write.verifyListcats names=names/>", model, new StringWriter()));
        TemplateException unknown = assertThrows(TemplateException.class,
                () -> render("<@jcl.write.verifyListcats names=names catalogs={} plan=1/>", model, new StringWriter()));

        assertTrue(missing.getMessage().contains("jcl.write.verifyListcats needs the parameter catalogs; its parameters"
                + " are names, catalogs"), missing.getMessage());
        assertTrue(unknown.getMessage().contains("jcl.write.verifyListcats has no parameter plan; its parameters are"
                + " names, catalogs"), unknown.getMessage());
    }
}
