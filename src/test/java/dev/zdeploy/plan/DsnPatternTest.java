package dev.zdeploy.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DsnPatternTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
        "SYS1.*,       SYS1.LINKLIB,        true",
        "SYS1.*,       SYS1.LINKLIB.X,      false",
        "SYS1.*,       SYS1,                false",
        "SYS1.**,      SYS1,                true",
        "SYS1.**,      SYS1.A.B.C,          true",
        "SYS1.**,      SYS2.A,              false",
        "*.**,         A,                   true",
        "*.*,          A,                   false",
        "**.CSI,       QWT.GLOBAL.CSI,      true",
        "**.CSI,       CSI,                 true",
        "**.CSI,       QWT.CSI.DATA,        false",
        "QWT.*.CSI,    QWT.GLOBAL.CSI,      true",
        "QWT.*.CSI,    QWT.A.B.CSI,         false",
        "**,           ANY.NAME.AT.ALL,     true",
        "A.B,          A.B,                 true",
        "A.B,          A.BC,                false",
    })
    void matchesWholeQualifiers(String pattern, String name, boolean matches) {
        assertEquals(matches, DsnPattern.compile(pattern).matches(name));
    }

    @Test
    void capturesEachWildcardInOrder() {
        assertEquals(List.of("A", "B.C"), DsnPattern.compile("*.**").match("A.B.C"));
        assertEquals(List.of("", "X"), DsnPattern.compile("**.CSI.*").match("CSI.X"));
        assertNull(DsnPattern.compile("*.**").match(""));
    }

    @Test
    void doubleStarTakesAsFewQualifiersAsItCan() {
        assertEquals(List.of("A", "B.X.C"), DsnPattern.compile("**.X.**").match("A.X.B.X.C"));
    }

    @Test
    void fillPutsCapturesInPlaceAndDropsEmptyOnes() {
        DsnPattern to = DsnPattern.compile("*.NEWHLQ.**");
        assertEquals("A.NEWHLQ.B.C", to.fill(List.of("A", "B.C")));
        assertEquals("A.NEWHLQ", to.fill(List.of("A", "")));
        assertEquals("NEW.CSI", DsnPattern.compile("NEW.**.CSI").fill(List.of("")));
    }

    @Test
    void wildcardsAreListedInOrder() {
        assertEquals(List.of("*", "**"), DsnPattern.compile("*.NEW.**").wildcards());
        assertEquals(List.of(), DsnPattern.compile("A.B").wildcards());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "A..B", ".A", "A.", "SYS*.X", "A.***", "A.*B"})
    void rejectsMalformedPatterns(String pattern) {
        assertThrows(IllegalArgumentException.class, () -> DsnPattern.compile(pattern));
    }
}
