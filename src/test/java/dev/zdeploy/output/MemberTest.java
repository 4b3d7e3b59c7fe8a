package dev.zdeploy.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.jcl.JclSyntaxException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MemberTest {

    @Test
    void linesAreTheRecordsWithoutLineEnds() {
        Member member = new Member("IZUD01RA", "//IZUD01RA JOB\n\n//* END\n");
        assertEquals(List.of("//IZUD01RA JOB", "", "//* END"), member.lines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "IZUD01RAX", "1ZUD", "izud01ra", "IZUD.01"})
    void refusesAnInvalidMemberName(String name) {
        JclSyntaxException e = assertThrows(JclSyntaxException.class, () -> new Member(name, "//X JOB\n"));
        assertTrue(e.getMessage().contains("a member name"), e.getMessage());
        assertTrue(e.getMessage().contains("\"" + name + "\""), e.getMessage());
    }

    @Test
    void refusesTextWithoutFinalLineFeed() {
        JclSyntaxException e = assertThrows(JclSyntaxException.class, () -> new Member("A", "//A JOB"));
        assertEquals("member A: the text ends with a line feed", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"//A JOB\r\n", "//A\tJOB\n", "//A JOB 'CAF\u00c9'\n", "//A JOB\u0000\n"})
    void refusesAnythingButPrintableAsciiAndLineFeeds(String text) {
        JclSyntaxException e = assertThrows(JclSyntaxException.class, () -> new Member("A", text));
        assertTrue(e.getMessage().startsWith("member A: the text holds only printable ASCII"), e.getMessage());
    }

    @Test
    void renderedOutputRefusesTheSameMemberTwice() {
        Member member = new Member("A", "//A JOB\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RenderedOutput(List.of(member, member), "{}"));
        assertEquals("member A appears twice", e.getMessage());
    }
}
