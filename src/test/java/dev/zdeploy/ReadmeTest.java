package dev.zdeploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.cli.Main;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the README shows works: the library example compiles, the tour's command lines parse. */
class ReadmeTest {

    private static final Path README = Path.of(System.getProperty("zdeploy.project.dir", ".")).resolve("README.md");

    @TempDir
    Path work;

    private static String readme() throws IOException {
        return Files.readString(README, StandardCharsets.UTF_8);
    }

    /** The text of the section under {@code ## heading}, up to the next section. */
    private static String section(String heading) throws IOException {
        String text = readme();
        int start = text.indexOf("\n## " + heading + "\n");
        assertTrue(start >= 0, "README has a section " + heading);
        int end = text.indexOf("\n## ", start + 1);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    @Test
    void theLibraryExampleCompiles() throws IOException, URISyntaxException {
        Matcher block = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(section("As a library"));
        assertTrue(block.find(), "the section has a java block");
        List<String> imports = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        block.group(1).lines().filter(line -> !line.isBlank())
                .forEach(line -> (line.startsWith("import ") ? imports : statements).add(line));
        assertTrue(statements.size() <= 10, "a ten-line example: " + statements.size() + " statements");
        Path source = Files.writeString(work.resolve("ReadmeExample.java"), String.join("\n", imports)
                + "\n\nclass ReadmeExample {\n    static void run() throws Exception {\n"
                + String.join("\n", statements) + "\n    }\n}\n");

        String diagnostics = compile(source);

        assertEquals("", diagnostics, "the README example compiles:\n" + Files.readString(source));
        assertTrue(Files.exists(work.resolve("ReadmeExample.class")));
    }

    private String compile(Path source) throws URISyntaxException, IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        String classes = Path.of(ZDeploy.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(source.toFile());
            List<String> options = List.of("-classpath", classes + File.pathSeparator + System.getProperty("java.class.path"),
                    "-d", work.toString(), "--release", "17", "-proc:none", "-Xlint:all");
            compiler.getTask(diagnostics, files, null, options, null, units).call();
        }
        return diagnostics.toString();
    }

    @Test
    void everyCommandLineOfTheTourParses() throws IOException {
        List<String> lines = section("A short tour").lines().filter(line -> line.startsWith("    zdeploy ")).toList();
        assertTrue(lines.size() >= 10, lines.toString());

        for (String line : lines) {
            String[] args = line.substring("    zdeploy ".length()).trim().split(" +");
            CommandLine.ParseResult parsed = new CommandLine(new Main()).parseArgs(args);
            assertTrue(parsed.hasSubcommand(), line);
        }
    }

    @Test
    void theServeCommandLinesParse() throws IOException {
        List<String> lines = section("`zdeploy serve`: z/OSMF's deployment API, without a z/OSMF").lines()
                .filter(line -> line.startsWith("    bin/zdeploy serve ")).toList();
        assertEquals(2, lines.size(), lines.toString());
        for (String line : lines) {
            String[] args = line.substring("    bin/zdeploy ".length()).trim().split(" +");
            assertTrue(new CommandLine(new Main()).parseArgs(args).hasSubcommand(), line);
        }
    }

    @Test
    void theTourCoversEveryCommandAndOption() throws IOException {
        String tour = section("A short tour");

        for (String shown : List.of("zdeploy render\n", "zdeploy plan ", "plan --json", "zdeploy validate ",
                "zdeploy lint ", "lint --zos", "zdeploy templates export ", "--templates ", "--format iebupdte",
                "--inventory ", "--out ", "--force", "--quiet", "--help", "--version", "| 0 |", "| 1 |", "| 2 |", "| 3 |")) {
            assertTrue(tour.contains(shown), shown);
        }
    }

    @Test
    void theSetUpCommandsAreThereExactly() throws IOException {
        String setUp = section("Set-up (a fresh machine with Java 17 and Maven)");

        assertTrue(setUp.contains("\n    mvn -B -q package -DskipTests && bin/zdeploy render\n"), setUp);
        assertTrue(setUp.contains("\n    mvn -B test\n"), setUp);
        assertFalse(readme().contains("\r"));
    }
}
