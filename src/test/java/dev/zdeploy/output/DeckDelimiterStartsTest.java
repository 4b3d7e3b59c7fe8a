package dev.zdeploy.output;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.zdeploy.jcl.RecordStart;
import org.junit.jupiter.api.Test;

/** The writers never resume a value in column 1 with a pair the deck might pick as its delimiter. */
class DeckDelimiterStartsTest {

    @Test
    void everyDelimiterTheDeckMayUseIsARecordStartTheWritersAvoid() {
        for (String delimiter : IebupdteDeck.DELIMITERS) {
            assertFalse(RecordStart.isSafe(delimiter, 0), delimiter);
        }
    }
}
