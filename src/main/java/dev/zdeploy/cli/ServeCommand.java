package dev.zdeploy.cli;

import dev.zdeploy.DeploymentService;
import dev.zdeploy.SourceRegistry;
import dev.zdeploy.ZDeploy;
import dev.zdeploy.serve.Credentials;
import dev.zdeploy.serve.ServeSettings;
import dev.zdeploy.serve.TlsKeystore;
import dev.zdeploy.serve.ZDeployServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zdeploy serve}: z/OSMF's deployment API and the REST files reads of the generated members,
 * until interrupted (SIGINT or SIGTERM stop it gracefully). Nothing is ever submitted.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Offers z/OSMF's deployment API (POST /zosmf/swmgmt/dep and /zosmf/swmgmt/v2/dep, the status"
                + " monitor) and the REST files reads of the generated members, so z/OSMF clients can generate and"
                + " fetch deployment jobs without a z/OSMF. Nothing is submitted. Stops gracefully on SIGINT or SIGTERM."})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", required = true, paramLabel = "N", description = "the port to listen on (0: a free one)")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "the address to bind (default: ${DEFAULT-VALUE}, this machine only)")
    private String host;

    @Option(names = "--instances", required = true, paramLabel = "DIR",
            description = "software instances: <source name>/IZUD00DF.json, optional <source name>/uuid")
    private Path instances;

    @Option(names = "--inventories", paramLabel = "DIR", description = "inventories: <system nickname>.json")
    private Path inventories;

    @Option(names = "--keystore", paramLabel = "FILE", description = "serve HTTPS with this keystore (PKCS12 or JKS)")
    private Path keystore;

    @Option(names = "--keystore-password-file", paramLabel = "FILE", description = "the keystore's password (first line)")
    private Path keystorePasswordFile;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "require basic authentication by the users of FILE (lines of user:password)")
    private Path credentials;

    @Option(names = "--expires", paramLabel = "DURATION", defaultValue = "PT1H",
            description = "how long a completed result is held, ISO-8601 (default: ${DEFAULT-VALUE})")
    private Duration expires;

    @Option(names = "--max-request-size", paramLabel = "BYTES", defaultValue = "1048576",
            description = "the largest request body accepted (default: ${DEFAULT-VALUE})")
    private long maxRequestSize;

    @Option(names = "--max-threads", paramLabel = "N", defaultValue = "32",
            description = "the most requests served at once (default: ${DEFAULT-VALUE})")
    private int maxThreads;

    @Option(names = "--max-held", paramLabel = "N", defaultValue = "200",
            description = "the most deployments held, running or complete (default: ${DEFAULT-VALUE})")
    private int maxHeld;

    @Option(names = "--render-threads", paramLabel = "N", defaultValue = "2",
            description = "deployments rendered at once (default: ${DEFAULT-VALUE})")
    private int renderThreads;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((keystore == null) != (keystorePasswordFile == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--keystore and --keystore-password-file go together");
        }
        // Jetty logs through SLF4J: its warnings only, on standard error (never bodies or headers).
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        SourceRegistry registry;
        DeploymentService.Settings limits;
        ServeSettings settings;
        try {
            registry = SourceRegistry.open(instances, inventories);
            limits = DeploymentService.Settings.DEFAULTS.withExpiry(expires).withMaxHeld(maxHeld)
                    .withWorkers(renderThreads);
            settings = ServeSettings.DEFAULTS.withHost(host).withPort(port).withMaxRequestBytes(maxRequestSize)
                    .withMaxThreads(maxThreads).withService(limits)
                    .withTls(keystore == null ? null : TlsKeystore.of(keystore, keystorePasswordFile))
                    .withCredentials(credentials == null ? null : Credentials.read(credentials));
        } catch (IllegalArgumentException | java.nio.file.NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e instanceof java.nio.file.NoSuchFileException
                    ? "no such file: " + e.getMessage() : e.getMessage());
        }
        DeploymentService service = DeploymentService.create(ZDeploy.create(), registry, limits);
        java.io.PrintStream log = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err),
                true, java.nio.charset.StandardCharsets.UTF_8);
        ZDeployServer server = ZDeployServer.start(settings, service, log);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "zdeploy-serve-stop"));
        out.println("zdeploy serve: listening on " + server.url() + " (" + Plural.of(registry.names().size(),
                "software instance") + ": " + String.join(", ", registry.names()) + ")"
                + (settings.credentials() == null ? "" : ", basic authentication required"));
        out.flush();
        err.flush();
        stopped.await();
        return ExitStatus.OK;
    }
}
