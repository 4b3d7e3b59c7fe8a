package dev.zdeploy.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkedTextTest {

    /**
     * Writes of every kind and size (small and large character arrays, strings, past the piece size,
     * characters beyond Latin-1) give back exactly what was written, in order.
     */
    @Test
    void givesBackExactlyWhatWasWritten() {
        Random random = new Random(13);
        ChunkedText text = new ChunkedText();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            int length = random.nextInt(3) == 0 ? random.nextInt(20_000) : random.nextInt(40);
            char[] chars = new char[length + 10];
            for (int c = 0; c < chars.length; c++) {
                chars[c] = random.nextInt(500) == 0 ? '\u20ac' : (char) (' ' + random.nextInt(95));
            }
            int offset = random.nextInt(10);
            if (random.nextBoolean()) {
                text.write(chars, offset, length);
                expected.append(chars, offset, length);
            } else {
                String string = new String(chars);
                text.write(string, offset, length);
                expected.append(string, offset, offset + length);
            }
        }
        assertEquals(expected.toString(), text.toString());
    }

    /**
     * A StringBuilder appended (a directive's records) is taken as it is, between writes of other kinds,
     * past the piece size and with characters beyond Latin-1; a null is "null", as Writer.append has it.
     */
    @Test
    void appendedCharacterSequencesAreTakenAsTheyAre() {
        ChunkedText text = new ChunkedText();
        StringBuilder records = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        Random random = new Random(7);
        long total = 0;
        while (total < (40L << 20)) {
            records.setLength(0);
            int length = random.nextInt(70_000);
            for (int c = 0; c < length; c++) {
                records.append(random.nextInt(1000) == 0 ? '\u20ac' : (char) (' ' + random.nextInt(95)));
            }
            assertSame(text, text.append(records));
            expected.append(records);
            text.write("|", 0, 1);
            expected.append('|');
            total += length + 1;
        }
        text.append(null);
        expected.append("null");
        assertEquals(expected.toString(), text.toString());
    }

    /**
     * A write that would take the text past what it may hold (one Java string's most, MAX_CHARS, in use)
     * is refused with a message naming the text, the bound and what to do instead, whatever the kind of
     * write, and takes nothing: the text stays what was written before it.
     */
    @Test
    void aWritePastTheMostItHoldsIsRefusedAndTakesNothing() {
        ChunkedText text = new ChunkedText(10, "the manifest of X", "; write it as it is made instead");
        text.write("12345678", 0, 8);
        List<Runnable> past = List.of(() -> text.write("abc", 0, 3), () -> text.write(new char[3], 0, 3),
                () -> text.append(new StringBuilder("abc")), () -> text.append(null));
        for (Runnable write : past) {
            TextTooLargeException e = assertThrows(TextTooLargeException.class, write::run);
            assertEquals("the manifest of X would be longer than 10 characters, the most one Java string holds;"
                    + " write it as it is made instead", e.getMessage());
        }
        text.append("9").write("0", 0, 1);
        assertEquals("1234567890", text.toString());
        assertEquals(2_147_483_639L, ChunkedText.MAX_CHARS);
    }

    @Test
    void nothingWrittenIsEmpty() {
        assertEquals("", new ChunkedText().toString());
    }
}
