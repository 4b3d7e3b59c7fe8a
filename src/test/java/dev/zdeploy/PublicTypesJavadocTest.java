package dev.zdeploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every public type in src/main/java (nested ones too) has a Javadoc comment. */
class PublicTypesJavadocTest {

    private static final Path SOURCES = Path.of(System.getProperty("zdeploy.project.dir", "."), "src", "main", "java");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "\\s*public\\s+(?:(?:static|final|abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|record|enum|interface|@interface)\\s+(\\w+).*");

    @Test
    void everyPublicTypeHasJavadoc() throws IOException {
        List<String> undocumented = new ArrayList<>();
        int types = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = read(file);
                for (int i = 0; i < lines.size(); i++) {
                    var type = PUBLIC_TYPE.matcher(lines.get(i));
                    if (type.matches()) {
                        types++;
                        if (!documented(lines, i)) {
                            undocumented.add(SOURCES.relativize(file) + ":" + (i + 1) + " " + type.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(types > 100, "the scan finds the public types (" + types + ")");
        assertEquals(List.of(), undocumented);
    }

    /** A Javadoc comment ends right above the declaration or above the annotations in front of it. */
    static boolean documented(List<String> lines, int declaration) {
        int above = declaration - 1;
        while (above >= 0 && !lines.get(above).strip().endsWith("*/") && !endsAStatement(lines.get(above))) {
            above--;
        }
        if (above < 0 || !lines.get(above).strip().endsWith("*/")) {
            return false;
        }
        if (above < declaration - 1 && !lines.get(above + 1).strip().startsWith("@")) {
            return false;
        }
        int start = above;
        while (start >= 0 && !lines.get(start).strip().startsWith("/*")) {
            start--;
        }
        return start >= 0 && lines.get(start).strip().startsWith("/**");
    }

    private static boolean endsAStatement(String line) {
        String text = line.strip();
        return text.isEmpty() || text.endsWith(";") || text.endsWith("{") || text.endsWith("}");
    }

    @Test
    void theCheckTellsDocumentedFromUndocumented() {
        assertTrue(documented(List.of("/** Documented. */", "public final class A {"), 1));
        assertTrue(documented(List.of("/**", " * Documented.", " */", "@Command(name = \"x\",", "        description = \"y\")",
                "public final class A {"), 5));
        assertTrue(!documented(List.of("import x;", "", "public final class A {"), 2));
        assertTrue(!documented(List.of("/* Not Javadoc. */", "public final class A {"), 1));
        assertTrue(!documented(List.of("    /** The field. */", "    int x;", "    public record B() {}"), 2));
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
