package dev.zdeploy.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FillBarTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0    | 100  | 20 | [....................]   0%",
        "35   | 100  | 20 | [#######.............]  35%",
        "100  | 100  | 20 | [####################] 100%",
        "999  | 1000 | 20 | [###################.]  99%",
        "1    | 1000 | 10 | [..........]   0%",
        "112  | 100  | 20 | [####################] 112% OVER",
        "101  | 100  | 20 | [####################] 101% OVER",
        "5000 | 100  | 4  | [####] 5000% OVER",
        "1    | 2    | 1  | [.]  50%",
        "2    | 2    | 1  | [#] 100%",
    })
    void rendersBarAndRoundedDownPercent(long used, long capacity, int width, String expected) {
        assertEquals(expected, FillBar.render(used, capacity, width));
    }

    @Test
    void largeValuesDoNotOverflow() {
        assertEquals("[#####.....]  50%", FillBar.render(Long.MAX_VALUE / 2, Long.MAX_VALUE - 1, 10));
        assertEquals("[##########] 100%", FillBar.render(Long.MAX_VALUE, Long.MAX_VALUE, 10));
    }

    @Test
    void refusesMeaninglessArguments() {
        assertThrows(IllegalArgumentException.class, () -> FillBar.render(-1, 100, 20));
        assertThrows(IllegalArgumentException.class, () -> FillBar.render(0, 0, 20));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FillBar.render(1, 100, 0));
        assertEquals("a fill bar needs used >= 0, capacity > 0 and width >= 1 (got used 1, capacity 100, width 0)",
                e.getMessage());
    }
}
