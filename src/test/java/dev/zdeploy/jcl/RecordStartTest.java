package dev.zdeploy.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Records resumed in column 1 never begin with what would end the in-stream data or the deck. */
class RecordStartTest {

    static Stream<String> pathsWithADangerousPairAtEveryOffset() {
        return Stream.of("//*ROUTE PRINT", "/*", "./", "$$", "><", "//").flatMap(pair ->
                IntStream.range(0, 75).mapToObj(k -> "/srv/" + "a".repeat(k) + pair + "/x/" + "b".repeat(k % 7)));
    }

    @ParameterizedTest
    @MethodSource("pathsWithADangerousPairAtEveryOffset")
    void anSmpePathIsSplitWhereNoRecordBeginsWithTwoSpecialCharacters(String path) {
        String statement = SmpeWriter.pathDddef("SABCBIN", path);

        List<String> records = SmpeWriter.statement(statement);

        for (String record : records) {
            assertTrue(RecordStart.isSafe(record, 0), () -> String.join("\n", records));
            assertTrue(record.length() <= SmpeWriter.LAST_COLUMN, record);
        }
        assertEquals(List.of(statement), SmpeWriter.unwrap(records));
    }

    @Test
    void aPathWithNoSafeSplitIsRefusedNotWritten() {
        String statement = SmpeWriter.pathDddef("SABCBIN", "/" + "/".repeat(200));

        assertFalse(SmpeWriter.fits(statement));
        assertThrows(JclSyntaxException.class, () -> SmpeWriter.statement(statement));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//", "/*", "./", "$$", "@@", "##", "%%", "$#", "??", "!!", "><", "//*ROUTE"})
    void theRuleRefusesEveryEndOfDataAndEveryDeckDelimiter(String start) {
        assertFalse(RecordStart.isSafe(start + "X", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/u", "a/", " /", "/ ", "AB", "1.", "x", "-_", "/-"})
    void ordinaryStartsAreAllowed(String start) {
        assertTrue(RecordStart.isSafe(start, 0));
    }

    @Test
    void aStdparmTokenThatMustStartInColumnOneIsRefusedWhenItStartsWithADeckControlStatement() {
        String token = "./" + "a".repeat(69);

        JclSyntaxException e = assertThrows(JclSyntaxException.class, () -> StdparmWriter.lines("SH ls", "ls " + token));
        assertTrue(e.getMessage().startsWith("STDPARM: a record starting with ./"), e.getMessage());
    }
}
