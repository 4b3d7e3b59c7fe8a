package dev.zdeploy.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The golden scenarios: folders of {@code golden/} that hold a {@code descriptor.json}. */
final class GoldenScenarios {

    static final String MANIFEST = ".zdeploy/manifest.json";

    private GoldenScenarios() {}

    static Path root() {
        return projectDirectory().resolve("golden");
    }

    static Path receivedRoot() {
        return projectDirectory().resolve("target").resolve("golden-received");
    }

    static List<Path> all() {
        try (Stream<Path> folders = Files.list(root())) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("descriptor.json"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path inventory(Path scenario) {
        Path inventory = scenario.resolve("inventory.json");
        return Files.exists(inventory) ? inventory : null;
    }

    /** Member files of an approved scenario: plain files whose names have no dot (inputs and scripts do). */
    static List<String> approvedMembers(Path scenario) {
        try (Stream<Path> files = Files.list(scenario)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .filter(name -> !name.contains(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path projectDirectory() {
        return Path.of(System.getProperty("zdeploy.project.dir", ".")).toAbsolutePath().normalize();
    }
}
