package dev.zdeploy.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportLinesTest {

    @Test
    void aShortLineStaysWhole() {
        assertEquals(List.of("  short"), ReportLines.wrap("  short  ", 6));
    }

    @Test
    void aLongLineBreaksAfterTheLastSemicolonThatFitsAndContinuesIndented() {
        String notes = "x".repeat(60) + "; " + "y".repeat(30) + "; " + "z".repeat(20);

        List<String> lines = ReportLines.wrap(notes, 19);

        assertEquals(List.of("x".repeat(60) + "; " + "y".repeat(30) + ";", " ".repeat(19) + "z".repeat(20)), lines);
    }

    @Test
    void withoutASemicolonItBreaksAtABlankAndEveryLineFits() {
        String text = "word ".repeat(70).strip();

        List<String> lines = ReportLines.wrap(text, 4);

        assertEquals(4, lines.size());
        lines.forEach(line -> assertEquals(true, line.length() <= ReportLines.WIDTH, line));
        assertEquals(text, String.join(" ", lines.stream().map(String::strip).toList()));
    }

    @Test
    void aWordLongerThanALineIsNotSplit() {
        String path = "/" + "p".repeat(120);

        assertEquals(List.of("  " + path), ReportLines.wrap("  " + path, 6));
    }
}
