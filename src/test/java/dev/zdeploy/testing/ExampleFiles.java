package dev.zdeploy.testing;

import dev.zdeploy.input.InputReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The built-in example's descriptor and request written as files ({@code IZUD00DF.json},
 * {@code request.json}), each optionally edited, for tests that read inputs from files.
 *
 * @param descriptor the descriptor file
 * @param request    the request file
 */
public record ExampleFiles(Path descriptor, Path request) {

    /** The example as it is, in {@code directory}. */
    public static ExampleFiles write(Path directory) {
        return write(directory, UnaryOperator.identity(), UnaryOperator.identity());
    }

    /** The example with its descriptor and request texts edited, in {@code directory}. */
    public static ExampleFiles write(Path directory, UnaryOperator<String> descriptorEdit, UnaryOperator<String> requestEdit) {
        return new ExampleFiles(
                write(directory.resolve("IZUD00DF.json"), descriptorEdit.apply(InputReader.exampleText(InputReader.EXAMPLE_DESCRIPTOR))),
                write(directory.resolve("request.json"), requestEdit.apply(InputReader.exampleText(InputReader.EXAMPLE_REQUEST))));
    }

    /** Rewrites the request file as the example's request, edited. */
    public ExampleFiles editRequest(UnaryOperator<String> edit) {
        write(request, edit.apply(InputReader.exampleText(InputReader.EXAMPLE_REQUEST)));
        return this;
    }

    /** The command line options naming both files. */
    public String[] args() {
        return new String[] {"--descriptor", descriptor.toString(), "--request", request.toString()};
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
