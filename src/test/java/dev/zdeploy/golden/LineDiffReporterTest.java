package dev.zdeploy.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffReporterTest {

    @Test
    void aChangedLineShowsAsRemovedThenAddedWithItsNeighbours() {
        List<String> approved = List.of("a", "b", "c", "d", "e", "f", "g");
        List<String> received = List.of("a", "b", "c", "D", "e", "f", "g");

        assertEquals("  2: b\n  3: c\n- 4: d\n+ 4: D\n  5: e\n  6: f\n",
                LineDiffReporter.diff(approved, received));
    }

    @Test
    void identicalTextsHaveNoDiff() {
        assertEquals("", LineDiffReporter.diff(List.of("x", "y"), List.of("x", "y")));
    }

    @Test
    void addedAndRemovedLinesAtTheEnds() {
        assertEquals("+ 1: new\n  1: a\n- 2: old\n", LineDiffReporter.diff(List.of("a", "old"), List.of("new", "a")));
    }
}
