package dev.zdeploy.cli;

/** Counted nouns for messages: {@code 1 member}, {@code 2 members}. */
final class Plural {

    private Plural() {}

    static String of(long number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
