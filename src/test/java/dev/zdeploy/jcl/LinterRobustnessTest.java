package dev.zdeploy.jcl;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code zdeploy lint} reads any file a user names, so the linter answers every text with findings,
 * never an exception: the corpus, the lint catalogue and the golden members, each cut, grown and
 * overwritten at random (a fixed seed, so a failure repeats) with the characters JCL is made of.
 */
@Tag("long")
class LinterRobustnessTest {

    private static final Path PROJECT = Path.of(System.getProperty("zdeploy.project.dir", "."));
    private static final String CHARACTERS = "/*' (),=.&ABCXYZ019$#@-+;:<>\"\t\n";
    private static final int MUTANTS = 30_000;

    private static List<String> members() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String root : List.of("src/test/resources/corpus", "src/test/resources/lint", "golden")) {
            try (Stream<Path> files = Files.walk(PROJECT.resolve(root))) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".json"))
                        .sorted().toList()) {
                    texts.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return texts;
    }

    @Test
    void everyMutatedMemberGivesFindingsNotAnException() throws IOException {
        List<String> members = members();
        assertTrue(members.size() > 100, "only " + members.size() + " members");
        Random random = new Random(72);
        Linter policy = new Linter(Linter.Mode.POLICY);
        Linter zos = new Linter(Linter.Mode.ZOS);
        for (int n = 0; n < MUTANTS; n++) {
            StringBuilder text = new StringBuilder(members.get(random.nextInt(members.size())));
            int edits = 1 + random.nextInt(8);
            for (int e = 0; e < edits && text.length() > 0; e++) {
                int at = random.nextInt(text.length());
                char c = CHARACTERS.charAt(random.nextInt(CHARACTERS.length()));
                switch (random.nextInt(4)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, c);
                    case 2 -> text.setCharAt(at, c);
                    default -> text.delete(at, Math.min(text.length(), at + random.nextInt(40)));
                }
            }
            String mutant = text.toString();
            try {
                policy.lint("MUTANT", mutant);
                zos.lint("MUTANT", mutant);
            } catch (RuntimeException e) {
                fail("the linter threw " + e + " for:\n" + mutant, e);
            }
        }
    }
}
