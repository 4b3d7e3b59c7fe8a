package dev.zdeploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (DESIGN.md, "The pipeline"): cli, then serve (HTTP only), then the facade ({@code dev.zdeploy}),
 * output, render, jobs, plan, the input stage (input over descriptor, request and inventory, all over
 * json), problem; jcl is a leaf anyone may use. Every main source file's imports and fully qualified
 * references to {@code dev.zdeploy} types are checked against the packages its own package may use.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of(System.getProperty("zdeploy.project.dir", "."))
            .resolve("src/main/java/dev/zdeploy");
    private static final String FACADE = "dev.zdeploy";

    /** Each package and the packages it may use, lowest first; a package may use all that its uses may. */
    private static final Map<String, Set<String>> ALLOWED = allowed();

    private static Map<String, Set<String>> allowed() {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        layer(allowed, "jcl");
        layer(allowed, "problem");
        layer(allowed, "json", "problem", "jcl");
        layer(allowed, "descriptor", "json");
        layer(allowed, "request", "json");
        layer(allowed, "inventory", "json");
        layer(allowed, "input", "descriptor", "request", "inventory");
        layer(allowed, "plan", "input");
        layer(allowed, "jobs", "plan");
        layer(allowed, "render", "jobs");
        layer(allowed, "simulate", "jobs");
        layer(allowed, "output", "render");
        layer(allowed, FACADE, "output", "simulate");
        layer(allowed, "serve", FACADE);
        layer(allowed, "cli", FACADE, "serve");
        return allowed;
    }

    private static void layer(Map<String, Set<String>> allowed, String name, String... uses) {
        Set<String> reach = new TreeSet<>();
        for (String used : uses) {
            reach.add(used);
            reach.addAll(allowed.get(used));
        }
        reach.add("jcl");
        reach.remove(name);
        allowed.put(name, Set.copyOf(reach));
    }

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            String from = packageOf(SOURCES.relativize(file.getParent()));
            violations.addAll(violations(from, Files.readString(file)).stream()
                    .map(violation -> SOURCES.relativize(file) + ": " + violation).toList());
        }
        assertTrue(files.size() > 100, "only " + files.size() + " source files under " + SOURCES);
        assertEquals(List.of(), violations);
    }

    @Test
    void theCheckFindsWhatPointsTheWrongWay() {
        assertEquals(List.of("plan uses render (dev.zdeploy.render.JobRenderer)"),
                violations("plan", "package dev.zdeploy.plan;\nimport dev.zdeploy.render.JobRenderer;\n"));
        assertEquals(List.of("jcl uses problem (dev.zdeploy.problem.Problem)"),
                violations("jcl", "class A { dev.zdeploy.problem.Problem p; }"));
        assertEquals(List.of("output uses dev.zdeploy (dev.zdeploy.ZDeploy)"),
                violations("output", "import static dev.zdeploy.ZDeploy.create;"));
        assertEquals(List.of("dev.zdeploy uses cli (dev.zdeploy.cli.Main)"),
                violations(FACADE, "class Z { void m() { dev.zdeploy.cli.Main.main(null); } }"));
        assertEquals(List.of("newstage is not in the architecture: add it to ArchitectureTest"),
                violations("newstage", ""));
        assertEquals(List.of(), violations("render",
                "/** {@link dev.zdeploy.output.Member} */ class R { char q = '\"'; String s = \"dev.zdeploy.cli.Main\"; }"));
        assertEquals(List.of(), violations("cli", "import dev.zdeploy.ZDeploy;\nimport dev.zdeploy.jcl.Linter;"));
    }

    /** What {@code source}, in package {@code from}, uses that it may not. */
    static List<String> violations(String from, String source) {
        Set<String> allowed = ALLOWED.get(from);
        if (allowed == null) {
            return List.of(from + " is not in the architecture: add it to ArchitectureTest");
        }
        List<String> violations = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(codeOnly(source));
        while (reference.find()) {
            String to = reference.group(1) == null ? FACADE : reference.group(1);
            if (!to.equals(from) && !allowed.contains(to)) {
                violations.add(from + " uses " + to + " (" + reference.group() + ")");
            }
        }
        return violations;
    }

    /** A reference to a type: {@code dev.zdeploy.<package>.<Type>}, or {@code dev.zdeploy.<Type>} for the facade. */
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.zdeploy(?:\\.([a-z]+))?\\.[A-Z]\\w*");

    /** The package declaration, comments, character and string literals say nothing about what the code uses. */
    private static final Pattern NOT_CODE = Pattern.compile(
            "(?s)/\\*.*?\\*/|//[^\\n]*|'(?:\\\\.|[^'\\\\])'|\"(?:\\\\.|[^\"\\\\])*\"|^\\s*package [^;]*;", Pattern.MULTILINE);

    private static String codeOnly(String source) {
        return NOT_CODE.matcher(source).replaceAll(" ");
    }

    private static String packageOf(Path relative) {
        String name = relative.toString();
        return name.isEmpty() ? FACADE : name.replace('/', '.');
    }
}
