package dev.zdeploy.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UtilityWritersTest {

    private static final int LAST = 72;

    /** Names of about {@code length} characters in all, blank separated. */
    private static String nameList(int length) {
        List<String> names = new ArrayList<>();
        int total = 0;
        for (int i = 0; total < length; i++) {
            String name = i % 3 == 0 ? "SYS1.N" + i : "ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDE" + (i % 10);
            names.add(name);
            total += name.length() + 1;
        }
        return String.join(" ", names);
    }

    @ParameterizedTest(name = "IDCAMS DELETE list of {0}")
    @MethodSource("dev.zdeploy.jcl.Cards#boxedLengths")
    void idcamsCommandsContinueWithHyphens(int length) {
        String command = "DELETE (" + nameList(length) + ") NONVSAM PURGE";
        List<String> cards = IdcamsWriter.command(command);
        Cards.assertWithin(cards, LAST);
        assertEquals(List.of(command), IdcamsWriter.unwrap(cards));
        cards.forEach(card -> assertTrue(card.startsWith(" "), card));
        Cards.assertClean(Cards.step("IDCAMS", "SYSIN", cards));
    }

    @ParameterizedTest(name = "IDCAMS value of {0}")
    @MethodSource("dev.zdeploy.jcl.Cards#boxedLengths")
    void idcamsLongValuesContinueWithPlus(int length) {
        String value = Cards.words(Cards.prose(length, length, 30), 1000).replace("'", "''");
        String command = "ALTER A.B OWNER('" + value + "') CATALOG(CATALOG.MASTER)";
        List<String> cards = IdcamsWriter.command(command);
        Cards.assertWithin(cards, LAST);
        assertEquals(List.of(Pieces.join(Pieces.split(command, "'", true, "t"))), IdcamsWriter.unwrap(cards));
        Cards.assertClean(Cards.step("IDCAMS", "SYSIN", cards));
    }

    @Test
    void idcamsModalCommandsAndNestedOperands() {
        List<String> cards = new ArrayList<>();
        cards.addAll(IdcamsWriter.comment("define the new master catalog"));
        cards.addAll(IdcamsWriter.command("DEFINE USERCATALOG (NAME(CATALOG.NEW.MASTER) ICFCATALOG VOLUME(VOL001)"
                + " CYLINDERS(5 5))"));
        cards.addAll(IdcamsWriter.command("LISTCAT ENTRY(ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFG.#)"));
        cards.addAll(IdcamsWriter.command("IF LASTCC = 0 THEN DO"));
        cards.addAll(IdcamsWriter.command("ALTER ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFG.# NEWNAME("
                + "ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFG) CATALOG(CATALOG.NEW.MASTER)"));
        cards.addAll(IdcamsWriter.command("END"));
        cards.addAll(IdcamsWriter.command("IF LASTCC = 0 THEN SET MAXCC = 0"));
        Cards.assertWithin(cards, LAST);
        assertEquals(" DEFINE USERCATALOG (NAME(CATALOG.NEW.MASTER) ICFCATALOG -", cards.get(1));
        assertEquals("   VOLUME(VOL001) CYLINDERS(5 5))", cards.get(2));
        assertEquals(" IF LASTCC = 0 THEN DO", cards.get(4));
        assertEquals(List.of(" /* define the new master catalog */"), cards.subList(0, 1));
        Cards.assertClean(Cards.step("IDCAMS", "SYSIN", cards));
        assertThrows(JclSyntaxException.class, () -> IdcamsWriter.command("DELETE A.B-"));
        assertThrows(JclSyntaxException.class, () -> IdcamsWriter.comment("a */ b"));
    }

    @ParameterizedTest(name = "DFSMSdss COPY of {0} names")
    @MethodSource("dev.zdeploy.jcl.Cards#boxedLengths")
    void dssCopyWithIncludeAndRenameLists(int count) {
        if (count > 400) {
            return;
        }
        List<String> names = Cards.dataSetNames(count, "SOURCEHQ");
        List<String> pairs = new ArrayList<>();
        for (String name : names) {
            pairs.add("(" + name + ",TARGETHQ" + name.substring(8) + ")");
        }
        String command = "COPY DATASET(INCLUDE(" + String.join(" ", names) + ")) RENAMEUNCONDITIONAL("
                + String.join(" ", pairs) + ") OUTDYNAM((VOL001)) CATALOG PROCESS(SYS1) SPHERE"
                + " TOLERATE(ENQFAILURE) ALLDATA(*) ALLEXCP";
        List<String> cards = DssWriter.command(command);
        Cards.assertWithin(cards, LAST);
        assertEquals(List.of(command), DssWriter.unwrap(cards));
        cards.forEach(card -> assertTrue(card.startsWith(" "), card));
        Cards.assertClean(Cards.step("ADRDSSU", "SYSIN", cards));
    }

    @Test
    void dssCopyOf400DataSets() {
        List<String> names = Cards.dataSetNames(400, "SOURCEHQ");
        StringBuilder pairs = new StringBuilder();
        for (String name : names) {
            pairs.append(pairs.length() > 0 ? " " : "").append('(').append(name).append(",TARGETHQ")
                    .append(name.substring(8)).append(')');
        }
        String command = "COPY DATASET(INCLUDE(" + String.join(" ", names) + ")) RENAMEUNCONDITIONAL(" + pairs
                + ") CATALOG";
        List<String> cards = DssWriter.command(command);
        assertTrue(cards.size() >= 1200, "cards: " + cards.size());
        Cards.assertWithin(cards, LAST);
        assertEquals(List.of(command), DssWriter.unwrap(cards));
        Cards.assertClean(Cards.step("ADRDSSU", "SYSIN", cards));
        assertThrows(JclSyntaxException.class, () -> DssWriter.command("COPY DATASET(INCLUDE(" + "A".repeat(80) + "))"));
    }

    @ParameterizedTest(name = "SMP/E PATH of {0}")
    @MethodSource("dev.zdeploy.jcl.Cards#boxedLengths")
    void smpeQuotedPathsSpanRecordsThroughColumn72(int length) {
        String statement = "REP DDDEF(SZWEZFS) PATH('" + Cards.path(length) + "')";
        List<String> cards = SmpeWriter.statement(statement);
        Cards.assertWithin(cards, LAST);
        assertEquals(List.of(statement), SmpeWriter.unwrap(cards));
        for (int i = 0; i < cards.size() - 1; i++) {
            if (SmpeWriter.unwrap(cards.subList(0, i + 1)).get(0).chars().filter(c -> c == '\'').count() % 2 == 1) {
                assertEquals(LAST, cards.get(i).length(), cards.get(i));
            }
        }
        List<String> member = new ArrayList<>(SmpeWriter.statement("SET BOUNDARY(TGT)"));
        member.addAll(SmpeWriter.statement("UCLIN"));
        member.addAll(cards);
        member.addAll(SmpeWriter.statement("ENDUCL"));
        Cards.assertClean(Cards.step("GIMSMP", "SMPCNTL", member));
    }

    @Test
    void smpeUclinBlock() {
        List<String> cards = new ArrayList<>();
        cards.addAll(SmpeWriter.statement("SET BOUNDARY(GLOBAL)"));
        cards.addAll(SmpeWriter.statement("UCLIN"));
        cards.addAll(SmpeWriter.statement("REP GLOBALZONE ZONEINDEX((TGT,ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.CSI,TARGET)"
                + " (DLB,ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.CSI,DLIB))"));
        cards.addAll(SmpeWriter.statement("ENDUCL"));
        cards.addAll(SmpeWriter.statement("SET BOUNDARY(TGT)"));
        cards.addAll(SmpeWriter.statement("UCLIN"));
        cards.addAll(SmpeWriter.statement("REP DDDEF(SMPPTS) DATASET(ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFG)"
                + " VOLUME(VOL001) UNIT(3390) SHR"));
        cards.addAll(SmpeWriter.statement("REP DDDEF(SZWEZFS) PATH('/usr/lpp/zowe/" + "x".repeat(120) + "/')"));
        cards.addAll(SmpeWriter.statement("ENDUCL"));
        Cards.assertWithin(cards, LAST);
        assertEquals(" SET BOUNDARY(GLOBAL).", cards.get(0));
        assertEquals(9, SmpeWriter.unwrap(cards).size());
        Cards.assertClean(Cards.step("GIMSMP", "SMPCNTL", cards));
        assertThrows(JclSyntaxException.class, () -> SmpeWriter.statement("UCLIN."));
        assertThrows(JclSyntaxException.class, () -> SmpeWriter.statement("REP DDDEF(X) DATASET(" + "A".repeat(70) + ")"));
    }

    @ParameterizedTest(name = "GIMUNZIP value of {0}")
    @MethodSource("dev.zdeploy.jcl.Cards#boxedLengths")
    void gimunzipValuesFitOrAreRefusedByName(int length) {
        String newname = Cards.path(length);
        int room = LAST - 2 - "newname".length() - 3;
        if (length > room) {
            JclSyntaxException e = assertThrows(JclSyntaxException.class, () -> GimunzipWriter.element("ARCHDEF",
                    "archid", "S0001.ZFS.pax.Z", "newname", newname, "replace", "YES"));
            assertTrue(e.getMessage().contains("newname"), e.getMessage());
            assertTrue(e.getMessage().contains("column 72"), e.getMessage());
            return;
        }
        List<String> cards = GimunzipWriter.element("ARCHDEF", "archid", "S0001.ZFS.pax.Z", "newname", newname,
                "replace", "YES", "volume", null);
        Cards.assertWithin(cards, LAST);
        assertEquals(List.of("<ARCHDEF archid=\"S0001.ZFS.pax.Z\" newname=\"" + GimunzipWriter.escape(newname)
                + "\" replace=\"YES\"/>"), GimunzipWriter.unwrap(cards));
        List<String> data = new ArrayList<>(GimunzipWriter.start("GIMUNZIP"));
        data.addAll(cards);
        data.addAll(GimunzipWriter.end("GIMUNZIP"));
        Cards.assertClean(Cards.step("GIMUNZIP", "SYSIN", data));
    }

    @Test
    void gimunzipEscapesAndNames() {
        assertEquals(List.of("<ARCHDEF archid=\"a&amp;b&lt;&quot;\"/>"), GimunzipWriter.element("ARCHDEF", "archid", "a&b<\""));
        assertThrows(JclSyntaxException.class, () -> GimunzipWriter.element("ARCHDEF", "archid"));
        assertThrows(JclSyntaxException.class, () -> GimunzipWriter.element("1X"));
    }

    @ParameterizedTest(name = "STDPARM of {0}")
    @MethodSource("dev.zdeploy.jcl.Cards#boxedLengths")
    void stdparmNeverSplitsAToken(int length) {
        List<String> commands = List.of("SH set -e &&", "mkdir -p " + shellWords(length) + " &&",
                "echo 'a quoted string with blanks' \"and another\"");
        if (longestToken(commands) > LAST) {
            assertThrows(JclSyntaxException.class, () -> StdparmWriter.lines(commands));
            return;
        }
        List<String> cards = StdparmWriter.lines(commands);
        Cards.assertWithin(cards, LAST);
        assertEquals(String.join(" ", commands), StdparmWriter.unwrap(cards));
        Cards.assertClean(Cards.step("BPXBATCH", "STDPARM", cards));
    }

    private static String shellWords(int length) {
        StringBuilder words = new StringBuilder();
        int i = 0;
        while (words.length() < length) {
            words.append(words.length() > 0 ? " " : "").append(Cards.path(Math.min(10 + i * 7 % 60, length)));
            i++;
        }
        return words.toString();
    }

    private static int longestToken(List<String> commands) {
        return commands.stream().flatMap(c -> Pieces.split(c, "'\"", false, "t").stream())
                .mapToInt(p -> p.text().length()).max().orElse(0);
    }

    @Test
    void stdparmRefusesTokensLongerThanARecord() {
        JclSyntaxException e = assertThrows(JclSyntaxException.class, () -> StdparmWriter.lines("SH ls " + Cards.path(73)));
        assertTrue(e.getMessage().contains("two arguments"), e.getMessage());
    }

    @ParameterizedTest(name = "TSO MOUNT of {0}")
    @MethodSource("dev.zdeploy.jcl.Cards#boxedLengths")
    void tsoMountWithLongMountPoint(int length) {
        String command = "MOUNT FILESYSTEM('ABCDEFGH.ABCDEFGH.ZFS') TYPE(ZFS) MODE(RDWR) MOUNTPOINT('"
                + Cards.path(length) + "') PARM('AGGRFULL(90,5)')";
        List<String> cards = TsoWriter.command(command);
        Cards.assertWithin(cards, LAST);
        assertEquals(List.of(command), TsoWriter.unwrap(cards));
        Cards.assertClean(Cards.step("IKJEFT1A", "SYSTSIN", cards));
    }

    @Test
    void racfCommandsForTheRaJob() {
        List<String> cards = new ArrayList<>();
        cards.addAll(TsoWriter.command("ADDGROUP ZDEPLOY OWNER(SYS1) SUPGROUP(SYS1)"));
        cards.addAll(TsoWriter.command("ADDSD 'ZDEPLOY.*' UACC(NONE) AUDIT(ALL(READ)) OWNER(ZDEPLOY)"));
        cards.addAll(TsoWriter.command("PERMIT 'ZDEPLOY.*' ID(SYSPROG1 SYSPROG2 SYSPROG3 SYSPROG4 SYSPROG5 SYSPROG6)"
                + " ACCESS(ALTER)"));
        Cards.assertWithin(cards, LAST);
        assertEquals("PERMIT 'ZDEPLOY.*' ID(SYSPROG1 SYSPROG2 SYSPROG3 SYSPROG4 SYSPROG5 -", cards.get(2));
        assertEquals("  SYSPROG6) ACCESS(ALTER)", cards.get(3));
        Cards.assertClean(Cards.step("IKJEFT1A", "SYSTSIN", cards));
    }

    /**
     * Statements short and plain enough go on one record without being cut into pieces (the fast path of
     * MarkedLayout and SmpeWriter); the same statement with a run of blanks in it is not plain and takes
     * the general path, which must write the same records, at every length around a record's width.
     */
    @ParameterizedTest(name = "one-record fast path, {0} characters")
    @MethodSource("fastPathLengths")
    void plainStatementsAreWrittenAsTheGeneralPathWritesThem(int length) {
        String base = "LISTCAT ENTRIES(SYS1.LINKLIB) NAME CATALOG(CATALOG.ZOS.MASTER),X-Y+Z DELETE A.B.C NOSCRATCH"
                + " ALIAS PURGE THEN SOME MORE WORDS";
        String plain = base.substring(0, length).strip();
        if (plain.endsWith("-") || plain.endsWith("+") || plain.endsWith(".") || plain.contains("  ")) {
            return;
        }
        String general = plain.replaceFirst(" ", "  ");
        if (general.equals(plain)) {
            general = " " + plain;
        }
        assertEquals(IdcamsWriter.command(general), IdcamsWriter.command(plain), plain);
        assertEquals(DssWriter.command(general), DssWriter.command(plain), plain);
        assertEquals(TsoWriter.command(general), TsoWriter.command(plain), plain);
        assertEquals(SmpeWriter.statement(general), SmpeWriter.statement(plain), plain);
        assertTrue(Pieces.isPlain(plain, '\''), plain);
        assertTrue(!Pieces.isPlain(general, '\''), general);
    }

    static List<Integer> fastPathLengths() {
        List<Integer> lengths = new ArrayList<>();
        for (int length = 1; length <= 90; length++) {
            lengths.add(length);
        }
        return lengths;
    }

    @Test
    void theFastPathStillRefusesWhatTheWritersRefuse() {
        assertThrows(JclSyntaxException.class, () -> IdcamsWriter.command("DELETE A.B -"));
        assertThrows(JclSyntaxException.class, () -> SmpeWriter.statement("SET BOUNDARY(GLOBAL)."));
        assertThrows(JclSyntaxException.class, () -> IdcamsWriter.command("DELETE A.B\tC"));
        assertEquals(List.of(" DELETE 'A  B'"), IdcamsWriter.command("DELETE 'A  B'"));
    }
}
