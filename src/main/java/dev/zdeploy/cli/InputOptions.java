package dev.zdeploy.cli;

import dev.zdeploy.ZDeploy;
import dev.zdeploy.input.InputReader;
import dev.zdeploy.input.Inputs;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The three inputs; without a descriptor and a request, the built-in example deployment. */
final class InputOptions {

    @Option(names = "--descriptor", paramLabel = "FILE", description = "the IZUD00DF.json descriptor (default: the built-in example)")
    Path descriptor;

    @Option(names = "--request", paramLabel = "FILE", description = "the deployment request, the JSON body of POST /zosmf/swmgmt/dep (default: the built-in example)")
    Path request;

    @Option(names = "--inventory", paramLabel = "FILE", description = "what already exists on the driving system (JSON, optional)")
    Path inventory;

    Inputs read(ZDeploy zdeploy, CommandLine commandLine) {
        if (descriptor == null && request == null) {
            return inventory == null ? zdeploy.builtInExample() : zdeploy.builtInExample(inventory);
        }
        if (descriptor == null || request == null) {
            throw new CommandLine.ParameterException(commandLine,
                    "give both --descriptor and --request, or neither for the built-in example");
        }
        return zdeploy.read(descriptor, request, inventory);
    }

    /** The request as problems name it. */
    String requestName() {
        return request == null ? InputReader.EXAMPLE_REQUEST : request.toString();
    }
}
