package dev.zdeploy.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Re-approval: writes what the code renders into a scenario's folder, exactly as the CLI would
 * write it, and removes members that no longer belong. The scenario's inputs (files with a dot in
 * their name) are never touched.
 */
final class GoldenApprover {

    private GoldenApprover() {}

    static void approve(Path scenario, Map<String, String> members, String manifest) throws IOException {
        for (String stale : GoldenScenarios.approvedMembers(scenario)) {
            if (!members.containsKey(stale)) {
                Files.delete(scenario.resolve(stale));
            }
        }
        for (Map.Entry<String, String> member : members.entrySet()) {
            write(scenario.resolve(member.getKey()), member.getValue());
        }
        Path manifestFile = scenario.resolve(GoldenScenarios.MANIFEST);
        Files.createDirectories(manifestFile.getParent());
        write(manifestFile, manifest);
    }

    private static void write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            Files.write(file, bytes);
        }
    }
}
