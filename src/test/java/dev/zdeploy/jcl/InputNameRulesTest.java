package dev.zdeploy.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules added to NameRules for the inputs. */
class InputNameRulesTest {

    @Test
    void zoneNames() {
        assertEquals(Optional.empty(), NameRules.zoneName("TGT2"));
        assertEquals(Optional.empty(), NameRules.zoneName("MVSTGT1"));
        assertEquals(Optional.of("an SMP/E zone name is 1-7 characters"), NameRules.zoneName("MVSTGT01"));
        assertEquals(Optional.of("an SMP/E zone name is 1-7 characters"), NameRules.zoneName(""));
        assertEquals(Optional.of("an SMP/E zone name starts with A-Z, @, # or $"), NameRules.zoneName("1TGT"));
    }

    @Test
    void indirectCatalogSymbols() {
        assertEquals(Optional.empty(), NameRules.indirectCatalogSymbol("******"));
        assertEquals(Optional.empty(), NameRules.indirectCatalogSymbol("&SYSR2"));
        String rule = "an indirect catalog symbol is ****** or & and a symbol name, 6 characters at most";
        assertEquals(Optional.of(rule), NameRules.indirectCatalogSymbol("&SYSRES"));
        assertEquals(Optional.of(rule), NameRules.indirectCatalogSymbol("SYSR2"));
        assertEquals(Optional.of(rule), NameRules.indirectCatalogSymbol("*****"));
        assertEquals(Optional.of("a system symbol name starts with A-Z, @, # or $"), NameRules.indirectCatalogSymbol("&9R"));
    }

    @Test
    void smsClassNames() {
        assertEquals(Optional.empty(), NameRules.smsClassName("SCBASE"));
        assertEquals(Optional.of("an SMS class name is 1-8 characters"), NameRules.smsClassName("STANDARD1"));
    }

    @Test
    void symbolicPrefixes() {
        assertEquals(Optional.empty(), NameRules.symbolicPrefix("&SYSUID"));
        assertEquals(Optional.empty(), NameRules.symbolicPrefix("&SYSUID..WORK"));
        assertEquals(Optional.empty(), NameRules.symbolicPrefix("SYSPROG.WORK"));
        assertEquals(Optional.of("a data set name qualifier is 1-8 characters"), NameRules.symbolicPrefix("SYSPROG..WORK"));
        assertEquals(Optional.of("a system symbol name is 1-8 characters"), NameRules.symbolicPrefix("&SYSUIDXYZ"));
        assertEquals(Optional.of("a data set name prefix is not empty"), NameRules.symbolicPrefix(""));
    }
}
