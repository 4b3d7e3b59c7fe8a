package dev.zdeploy.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JclWriterTest {

    static Stream<Arguments> namesAndLengths() {
        return Cards.boxedLengths().flatMap(n -> Stream.of(Arguments.of("A", n), Arguments.of("SYSUT1", n),
                Arguments.of("STDPARM8", n)));
    }

    private static void assertStatement(String name, String operation, List<String> params, List<String> cards) {
        Cards.assertWithin(cards, JclWriter.LAST_COLUMN);
        assertEquals(JclWriter.logical(name, operation, params), JclWriter.unwrap(cards));
        List<String> member = new ArrayList<>();
        if (!operation.equals("EXEC")) {
            member.add("//STEP1    EXEC PGM=IEFBR14");
        }
        member.addAll(cards);
        Cards.assertClean(Cards.job(member));
    }

    @ParameterizedTest(name = "DD {0} PATH of {1}")
    @MethodSource("namesAndLengths")
    void ddPathInApostrophesRunsThroughColumn71(String name, int length) {
        List<String> params = List.of("PATH=" + JclWriter.quote(Cards.path(length)), "PATHOPTS=(ORDONLY)",
                "PATHDISP=KEEP");
        List<String> cards = JclWriter.dd(name, params);
        assertStatement(name, "DD", params, cards);
        if (length > 60) {
            assertTrue(cards.size() > 1);
        }
    }

    @ParameterizedTest(name = "EXEC PARM of {0}")
    @MethodSource("dev.zdeploy.jcl.Cards#boxedLengths")
    void execParmUpTo100IsWrittenLongerIsRefused(int length) {
        String text = Cards.prose(length, length, 20);
        List<String> params = List.of("PGM=BPXBATCH", "PARM=" + JclWriter.quote(text), "COND=(0,LT)", "REGION=0M");
        String passed = text;
        if (passed.length() > JclWriter.MAX_PARM_LENGTH) {
            JclSyntaxException e = assertThrows(JclSyntaxException.class, () -> JclWriter.exec("STEP1", params));
            assertTrue(e.getMessage().contains("at most 100"), e.getMessage());
            assertTrue(e.getMessage().contains(String.valueOf(passed.length())), e.getMessage());
            return;
        }
        assertStatement("STEP1", "EXEC", params, JclWriter.exec("STEP1", params));
    }

    @ParameterizedTest(name = "DD VOL=SER list of {0}")
    @MethodSource("dev.zdeploy.jcl.Cards#boxedLengths")
    void subparameterListsBreakAfterCommas(int length) {
        List<String> serials = new ArrayList<>();
        int total = 0;
        for (int i = 0; total < length; i++) {
            String serial = String.format("V%05d", i);
            serials.add(serial);
            total += serial.length() + 1;
        }
        List<String> params = List.of("DSN=SYS1.LINKLIB", "DISP=SHR", "UNIT=3390",
                "VOL=SER=(" + String.join(",", serials) + ")");
        assertStatement("LINKLIB", "DD", params, JclWriter.dd("LINKLIB", params));
    }

    @ParameterizedTest(name = "comment of {0}")
    @MethodSource("dev.zdeploy.jcl.Cards#boxedLengths")
    void commentsWrapByWords(int length) {
        String text = Cards.words(Cards.prose(length, 7 * length).replace('\'', 'Q'), 40);
        List<String> cards = JclWriter.comment(text);
        Cards.assertWithin(cards, JclWriter.LAST_COLUMN);
        StringBuilder joined = new StringBuilder();
        for (String card : cards) {
            assertTrue(card.startsWith("//*"));
            joined.append(joined.length() > 0 ? " " : "").append(card.substring(3).strip());
        }
        assertEquals(text.replaceAll(" +", " ").strip(), joined.toString());
        Cards.assertClean(Cards.job(cards));
    }

    @ParameterizedTest(name = "SET of {0}")
    @MethodSource("dev.zdeploy.jcl.Cards#boxedLengths")
    void setValuesAreQuotedWhenNeeded(int length) {
        String value = Cards.prose(length, 3 * length, 40);
        List<String> cards = JclWriter.set("VALUE", value);
        String quoted = value.matches("[A-Z0-9@#$.]+") ? value : JclWriter.quote(value);
        assertStatement("", "SET", List.of("VALUE=" + quoted), cards);
    }

    @ParameterizedTest(name = "JOB {0} with {1} characters of parameters")
    @MethodSource("namesAndLengths")
    void jobStatements(String name, int length) {
        String jobName = name.length() == 8 ? "IZUD01RA" : name;
        List<String> params = new ArrayList<>(List.of("(ACCOUNT)", "'SYS PROG'", "CLASS=A", "MSGCLASS=X"));
        int total = 0;
        for (int i = 0; total < length; i++) {
            String param = i % 2 == 0 ? "NOTIFY=&SYSUID" : "TIME=(" + i + ",30)";
            params.add(param);
            total += param.length() + 1;
        }
        List<String> cards = JclWriter.job(jobName, params);
        Cards.assertWithin(cards, JclWriter.LAST_COLUMN);
        assertEquals(JclWriter.logical(jobName, "JOB", params), JclWriter.unwrap(cards));
        Cards.assertClean(String.join("\n", cards) + "\n//STEP1    EXEC PGM=IEFBR14\n");
    }

    @Test
    void aLongDataSetWithMemberGoesAfterAShorterKeyword() {
        String dsn = "ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFG(MEMBER01)";
        List<String> cards = JclWriter.dd("SYSUT1X8", "DSN=" + dsn, "DISP=SHR");
        assertEquals(List.of("//SYSUT1X8 DD DISP=SHR,", "//            DSN=" + dsn), cards);
        assertStatement("SYSUT1X8", "DD", List.of("DISP=SHR", "DSN=" + dsn), cards);
    }

    @Test
    void cardsHaveTheNameFieldPaddedToEight() {
        assertEquals(List.of("//SYSIN    DD *"), JclWriter.dd("SYSIN", "*"));
        assertEquals(List.of("//SYSIN    DD DATA,DLM=$$"), JclWriter.dd("SYSIN", "DATA", "DLM=$$"));
        assertEquals(List.of("//         DD DSN=A.B,DISP=SHR"), JclWriter.dd("", "DSN=A.B", "DISP=SHR"));
        assertEquals(List.of("//SYSPRINT DD SYSOUT=*"), JclWriter.dd("SYSPRINT", "SYSOUT=*", null, ""));
        assertEquals(List.of("//IZUD01RA JOB (ACCOUNT),'NAME'"), JclWriter.job("IZUD01RA", "(ACCOUNT)", "'NAME'"));
        assertEquals(List.of("//         SET HLQ=IBMUSER.ZWE"), JclWriter.set("HLQ", "IBMUSER.ZWE"));
        assertEquals(List.of("//         SET PATH='/u/o''day'"), JclWriter.set("PATH", "/u/o'day"));
        assertEquals(List.of("//*"), JclWriter.comment(""));
        assertEquals(List.of("//* a", "//*", "//* b"), JclWriter.comment("a\n\nb"));
    }

    @Test
    void quoteDoublesApostrophes() {
        assertEquals("'O''DAY'", JclWriter.quote("O'DAY"));
        assertEquals("''", JclWriter.quote(""));
    }

    @Test
    void aValueInApostrophesNeverPutsABlankOrApostropheInColumn71() {
        for (int shift = 0; shift < 60; shift++) {
            String value = "/" + "a".repeat(shift) + "b c'd e".repeat(30);
            List<String> params = List.of("PATH=" + JclWriter.quote(value), "PATHOPTS=ORDONLY");
            List<String> cards = JclWriter.dd("STDPARM", params);
            for (String card : cards.subList(0, cards.size() - 1)) {
                if (card.length() == 71) {
                    assertTrue(card.charAt(70) != ' ' && card.charAt(70) != '\'', card);
                }
            }
            assertStatement("STDPARM", "DD", params, cards);
        }
    }

    @Test
    void aSymbolInApostrophesIsNeverBrokenAtColumn71() {
        for (int shift = 0; shift < 20; shift++) {
            String value = "&HLQ..X" + "y".repeat(shift) + "/&SYSNAME/&SYSR1./".repeat(3);
            List<String> params = List.of("PATH='" + value + "'");
            List<String> cards = JclWriter.dd("P", params);
            for (String card : cards.subList(0, cards.size() - 1)) {
                assertTrue(!card.matches(".*&[A-Z0-9@#$]*$"), card);
            }
            assertStatement("P", "DD", params, cards);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1STEP", "STEP12345", "step1", "ST-P", ""})
    void badNamesAreRefused(String name) {
        JclSyntaxException e = assertThrows(JclSyntaxException.class, () -> JclWriter.exec(name, "PGM=IEFBR14"));
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }

    @Test
    void whatCannotBeWrittenIsRefusedWithTheReason() {
        assertThrows(JclSyntaxException.class, () -> JclWriter.job("", "(ACCT)"));
        assertTrue(assertThrows(JclSyntaxException.class, () -> JclWriter.job("J", "(A)", "'" + "N".repeat(21) + "'"))
                .getMessage().contains("20 characters"));
        assertTrue(assertThrows(JclSyntaxException.class, () -> JclWriter.dd("X", "DSN=A B"))
                .getMessage().contains("blank"));
        assertTrue(assertThrows(JclSyntaxException.class, () -> JclWriter.dd("X", "SPACE=(CYL,(1,1)"))
                .getMessage().contains("parenthesis"));
        assertTrue(assertThrows(JclSyntaxException.class, () -> JclWriter.dd("X", "PATH='/a"))
                .getMessage().contains("apostrophe"));
        assertTrue(assertThrows(JclSyntaxException.class, () -> JclWriter.dd("X", "DSN=" + "A".repeat(70)))
                .getMessage().contains("column 71"));
        assertThrows(JclSyntaxException.class, () -> JclWriter.statement("X", "dd", List.of("*")));
        assertThrows(JclSyntaxException.class, () -> JclWriter.comment("tab\there"));
    }

    @Test
    void parmLengthCountsWhatIsPassed() {
        String ninetyNine = "X".repeat(98) + "''";
        assertEquals(99, JclWriter.passedValue("'" + ninetyNine + "'").length());
        Cards.assertWithin(JclWriter.exec("S", "PGM=P", "PARM='" + ninetyNine + "'"), 71);
        assertEquals(98, JclWriter.passedValue("(A,'" + "B".repeat(96) + "')").length());
        assertEquals(3, JclWriter.passedValue("'&&A'").length() + 1);
    }
}
