package dev.zdeploy.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.zdeploy.request.RenameAction;
import dev.zdeploy.request.RenameRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The renamer finds a name's rule through an index by first qualifier; the rule it finds is the one
 * the old way, trying every rule in order, finds (first match wins), for random rules and names.
 */
class RenamerIndexTest {

    private static final String[] QUALIFIERS = {"A", "B", "SYS1", "ABC", "X"};

    @Test
    void theIndexedMatchIsTheFirstMatchOfAllRulesInOrder() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<RenameRule> rules = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(12); i++) {
                String pattern = pattern(random);
                rules.add(new RenameRule("dsname=" + pattern,
                        List.of(new RenameAction("dsname", pattern, pattern))));
            }
            Renamer renamer = new Renamer(rules, new Problems());
            for (int n = 0; n < 50; n++) {
                String name = name(random);
                assertSame(renamer.firstMatchScanningAll(name), renamer.firstMatchIndexed(name), rules + " " + name);
            }
        }
    }

    @Test
    void twentyThousandRulesAgainstTwentyThousandNamesRenameEachByItsOwnRule() {
        List<RenameRule> rules = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rules.add(new RenameRule("dsname=H" + i + ".**",
                    List.of(new RenameAction("dsname", "H" + i + ".**", "N" + i + ".**"))));
        }
        Renamer renamer = new Renamer(rules, new Problems());
        Problems problems = new Problems();
        for (int i = 0; i < 20_000; i++) {
            assertEquals("N" + i + ".LOAD", renamer.rename("H" + i + ".LOAD", "data set", problems));
        }
        assertEquals(List.of(), problems.errors());
    }

    private static String pattern(Random random) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            int pick = random.nextInt(7);
            parts.add(pick == 5 ? "*" : pick == 6 ? "**" : QUALIFIERS[pick]);
        }
        if (parts.stream().filter("**"::equals).count() > 1) {
            return "A.**";
        }
        return String.join(".", parts);
    }

    private static String name(Random random) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            parts.add(QUALIFIERS[random.nextInt(QUALIFIERS.length)]);
        }
        return String.join(".", parts);
    }
}
