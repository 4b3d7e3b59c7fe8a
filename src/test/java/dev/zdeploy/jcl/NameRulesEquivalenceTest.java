package dev.zdeploy.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * NameRules' character loops give exactly the verdicts and messages of the regular expressions they
 * replaced ({@link RegexNameRules}): every rule, on every string of up to three characters from an
 * alphabet of the interesting characters, and on many longer random and almost-valid names.
 */
class NameRulesEquivalenceTest {

    /** Valid and invalid characters, lower case, ß (upper case SS), ſ (upper case S), a surrogate pair's halves. */
    private static final String[] ALPHABET = {"A", "Z", "a", "z", "0", "9", "@", "#", "$", "-", ".", "&", " ", "*",
            "(", ")", "/", "_", "ß", "é", "Σ", "ſ", "\uD835\uDC00", "\t"};

    private record Rule(String name, Function<String, Optional<String>> actual, Function<String, Optional<String>> expected) {}

    private static final List<Rule> RULES = List.of(
            new Rule("qualifier", NameRules::qualifier, RegexNameRules::qualifier),
            new Rule("dataSetName", NameRules::dataSetName, RegexNameRules::dataSetName),
            new Rule("dataSetNameWithMember", NameRules::dataSetNameWithMember, RegexNameRules::dataSetNameWithMember),
            new Rule("memberName", NameRules::memberName, RegexNameRules::memberName),
            new Rule("jclName", NameRules::jclName, RegexNameRules::jclName),
            new Rule("jobName", NameRules::jobName, RegexNameRules::jobName),
            new Rule("volumeSerial", NameRules::volumeSerial, RegexNameRules::volumeSerial),
            new Rule("systemSymbol", NameRules::systemSymbol, RegexNameRules::systemSymbol),
            new Rule("zoneName", NameRules::zoneName, RegexNameRules::zoneName),
            new Rule("indirectCatalogSymbol", NameRules::indirectCatalogSymbol, RegexNameRules::indirectCatalogSymbol),
            new Rule("smsClassName", NameRules::smsClassName, RegexNameRules::smsClassName),
            new Rule("symbolicPrefix", NameRules::symbolicPrefix, RegexNameRules::symbolicPrefix),
            new Rule("unixPath", NameRules::unixPath, RegexNameRules::unixPath));

    private int compared;
    private int refused;

    private void compare(String text) {
        for (Rule rule : RULES) {
            Optional<String> expected = rule.expected().apply(text);
            assertEquals(expected, rule.actual().apply(text), () -> rule.name() + "(\"" + text + "\")");
            compared++;
            if (expected.isPresent()) {
                refused++;
            }
        }
    }

    @Test
    void everyShortStringOfTheAlphabet() {
        List<String> texts = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 3; length++) {
            List<String> longer = new ArrayList<>();
            for (String text : texts) {
                if (text.codePointCount(0, text.length()) == length - 1) {
                    for (String c : ALPHABET) {
                        longer.add(text + c);
                    }
                }
            }
            texts.addAll(longer);
        }
        texts.forEach(this::compare);
        assertTrue(compared > 150_000, "only " + compared + " comparisons");
        assertTrue(refused > 0 && refused < compared, "every verdict the same way");
    }

    @Test
    void longerRandomAndAlmostValidNames() {
        Random random = new Random(20_260_511L);
        String valid = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@#$";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int qualifiers = 1 + random.nextInt(6);
            for (int q = 0; q < qualifiers; q++) {
                if (q > 0) {
                    text.append('.');
                }
                int length = 1 + random.nextInt(9);
                for (int i = 0; i < length; i++) {
                    text.append(valid.charAt(random.nextInt(valid.length())));
                }
            }
            int edits = random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                String c = ALPHABET[random.nextInt(ALPHABET.length)];
                int at = random.nextInt(text.length() + 1);
                text.insert(at, c);
            }
            String name = text.toString();
            compare(name);
            compare("&" + name);
            compare("/" + name.toLowerCase(java.util.Locale.ROOT));
            compare(name + "(" + name.substring(0, Math.min(name.length(), 1 + random.nextInt(9))) + ")");
        }
        assertTrue(refused > 0 && refused < compared, "every verdict the same way");
    }
}
