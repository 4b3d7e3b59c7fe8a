package dev.zdeploy.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.approvaltests.core.ApprovalFailureReporter;
import org.opentest4j.AssertionFailedError;

/**
 * Reports a golden mismatch as a unified-style line diff in the test failure itself, so a CI log
 * shows exactly which records of which member changed (no diff tool is launched).
 */
final class LineDiffReporter implements ApprovalFailureReporter {

    private static final int CONTEXT = 2;

    @Override
    public boolean report(String received, String approved) {
        List<String> expected = lines(Path.of(approved));
        List<String> actual = lines(Path.of(received));
        throw new AssertionFailedError("golden member differs: " + approved + "\n" + diff(expected, actual)
                + "(received: " + received + "; re-approve with the command in README.md)");
    }

    static String diff(List<String> expected, List<String> actual) {
        int[][] lcs = new int[expected.size() + 1][actual.size() + 1];
        for (int i = expected.size() - 1; i >= 0; i--) {
            for (int j = actual.size() - 1; j >= 0; j--) {
                lcs[i][j] = expected.get(i).equals(actual.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < expected.size() || j < actual.size()) {
            if (i < expected.size() && j < actual.size() && expected.get(i).equals(actual.get(j))) {
                edits.add("  " + (i + 1) + ": " + expected.get(i));
                i++;
                j++;
            } else if (j < actual.size() && (i == expected.size() || lcs[i][j + 1] > lcs[i + 1][j])) {
                edits.add("+ " + (j + 1) + ": " + actual.get(j));
                j++;
            } else {
                edits.add("- " + (i + 1) + ": " + expected.get(i));
                i++;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < edits.size(); k++) {
            if (!edits.get(k).startsWith(" ") || near(edits, k)) {
                out.append(edits.get(k)).append('\n');
            }
        }
        return out.toString();
    }

    private static boolean near(List<String> edits, int k) {
        for (int d = -CONTEXT; d <= CONTEXT; d++) {
            int n = k + d;
            if (n >= 0 && n < edits.size() && !edits.get(n).startsWith(" ")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lines(Path path) {
        try {
            return Files.exists(path) ? Files.readAllLines(path) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
