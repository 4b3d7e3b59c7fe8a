package dev.zdeploy.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"A", "IZUD01RA", "@#$12345", "SYSUT1", "$X"})
    void validJclNames(String name) {
        assertEquals(Optional.empty(), NameRules.jclName(name));
        assertEquals(name, JclName.of(name).toString());
        assertEquals(name, MemberName.of(name).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABCDEFGHI", "1STEP", "STEP-1", "step1", "ST EP"})
    void invalidJclNames(String name) {
        assertTrue(NameRules.jclName(name).isPresent());
        JclSyntaxException e = assertThrows(JclSyntaxException.class, () -> JclName.of(name));
        assertTrue(e.getMessage().contains("(got \"" + name + "\")"), e.getMessage());
        assertThrows(JclSyntaxException.class, () -> MemberName.of(name));
    }

    @Test
    void dataSetNamesAreAtMost44WithQualifiersOfAtMost8() {
        String fortyFour = "ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFG1";
        assertEquals(44, fortyFour.length());
        assertEquals("ABCDEFGH", DataSetName.of(fortyFour).highLevelQualifier());
        assertEquals("a data set name is at most 44 characters", NameRules.dataSetName(fortyFour + "X").orElseThrow());
        assertEquals("a data set name qualifier is 1-8 characters", NameRules.dataSetName("SYS1.LINKLIB99").orElseThrow());
        assertEquals("a data set name qualifier is 1-8 characters", NameRules.dataSetName("SYS1..X").orElseThrow());
        assertTrue(NameRules.dataSetName("SYS1.1X").isPresent());
        assertTrue(NameRules.dataSetName("sys1.x").isPresent());
        assertEquals(Optional.empty(), NameRules.dataSetName("SYS1.A-B.#@$"));
        assertEquals("ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFG1(MEMBER01)",
                DataSetMember.of(fortyFour, "MEMBER01").toString());
        assertEquals(Optional.empty(), NameRules.dataSetNameWithMember("SYS1.PARMLIB(IEASYS00)"));
        assertTrue(NameRules.dataSetNameWithMember("SYS1.PARMLIB(IEASYS001)").isPresent());
        assertTrue(NameRules.dataSetNameWithMember("SYS1.PARMLIB(IEASYS00").isPresent());
    }

    @Test
    void volumeSerialsSymbolsAndPaths() {
        assertEquals("ZDP001", VolumeSerial.of("ZDP001").value());
        assertThrows(JclSyntaxException.class, () -> VolumeSerial.of("LT12345"));
        assertThrows(JclSyntaxException.class, () -> VolumeSerial.of(""));
        assertEquals("&SYSR2", SystemSymbol.of("&SYSR2").value());
        assertEquals(Optional.empty(), NameRules.systemSymbol("&SYSR2."));
        assertThrows(JclSyntaxException.class, () -> SystemSymbol.of("SYSR2"));
        assertThrows(JclSyntaxException.class, () -> SystemSymbol.of("&SYSTEMSYM"));
        assertEquals("/usr/lpp/zowe", UnixPath.of("/usr/lpp/zowe").value());
        assertThrows(JclSyntaxException.class, () -> UnixPath.of("usr/lpp"));
        assertEquals(Optional.empty(), NameRules.unixPath("/" + "a".repeat(1022)));
        assertTrue(NameRules.unixPath("/" + "a".repeat(1023)).isPresent());
        assertTrue(NameRules.unixPath("/a\tb").isPresent());
    }

    @Test
    void eachQualifierRuleHasItsOwnMessage() {
        assertEquals("a data set name qualifier is 1-8 characters", NameRules.qualifier("").orElseThrow());
        assertEquals("a data set name qualifier is 1-8 characters", NameRules.qualifier("ABCDEFGHI").orElseThrow());
        assertEquals("a data set name is upper case", NameRules.qualifier("SYs1").orElseThrow());
        assertEquals("a data set name is upper case", NameRules.dataSetName("SYS1.STRAßE").orElseThrow());
        assertEquals("a data set name qualifier starts with A-Z, @, # or $", NameRules.qualifier("-A").orElseThrow());
        assertEquals("a data set name qualifier starts with A-Z, @, # or $", NameRules.qualifier("ΣA").orElseThrow());
        assertEquals("a data set name qualifier holds only A-Z, 0-9, @, #, $ or a hyphen",
                NameRules.dataSetName("SYS1.A_B").orElseThrow());
        assertEquals("a data set name qualifier is 1-8 characters", NameRules.dataSetName("SYS1.").orElseThrow());
        assertEquals("a data set name qualifier is 1-8 characters", NameRules.dataSetName(".SYS1").orElseThrow());
        assertEquals(Optional.empty(), NameRules.qualifier("$#@-09Z"));
    }

    @Test
    void eachNameAndVolumeRuleHasItsOwnMessage() {
        assertEquals("a job name is 1-8 characters", NameRules.jobName("").orElseThrow());
        assertEquals("a job name starts with A-Z, @, # or $", NameRules.jobName("9JOB").orElseThrow());
        assertEquals("a job name holds only A-Z, 0-9, @, # or $", NameRules.jobName("JOB-1").orElseThrow());
        assertEquals("a volume serial is 1-6 characters", NameRules.volumeSerial("TM2R001").orElseThrow());
        assertEquals("a volume serial holds only A-Z, 0-9, @, # or $", NameRules.volumeSerial("tm2r01").orElseThrow());
        assertEquals(Optional.empty(), NameRules.volumeSerial("123456"));
        assertEquals("a system symbol name is 1-8 characters", NameRules.systemSymbol("&.").orElseThrow());
        assertEquals(Optional.empty(), NameRules.symbolicPrefix("&SYSUID..WORK.&LYR."));
        assertEquals("a data set name is upper case", NameRules.symbolicPrefix("&SYSUID..work").orElseThrow());
    }
}
