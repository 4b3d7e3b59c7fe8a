package dev.zdeploy.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@link PrettyJsonWriter} writes what jackson-core's generator writes with the pretty printer zdeploy
 * used (two-space indent, LF, ": ", empty containers closed on their line), byte for byte: the same
 * random documents, with every kind of character in names and values, through both.
 */
class PrettyJsonWriterTest {

    /** One document's events, replayed on both writers. */
    private interface Json {
        void startObject() throws IOException;

        void endObject() throws IOException;

        void startArray() throws IOException;

        void endArray() throws IOException;

        void name(String name) throws IOException;

        void string(String value) throws IOException;

        void number(long value) throws IOException;

        void bool(boolean value) throws IOException;

        void nullValue() throws IOException;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomDocumentsAreWrittenAsJacksonWritesThem(int seed) throws IOException {
        StringWriter ours = new StringWriter();
        PrettyJsonWriter writer = new PrettyJsonWriter(ours);
        document(new Random(seed), ours(writer));
        writer.raw("\n");
        writer.flush();

        StringWriter theirs = new StringWriter();
        try (JsonGenerator generator = jackson(theirs)) {
            document(new Random(seed), jackson(generator));
            generator.flush();
        }
        theirs.write('\n');

        assertEquals(theirs.toString(), ours.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {21, 22, 23, 24, 25, 26, 27, 28, 29, 30})
    void theCompactLayoutIsJacksonsWithoutAPrettyPrinter(int seed) throws IOException {
        StringWriter ours = new StringWriter();
        PrettyJsonWriter writer = PrettyJsonWriter.compact(ours);
        document(new Random(seed), ours(writer));
        writer.flush();

        StringWriter theirs = new StringWriter();
        try (JsonGenerator generator = new JsonFactory().createGenerator(theirs)) {
            document(new Random(seed), jackson(generator));
            generator.flush();
        }

        assertEquals(theirs.toString(), ours.toString());
    }

    @Test
    void everyCharacterBelow256AndSomeBeyondIsEscapedAsJacksonEscapesIt() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 256; c++) {
            all.append(c);
        }
        all.append("\u2028\u20ac\ud83d\ude00\uffff");
        StringWriter ours = new StringWriter();
        PrettyJsonWriter writer = new PrettyJsonWriter(ours);
        writer.startObject();
        writer.stringField(all.toString(), all.toString());
        writer.endObject();
        writer.flush();
        StringWriter theirs = new StringWriter();
        try (JsonGenerator generator = jackson(theirs)) {
            generator.writeStartObject();
            generator.writeStringField(all.toString(), all.toString());
            generator.writeEndObject();
        }

        assertEquals(theirs.toString(), ours.toString());
    }

    @Test
    void textLongerThanTheBufferAndDeepNestingComeOutWhole() throws IOException {
        String value = "A.B".repeat(20_000) + "\"\n";
        StringWriter ours = new StringWriter();
        PrettyJsonWriter writer = new PrettyJsonWriter(ours);
        StringWriter theirs = new StringWriter();
        try (JsonGenerator generator = jackson(theirs)) {
            for (Json json : new Json[] {ours(writer), jackson(generator)}) {
                for (int i = 0; i < 40; i++) {
                    json.startArray();
                }
                json.string(value);
                for (int i = 0; i < 40; i++) {
                    json.endArray();
                }
            }
        }
        writer.flush();

        assertEquals(theirs.toString(), ours.toString());
    }

    private static void document(Random random, Json json) throws IOException {
        json.startObject();
        members(random, json, 0);
        json.endObject();
    }

    private static void members(Random random, Json json, int depth) throws IOException {
        int n = random.nextInt(depth == 0 ? 12 : 5);
        for (int i = 0; i < n; i++) {
            json.name(text(random));
            value(random, json, depth);
        }
    }

    private static void value(Random random, Json json, int depth) throws IOException {
        switch (random.nextInt(depth > 5 ? 4 : 6)) {
            case 0 -> json.string(text(random));
            case 1 -> json.number(random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(1000) - 10);
            case 2 -> json.bool(random.nextBoolean());
            case 3 -> json.nullValue();
            case 4 -> {
                json.startObject();
                members(random, json, depth + 1);
                json.endObject();
            }
            default -> {
                json.startArray();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    value(random, json, depth + 1);
                }
                json.endArray();
            }
        }
    }

    private static String text(Random random) {
        int length = random.nextInt(4) == 0 ? random.nextInt(10_000) : random.nextInt(20);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            text.append(kind == 0 ? (char) random.nextInt(0x20) : kind == 1 ? "\"\\/\u007f\u0080\u00ff".charAt(random.nextInt(6))
                    : kind == 2 ? (char) random.nextInt(0x10000) : (char) (0x20 + random.nextInt(0x5f)));
        }
        return text.toString();
    }

    private static JsonGenerator jackson(StringWriter out) throws IOException {
        JsonGenerator generator = new JsonFactory().createGenerator(out);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        generator.setPrettyPrinter(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter));
        return generator;
    }

    private static Json ours(PrettyJsonWriter writer) {
        return new Json() {
            public void startObject() throws IOException { writer.startObject(); }
            public void endObject() throws IOException { writer.endObject(); }
            public void startArray() throws IOException { writer.startArray(); }
            public void endArray() throws IOException { writer.endArray(); }
            public void name(String name) throws IOException { writer.name(name); }
            public void string(String value) throws IOException { writer.string(value); }
            public void number(long value) throws IOException { writer.number(value); }
            public void bool(boolean value) throws IOException { writer.bool(value); }
            public void nullValue() throws IOException { writer.nullValue(); }
        };
    }

    private static Json jackson(JsonGenerator generator) {
        return new Json() {
            public void startObject() throws IOException { generator.writeStartObject(); }
            public void endObject() throws IOException { generator.writeEndObject(); }
            public void startArray() throws IOException { generator.writeStartArray(); }
            public void endArray() throws IOException { generator.writeEndArray(); }
            public void name(String name) throws IOException { generator.writeFieldName(name); }
            public void string(String value) throws IOException { generator.writeString(value); }
            public void number(long value) throws IOException { generator.writeNumber(value); }
            public void bool(boolean value) throws IOException { generator.writeBoolean(value); }
            public void nullValue() throws IOException { generator.writeNull(); }
        };
    }
}
