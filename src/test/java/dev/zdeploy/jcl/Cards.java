package dev.zdeploy.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Test helpers: the policy every writer's output meets, members built around it, generated values. */
final class Cards {

    /** Lengths that give no, one and many continuations. */
    static final int[] LENGTHS = {1, 2, 7, 8, 30, 43, 44, 45, 54, 55, 56, 57, 58, 69, 70, 71, 72, 73, 100, 101,
        143, 200, 333, 500, 999, 1000};

    private Cards() {}

    static IntStream lengths() {
        return IntStream.of(LENGTHS);
    }

    static Stream<Integer> boxedLengths() {
        return lengths().boxed();
    }

    /** Every record at most {@code lastColumn} long, no trailing blank, no control character. */
    static void assertWithin(List<String> cards, int lastColumn) {
        assertTrue(!cards.isEmpty(), "no cards");
        for (String card : cards) {
            assertTrue(card.length() <= lastColumn, () -> "longer than " + lastColumn + ": [" + card + "]");
            assertTrue(card.isEmpty() || card.charAt(card.length() - 1) != ' ', () -> "trailing blank: [" + card + "]");
            assertTrue(card.chars().allMatch(c -> c >= 0x20 && c < 0x7F), () -> "control character: [" + card + "]");
        }
    }

    /** A job around the given statements. */
    static String job(List<String> statements) {
        List<String> records = new ArrayList<>();
        records.add("//TESTJOB  JOB (ACCT),'ZDEPLOY'");
        records.addAll(statements);
        return String.join("\n", records) + "\n";
    }

    /** A job with one step running {@code program} whose {@code ddName} DD holds {@code data} in-stream. */
    static String step(String program, String ddName, List<String> data) {
        List<String> records = new ArrayList<>();
        records.add("//STEP1    EXEC PGM=" + program);
        records.add("//" + String.format("%-8s", ddName) + " DD *");
        records.addAll(data);
        records.add("/*");
        return job(records);
    }

    /** Findings of the POLICY linter for a member, formatted. */
    static List<String> lint(String text) {
        return new Linter().lint("TEST", text).stream().map(LintFinding::format).toList();
    }

    static void assertClean(String text) {
        assertEquals(List.of(), lint(text), () -> "member:\n" + text);
    }

    /** {@code length} characters of path-like text from a fixed seed: letters, digits, '/', '.', '_', '-'. */
    static String pathText(int length, long seed) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-";
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** An absolute path of exactly {@code length} characters. */
    static String path(int length) {
        return "/" + pathText(length - 1, length);
    }

    /** Free text with blanks and apostrophes, never two blanks in a row, not starting or ending with one. */
    static String prose(int length, long seed) {
        return prose(length, seed, 12);
    }

    /** {@link #prose(int, long)} with a blank and an apostrophe each about once in {@code every} characters. */
    static String prose(int length, long seed, int every) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int r = random.nextInt(every);
            boolean blankAllowed = text.length() > 0 && text.charAt(text.length() - 1) != ' '
                    && text.length() < length - 1;
            if (r == 0 && blankAllowed) {
                text.append(' ');
            } else if (r == 1) {
                text.append('\'');
            } else {
                text.append((char) ('A' + random.nextInt(26)));
            }
        }
        return text.toString();
    }

    /** {@code text} with a blank put into every run of more than {@code longest} non-blanks. */
    static String words(String text, int longest) {
        StringBuilder out = new StringBuilder();
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == ' ' ? 0 : run + 1;
            if (run > longest) {
                out.append(' ');
                run = 1;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** {@code count} distinct data set names of exactly 44 characters. */
    static List<String> dataSetNames(int count, String highLevel) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String number = String.format("N%07d", i);
            String name = highLevel + ".QUALIFR2.QUALIFR3.QUALIFR4." + number;
            names.add(name.substring(0, Math.min(44, name.length())));
        }
        return names;
    }
}
