package dev.zdeploy.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {

    @TempDir
    Path dir;

    private static List<String> lines(InvalidInputException e) {
        return e.problems().stream().map(Problem::format).toList();
    }

    @Test
    void filesThatCannotBeReadAreProblemsNamedAsGiven() throws IOException {
        Path descriptor = dir.resolve("IZUD00DF.json");
        Files.write(descriptor, new byte[] {(byte) 0xC0, (byte) 0x7B});
        Path request = dir.resolve("missing.json");
        Path inventory = Files.createDirectory(dir.resolve("inventory"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> InputReader.read(descriptor, request, inventory));
        assertEquals(List.of(
                descriptor + ": the file is not UTF-8 text (was it transferred in binary from EBCDIC?)",
                request + ": the file does not exist",
                inventory + ": the input is a directory, not a file"), lines(e));
    }

    @Test
    void readsFilesAndNamesThemAsGiven() throws IOException {
        Path descriptor = Files.writeString(dir.resolve("IZUD00DF.json"), InputReader.exampleText("descriptor.json"));
        Path request = Files.writeString(dir.resolve("request.json"), "{\"name\": 1}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InputReader.read(descriptor, request, null));
        assertEquals(List.of(
                request + " /name: must be a string (got \"1\")",
                request + " /source: is required"), lines(e));
    }

    @Test
    void withoutErrorsTheInventoryIsReadToo() {
        Path inventory = TestFiles.resource("inventory/readme-example.json");
        Inputs inputs = InputReader.read(
                "IZUD00DF.json", InputReader.exampleText("descriptor.json"),
                "request.json", InputReader.exampleText("request.json"),
                "inventory.json", TestFiles.text(inventory));
        assertEquals(2, inputs.inventory().volumes().size());
        assertEquals(List.of(), inputs.warnings());
    }

    @Test
    void rulesBetweenFilesWaitUntilEachFileIsValid() {
        String request = "{\"name\":\"x\",\"source\":{\"type\":\"pswi\",\"name\":\"X\",\"directory\":\"/u/x\"},"
                + "\"targetvolumes\":[{\"volume\":\"LT12345\"}]}";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InputReader.read(
                "IZUD00DF.json", InputReader.exampleText("descriptor.json"), "request.json", request));
        assertEquals(List.of("request.json /targetvolumes/0/volume: a volume serial is 1-6 characters (got \"LT12345\")"),
                lines(e));
    }
}
