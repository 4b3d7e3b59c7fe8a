package dev.zdeploy.cli;

import dev.zdeploy.ZDeploy;
import dev.zdeploy.input.InputReader;
import dev.zdeploy.input.InputReader.Source;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.input.StreamLimits;
import dev.zdeploy.json.InputKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The three inputs; without a descriptor and a request, the built-in example deployment. One of
 * them may be {@code -}: standard input.
 */
final class InputOptions {

    /** How problems name an input read from standard input. */
    static final String STANDARD_INPUT = "(standard input)";

    @Option(names = "--descriptor", paramLabel = "FILE", description = "the IZUD00DF.json descriptor, - for standard input (default: the built-in example)")
    Path descriptor;

    @Option(names = "--request", paramLabel = "FILE", description = "the deployment request, the JSON body of POST /zosmf/swmgmt/dep, - for standard input (default: the built-in example)")
    Path request;

    @Option(names = "--inventory", paramLabel = "FILE", description = "what already exists on the driving system (JSON, optional), - for standard input")
    Path inventory;

    Inputs read(ZDeploy zdeploy, CommandLine commandLine) {
        if (Stream.of(descriptor, request, inventory).filter(InputOptions::isStandardInput).count() > 1) {
            throw new CommandLine.ParameterException(commandLine, "only one input can be read from standard input (-)");
        }
        if (descriptor == null && request == null) {
            if (inventory == null) {
                return zdeploy.builtInExample();
            }
            return InputReader.read(example(InputReader.EXAMPLE_DESCRIPTOR), example(InputReader.EXAMPLE_REQUEST),
                    source(inventory, InputKind.INVENTORY, commandLine));
        }
        if (descriptor == null || request == null) {
            throw new CommandLine.ParameterException(commandLine,
                    "give both --descriptor and --request, or neither for the built-in example");
        }
        return InputReader.read(source(descriptor, InputKind.DESCRIPTOR, commandLine),
                source(request, InputKind.REQUEST, commandLine),
                inventory == null ? null : source(inventory, InputKind.INVENTORY, commandLine));
    }

    /** The descriptor as messages name it. */
    String descriptorName() {
        return descriptor == null ? InputReader.EXAMPLE_DESCRIPTOR : isStandardInput(descriptor) ? STANDARD_INPUT
                : descriptor.toString();
    }

    /** The request as problems name it. */
    String requestName() {
        return request == null ? InputReader.EXAMPLE_REQUEST : isStandardInput(request) ? STANDARD_INPUT : request.toString();
    }

    static boolean isStandardInput(Path path) {
        return path != null && path.toString().equals("-");
    }

    private static Source example(String name) {
        return Source.of(name, InputReader.exampleText(name).getBytes(StandardCharsets.UTF_8));
    }

    private static Source source(Path path, InputKind kind, CommandLine commandLine) {
        if (!isStandardInput(path)) {
            return Source.of(path);
        }
        try {
            // Bounded like a file (README, Limits): --request - < /dev/zero ends at once, exit 2.
            return Source.of(STANDARD_INPUT, StreamLimits.read(kind, STANDARD_INPUT, Main.standardInput(commandLine)));
        } catch (IOException e) {
            throw new UncheckedIOException("standard input", e);
        }
    }
}
