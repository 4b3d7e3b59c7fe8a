package dev.zdeploy.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zdeploy.jcl.JclSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IebupdteDeckTest {

    private static final Member RACF = new Member("IZUD01RA", """
            //IZUD01RA JOB (ACCOUNT),'NAME'
            //* RACF SAMPLE
            //STEP1    EXEC PGM=IKJEFT01
            //SYSTSIN  DD *
              ADDSD 'SYS1.**'
            /*
            """);
    private static final Member RENAME = new Member("IZUD02RN", """
            //IZUD02RN JOB (ACCOUNT),'NAME'

            //RENAME   EXEC PGM=IDCAMS
            //SYSIN    DD *
              ALTER A.B NEWNAME(C.D)
            /*
            //
            """);

    @Test
    void deckHasTheDocumentedShape() {
        String deck = IebupdteDeck.build(List.of(), "DEPLOY.JCL", List.of(RACF, RENAME));
        assertEquals("""
                //IZUDLOAD JOB (ACCOUNT),'NAME'
                //* zdeploy: load 2 members into the PDS on SYSUT2 with IEBUPDTE.
                //* PARM=NEW replaces members of the same name, so a rerun is safe.
                //LOAD     EXEC PGM=IEBUPDTE,PARM=NEW
                //SYSPRINT DD SYSOUT=*
                //SYSUT2   DD DSN=DEPLOY.JCL,DISP=OLD
                //SYSIN    DD DATA,DLM=$$
                ./ ADD NAME=IZUD01RA,LIST=ALL
                //IZUD01RA JOB (ACCOUNT),'NAME'
                //* RACF SAMPLE
                //STEP1    EXEC PGM=IKJEFT01
                //SYSTSIN  DD *
                  ADDSD 'SYS1.**'
                /*
                ./ ADD NAME=IZUD02RN,LIST=ALL
                //IZUD02RN JOB (ACCOUNT),'NAME'

                //RENAME   EXEC PGM=IDCAMS
                //SYSIN    DD *
                  ALTER A.B NEWNAME(C.D)
                /*
                //
                ./ ENDUP
                $$
                """, deck);
    }

    @Test
    void membersRoundTripThroughTheDeck() {
        List<Member> members = List.of(RACF, RENAME, new Member("$X#@1", "\n\n$$ STARTS LIKE THE FIRST DELIMITER\n"));
        String deck = IebupdteDeck.build(List.of(), "DEPLOY.JCL", members);
        assertEquals(members, IebupdteDeckReader.members(deck));
        assertEquals("@@", IebupdteDeckReader.delimiter(deck.lines().filter(l -> l.startsWith("//SYSIN")).findFirst().orElseThrow()));
    }

    @Test
    void jobStatementCardsAreCopiedVerbatim() {
        List<String> cards = List.of(
                "//DEPLOYJ  JOB (ACCT#1,'DEPT 42'),'SYS PROG',CLASS=A,",
                "//             MSGCLASS=X,NOTIFY=&SYSUID",
                "/*JOBPARM SYSAFF=SY1");
        String deck = IebupdteDeck.build(cards, "DEPLOY.JCL", List.of(RACF));
        assertTrue(deck.startsWith(String.join("\n", cards) + "\n//* zdeploy: load 1 member into"), deck);
        assertFalse(deck.contains("IZUDLOAD"));
    }

    @Test
    void defaultJobStatementTakesTheGivenJobName() {
        String deck = IebupdteDeck.build(List.of(), "LOADJCL", "DEPLOY.JCL", List.of(RACF));
        assertTrue(deck.startsWith("//LOADJCL JOB (ACCOUNT),'NAME'\n"), deck);
        assertThrows(JclSyntaxException.class, () -> IebupdteDeck.build(List.of(), "LOADJCL12", "DEPLOY.JCL", List.of(RACF)));
    }

    @Test
    void everyRecordObeysTheOutputPolicyAtTheLongestNames() {
        String dsn = "ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH";
        assertEquals(44, dsn.length());
        Member wide = new Member("WIDE", "//" + "X".repeat(70) + "\n");
        String deck = IebupdteDeck.build(List.of(), "JOBNAME8", dsn, List.of(wide));
        assertTrue(deck.endsWith("\n"));
        assertFalse(deck.contains("\r") || deck.contains("\t"));
        for (String record : deck.split("\n")) {
            assertTrue(record.length() <= 72, record);
            assertFalse(record.endsWith(" "), record);
        }
        assertTrue(deck.contains("//SYSUT2   DD DSN=" + dsn + ",DISP=OLD\n"));
    }

    @Test
    void delimiterIsTheFirstPairNoMemberRecordBeginsWith() {
        assertEquals("$$", delimiterOf(new Member("A", "$ ONE DOLLAR\n$\n")));
        assertEquals("@@", delimiterOf(new Member("A", "$$ DATA\n")));
        assertEquals("##", delimiterOf(new Member("A", "$$\n"), new Member("B", "@@@\n")));
    }

    @Test
    void delimiterWithSpecialCharactersIsCodedInApostrophes() {
        Member member = new Member("A", "$$\n@@\n##\n");
        String deck = IebupdteDeck.build(List.of(), "DEPLOY.JCL", List.of(member));
        assertTrue(deck.contains("//SYSIN    DD DATA,DLM='%%'\n"), deck);
        assertTrue(deck.endsWith("./ ENDUP\n%%\n"), deck);
        assertEquals(List.of(member), IebupdteDeckReader.members(deck));
    }

    @Test
    void refusesWhenEveryDelimiterBeginsSomeRecord() {
        StringBuilder text = new StringBuilder();
        for (String delimiter : IebupdteDeck.DELIMITERS) {
            text.append(delimiter).append(" DATA\n");
        }
        Member member = new Member("A", text.toString());
        JclSyntaxException e = assertThrows(JclSyntaxException.class,
                () -> IebupdteDeck.build(List.of(), "DEPLOY.JCL", List.of(member)));
        assertTrue(e.getMessage().startsWith("every in-stream delimiter zdeploy can use ($$ @@"), e.getMessage());
        List<String> fewer = new ArrayList<>(IebupdteDeck.DELIMITERS.subList(0, IebupdteDeck.DELIMITERS.size() - 1));
        Member almost = new Member("B", String.join(" X\n", fewer) + " X\n");
        assertEquals("><", delimiterOf(almost));
    }

    @Test
    void refusesAMemberRecordThatIebupdteWouldReadAsControlStatement() {
        Member member = new Member("IZUD03UC", "//IZUD03UC JOB\n./ ADD NAME=X\n");
        JclSyntaxException e = assertThrows(JclSyntaxException.class,
                () -> IebupdteDeck.build(List.of(), "DEPLOY.JCL", List.of(member)));
        assertTrue(e.getMessage().startsWith("member IZUD03UC line 2 starts with ./"), e.getMessage());
    }

    @Test
    void refusesMemberRecordsBreakingTheOutputPolicy() {
        Member wide = new Member("WIDE", "//" + "X".repeat(71) + "\n");
        JclSyntaxException tooWide = assertThrows(JclSyntaxException.class,
                () -> IebupdteDeck.build(List.of(), "DEPLOY.JCL", List.of(wide)));
        assertEquals("member WIDE line 1 is at most 72 columns (got 73)", tooWide.getMessage());
        Member trailing = new Member("TRAIL", "//A JOB\n//B \n");
        JclSyntaxException blank = assertThrows(JclSyntaxException.class,
                () -> IebupdteDeck.build(List.of(), "DEPLOY.JCL", List.of(trailing)));
        assertEquals("member TRAIL line 2 has no trailing blanks (got \"//B \")", blank.getMessage());
    }

    @Test
    void refusesAnEmptyOrDuplicatedMemberList() {
        assertThrows(JclSyntaxException.class, () -> IebupdteDeck.build(List.of(), "DEPLOY.JCL", List.of()));
        JclSyntaxException e = assertThrows(JclSyntaxException.class,
                () -> IebupdteDeck.build(List.of(), "DEPLOY.JCL", List.of(RACF, RACF)));
        assertEquals("member IZUD01RA appears twice in the deck", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DEPLOY..JCL", "deploy.jcl", "DEPLOY.JCL(MEM)", "1DEPLOY.JCL",
        "ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGHI"})
    void refusesAnInvalidJclDataSetName(String dsn) {
        JclSyntaxException e = assertThrows(JclSyntaxException.class,
                () -> IebupdteDeck.build(List.of(), dsn, List.of(RACF)));
        assertTrue(e.getMessage().startsWith("the JCL data set: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("(got \"" + dsn + "\")"), e.getMessage());
    }

    @Test
    void refusesJobStatementCardsBreakingTheRules() {
        assertCardRefused("job statement card 2 is at most 72 columns (got 73)",
                "//J JOB 1,", "//" + " ".repeat(12) + "X".repeat(59));
        assertCardRefused("job statement card 1 starts with // or /* (got \"J JOB\")", "J JOB");
        assertCardRefused("job statement card 1 has no trailing blanks (got \"//J JOB \")", "//J JOB ");
        assertCardRefused("job statement card 1 holds only printable ASCII (got \"//J\tJOB\")", "//J\tJOB");
        assertCardRefused("job statement card 1 is a JOB statement, //jobname JOB ... (got \"/*JOBPARM X\")",
                "/*JOBPARM X");
        assertCardRefused("job statement card 1: a job name is 1-8 characters (got \"TOOLONGJOB\")",
                "//TOOLONGJOB JOB 1");
    }

    private static void assertCardRefused(String message, String... cards) {
        JclSyntaxException e = assertThrows(JclSyntaxException.class,
                () -> IebupdteDeck.build(List.of(cards), "DEPLOY.JCL", List.of(RACF)));
        assertEquals(message, e.getMessage());
    }

    private static String delimiterOf(Member... members) {
        String deck = IebupdteDeck.build(List.of(), "DEPLOY.JCL", List.of(members));
        assertEquals(List.of(members), IebupdteDeckReader.members(deck));
        String delimiter = IebupdteDeckReader.delimiter(deck.lines().filter(l -> l.startsWith("//SYSIN")).findFirst().orElseThrow());
        assertEquals(firstDelimiterNoRecordBeginsWith(members), delimiter);
        return delimiter;
    }

    /** The delimiter rule as the deck states it, over every record of every member at once. */
    private static String firstDelimiterNoRecordBeginsWith(Member... members) {
        for (String candidate : IebupdteDeck.DELIMITERS) {
            if (Stream.of(members).flatMap(member -> member.lines().stream()).noneMatch(line -> line.startsWith(candidate))) {
                return candidate;
            }
        }
        throw new AssertionError("no delimiter");
    }
}
