package dev.zdeploy.input;

import dev.zdeploy.descriptor.Descriptor;
import dev.zdeploy.descriptor.DescriptorReader;
import dev.zdeploy.inventory.Inventory;
import dev.zdeploy.inventory.InventoryReader;
import dev.zdeploy.json.Problems;
import dev.zdeploy.json.ReadResult;
import dev.zdeploy.json.SourceFile;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import dev.zdeploy.problem.SourceNames;
import dev.zdeploy.request.DeploymentRequest;
import dev.zdeploy.request.RequestReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reads the inputs of a deployment (descriptor, request, optional inventory) and checks each of
 * them and the rules between them. Either every input is valid and {@link Inputs} comes back with
 * the warnings, or an {@link InvalidInputException} carries every problem of every file (warnings
 * included), in file order: descriptor, request, inventory, then the rules between files.
 */
public final class InputReader {

    /** Where the built-in example lives in the jar. */
    public static final String EXAMPLE_RESOURCES = "/dev/zdeploy/example/";
    public static final String EXAMPLE_DESCRIPTOR = "descriptor.json";
    public static final String EXAMPLE_REQUEST = "request.json";

    private InputReader() {}

    /**
     * One input: a file, or bytes already read (standard input, {@code -} on the command line), named
     * as problems name it.
     */
    public record Source(String name, Path file, byte[] bytes) {

        public static Source of(Path file) {
            return new Source(file.toString(), file, null);
        }

        public static Source of(String name, byte[] bytes) {
            return new Source(name, null, bytes.clone());
        }

        <T> ReadResult<T> parse(Function<Path, ReadResult<T>> fromFile,
                BiFunction<String, String, ReadResult<T>> fromText) {
            if (file != null) {
                return fromFile.apply(file);
            }
            Problems problems = new Problems(name);
            String text = SourceFile.decode(bytes, problems);
            return text == null ? new ReadResult<>(null, problems.all()) : fromText.apply(name, text);
        }
    }

    /** Reads the inputs, each a file or bytes; {@code inventory} may be null. */
    public static Inputs read(Source descriptor, Source request, Source inventory) {
        return combine(
                descriptor.parse(DescriptorReader::parse, DescriptorReader::parse), descriptor.name(),
                request.parse(RequestReader::parse, RequestReader::parse), request.name(),
                inventory == null ? null : inventory.parse(InventoryReader::parse, InventoryReader::parse),
                inventory == null ? SourceNames.DEFAULT.inventory() : inventory.name());
    }

    /** Reads the files; {@code inventory} may be null. Problems name each file as given. */
    public static Inputs read(Path descriptor, Path request, Path inventory) {
        return combine(
                DescriptorReader.parse(descriptor), descriptor.toString(),
                RequestReader.parse(request), request.toString(),
                inventory == null ? null : InventoryReader.parse(inventory),
                inventory == null ? SourceNames.DEFAULT.inventory() : inventory.toString());
    }

    /** Reads texts named as given, without an inventory. */
    public static Inputs read(String descriptorName, String descriptorJson, String requestName, String requestJson) {
        return read(descriptorName, descriptorJson, requestName, requestJson, null, null);
    }

    /** Reads texts named as given; {@code inventoryName} and {@code inventoryJson} may be null. */
    public static Inputs read(String descriptorName, String descriptorJson, String requestName, String requestJson,
            String inventoryName, String inventoryJson) {
        return combine(
                DescriptorReader.parse(descriptorName, descriptorJson), descriptorName,
                RequestReader.parse(requestName, requestJson), requestName,
                inventoryJson == null ? null : InventoryReader.parse(inventoryName, inventoryJson),
                inventoryName == null ? SourceNames.DEFAULT.inventory() : inventoryName);
    }

    /** The built-in example (an swi deployment of a small SMP/E product), as packaged in the jar. */
    public static Inputs builtInExample() {
        return read(EXAMPLE_DESCRIPTOR, exampleText(EXAMPLE_DESCRIPTOR), EXAMPLE_REQUEST, exampleText(EXAMPLE_REQUEST));
    }

    /** The built-in example checked against an inventory of the driving system read from a file. */
    public static Inputs builtInExample(Path inventory) {
        return combine(
                DescriptorReader.parse(EXAMPLE_DESCRIPTOR, exampleText(EXAMPLE_DESCRIPTOR)), EXAMPLE_DESCRIPTOR,
                RequestReader.parse(EXAMPLE_REQUEST, exampleText(EXAMPLE_REQUEST)), EXAMPLE_REQUEST,
                InventoryReader.parse(inventory), inventory.toString());
    }

    /** The text of a built-in example file ({@link #EXAMPLE_DESCRIPTOR} or {@link #EXAMPLE_REQUEST}). */
    public static String exampleText(String name) {
        try (InputStream in = InputReader.class.getResourceAsStream(EXAMPLE_RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the built-in example " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Inputs combine(ReadResult<Descriptor> descriptor, String descriptorName,
            ReadResult<DeploymentRequest> request, String requestName, ReadResult<Inventory> inventory,
            String inventoryName) {
        List<Problem> problems = new ArrayList<>();
        problems.addAll(descriptor.problems());
        problems.addAll(request.problems());
        if (inventory != null) {
            problems.addAll(inventory.problems());
        }
        if (!descriptor.hasErrors() && !request.hasErrors()) {
            problems.addAll(CrossChecks.check(descriptor.value(), descriptorName, request.value(), requestName));
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new InvalidInputException(problems);
        }
        DeploymentRequest read = request.value();
        return new Inputs(descriptor.value(), read, inventory == null ? null : inventory.value(), problems,
                new SourceNames(descriptorName, requestName, inventoryName,
                        read.isV2() ? read.v2()::pointerOf : UnaryOperator.identity()));
    }
}
