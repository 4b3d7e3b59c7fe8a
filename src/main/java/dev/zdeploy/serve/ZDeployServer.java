package dev.zdeploy.serve;

import dev.zdeploy.DeploymentService;
import dev.zdeploy.ZDeploy;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.request.RequestForm;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code zdeploy serve}: z/OSMF's deployment API and the REST files reads of its members, over HTTP(S),
 * on Javalin (Jetty 12). HTTP only: every decision is the {@link DeploymentService}'s.
 *
 * <ul>
 *   <li>{@code POST /zosmf/swmgmt/dep} (v1 body) and {@code POST /zosmf/swmgmt/v2/dep} (v2 body):
 *       {@code 202 {"statusurl": ...}}; {@code 400} with every problem; {@code 404} unknown source;
 *       {@code 409} a deployment name already held; {@code 413} a body over the limit; {@code 415} not
 *       JSON; {@code 503} the service is full.
 *   <li>{@code GET /zosmf/swmgmt/statusmonitor/deployment/<id>}: the status, {@code 404} once expired,
 *       for a made-up id, or for another user's deployment.
 *   <li>{@code GET /zosmf/restfiles/ds/<dsname>/member} and {@code GET /zosmf/restfiles/ds/<dsname>(<member>)}.
 *   <li>{@code GET /zosmf/info}, unauthenticated as z/OSMF's.
 * </ul>
 * Every other request with credentials configured needs basic authentication ({@code 401}). The log
 * (one line per request: time, method, path, status, milliseconds, user) never holds a body, a query,
 * or a header.
 */
public final class ZDeployServer implements AutoCloseable {

    static final String DEP_V1 = "/zosmf/swmgmt/dep";
    static final String DEP_V2 = "/zosmf/swmgmt/v2/dep";
    static final String STATUS = "/zosmf/swmgmt/statusmonitor/deployment/";
    static final String INFO = "/zosmf/info";
    static final String SWI = "/zosmf/swmgmt/swi/";
    private static final String JSON = "application/json";
    private static final String USER = "zdeploy.user";
    private static final int DEFAULT_MAX_ITEMS = 1000;

    private final ServeSettings settings;
    private final DeploymentService service;
    private final PrintStream log;
    private final String version;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private Javalin javalin;

    private ZDeployServer(ServeSettings settings, DeploymentService service, PrintStream log) {
        this.settings = settings;
        this.service = service;
        this.log = log;
        String implementation = ZDeploy.class.getPackage().getImplementationVersion();
        this.version = implementation == null ? "development" : implementation;
    }

    /** Starts a server for {@code service}, logging a line per request to {@code log}. */
    public static ZDeployServer start(ServeSettings settings, DeploymentService service, PrintStream log) {
        ZDeployServer server = new ZDeployServer(Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(service, "service"), Objects.requireNonNull(log, "log"));
        server.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.http.generateEtags = false;
            // Bounded concurrency: at most maxThreads threads serve requests; further connections wait
            // to be read (Jetty wants its job queue unbounded: its own jobs must never be refused).
            QueuedThreadPool pool = new QueuedThreadPool(settings.maxThreads(), 8, 60_000);
            pool.setName("zdeploy-http");
            config.jetty.threadPool = pool;
            // Graceful stop: Jetty's GracefulHandler (Javalin attaches its servlet context inside it) lets
            // a request under way finish writing its response before the connectors close.
            config.jetty.modifyServer(jetty -> {
                jetty.setStopTimeout(settings.stopTimeout().toMillis());
                jetty.setHandler(new GracefulHandler());
            });
            if (settings.tls() != null) {
                config.jetty.addConnector((jetty, http) -> server.httpsConnector(jetty, http));
            } else {
                config.jetty.host = settings.host();
                config.jetty.port = settings.port();
            }
            config.routes.post(DEP_V1, server.guard(ctx -> server.deploy(ctx, RequestForm.V1)));
            config.routes.post(DEP_V2, server.guard(ctx -> server.deploy(ctx, RequestForm.V2)));
            config.routes.get(STATUS + "{id}", server.guard(server::status));
            config.routes.get(DataSetPath.PREFIX + "<path>", server.guard(server::files));
            config.routes.get(INFO, server.guard(server::info));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> server.respond(ctx, e.getStatus(),
                    ZosmfJson.error(e.getStatus(), e.getMessage(), List.of())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.println(Instant.now() + " internal error " + e.getClass().getName() + " on " + ctx.method() + " "
                        + ctx.path());
                server.respond(ctx, 500, ZosmfJson.error(500, "internal error of zdeploy (" + e.getClass().getSimpleName()
                        + "); report it with the request that caused it", List.of()));
            });
        });
        server.javalin.start();
        return server;
    }

    private ServerConnector httpsConnector(org.eclipse.jetty.server.Server jetty, HttpConfiguration http) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(settings.tls().keystore().toString());
        ssl.setKeyStorePassword(settings.tls().password());
        HttpConfiguration https = new HttpConfiguration(http);
        https.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(jetty, ssl, new HttpConnectionFactory(https));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        return connector;
    }

    /** The port the server listens on. */
    public int port() {
        return javalin.port() > 0 ? javalin.port()
                : ((ServerConnector) javalin.jettyServer().server().getConnectors()[0]).getLocalPort();
    }

    /** The base URL, {@code http(s)://<host>:<port>}. */
    public String url() {
        return (settings.tls() != null ? "https" : "http") + "://" + settings.host() + ":" + port();
    }

    /** The protocols of each connector the server listens on, e.g. {@code [ssl, http/1.1]}. */
    List<String> connectorProtocols() {
        List<String> protocols = new ArrayList<>();
        for (org.eclipse.jetty.server.Connector connector : javalin.jettyServer().server().getConnectors()) {
            protocols.add(connector.getProtocols().toString());
        }
        return protocols;
    }

    /** True when Jetty's GracefulHandler wraps what Javalin serves (responses under way finish on stop). */
    boolean stopsGracefully() {
        return javalin.jettyServer().server().getHandler() instanceof GracefulHandler graceful
                && graceful.getHandler() != null;
    }

    /** Requests being served now. */
    int inFlight() {
        return inFlight.get();
    }

    /**
     * Graceful stop: new requests are refused ({@code 503}), requests under way finish and their
     * responses are written (up to the stop timeout: the handlers, then Jetty's GracefulHandler), renders
     * under way finish, then the server stops.
     */
    @Override
    public void close() {
        draining.set(true);
        long deadline = System.nanoTime() + settings.stopTimeout().toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        javalin.stop();
        service.close(settings.stopTimeout());
    }

    /** Authentication, the draining check, the in-flight count and the access log around a handler. */
    private Handler guard(Handler handler) {
        return ctx -> {
            long start = System.nanoTime();
            inFlight.incrementAndGet();
            try {
                if (draining.get()) {
                    respond(ctx, 503, ZosmfJson.error(503, "zdeploy serve is stopping", List.of()));
                    return;
                }
                if (settings.credentials() != null && !ctx.path().equals(INFO)) {
                    Optional<String> user = settings.credentials().user(ctx.header("Authorization"));
                    if (user.isEmpty()) {
                        ctx.header("WWW-Authenticate", "Basic realm=\"zdeploy\"");
                        respond(ctx, 401, ZosmfJson.error(401, "authentication required (basic)", List.of()));
                        return;
                    }
                    ctx.attribute(USER, user.get());
                }
                handler.handle(ctx);
            } finally {
                inFlight.decrementAndGet();
                String user = ctx.attribute(USER);
                log.println(Instant.now() + " " + ctx.method() + " " + ctx.path() + " " + ctx.statusCode() + " "
                        + (System.nanoTime() - start) / 1_000_000 + "ms" + (user == null ? "" : " " + user));
            }
        };
    }

    private void deploy(Context ctx, RequestForm form) {
        String type = ctx.header("Content-Type");
        if (type != null && !type.toLowerCase(Locale.ROOT).startsWith(JSON)) {
            respond(ctx, 415, ZosmfJson.error(415, "the request body is JSON: Content-Type: application/json", List.of()));
            return;
        }
        String body = ctx.body();
        try {
            String id = service.submit(body, form, ctx.attribute(USER));
            respond(ctx, 202, ZosmfJson.accepted(base(ctx) + STATUS + id));
        } catch (InvalidInputException e) {
            respond(ctx, 400, ZosmfJson.error(400, "the deployment request has " + e.problems().stream()
                    .filter(p -> p.isError()).count() + " problem(s); nothing was generated", e.problems()));
        } catch (DeploymentService.UnknownSourceException e) {
            respond(ctx, 404, ZosmfJson.error(404, e.getMessage(), List.of()));
        } catch (DeploymentService.NameInUseException e) {
            respond(ctx, 409, ZosmfJson.error(409, e.getMessage(), List.of()));
        } catch (DeploymentService.BusyException e) {
            ctx.header("Retry-After", "5");
            respond(ctx, 503, ZosmfJson.error(503, e.getMessage(), List.of()));
        }
    }

    private void status(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<DeploymentService.Status> status = service.status(id, ctx.attribute(USER));
        if (status.isEmpty()) {
            respond(ctx, 404, ZosmfJson.error(404, "no deployment " + id + " is held: its result expired, or it"
                    + " never existed", List.of()));
            return;
        }
        DeploymentService.Status found = status.get();
        String url = base(ctx) + SWI + encode(found.system() == null ? "-" : found.system()) + "/"
                + encode(found.tgtswiname());
        respond(ctx, 200, ZosmfJson.status(found, url));
    }

    private void files(Context ctx) {
        Optional<DataSetPath> parsed = DataSetPath.parse(ctx.req().getRequestURI());
        if (parsed.isEmpty()) {
            respond(ctx, 404, ZosmfJson.filesError("only <dsname>/member and <dsname>(<member>) are served"));
            return;
        }
        DataSetPath path = parsed.get();
        if (path.member() == null) {
            memberList(ctx, path.dsname());
            return;
        }
        String type = ctx.header("X-IBM-Data-Type");
        if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("text")) {
            respond(ctx, 400, ZosmfJson.filesError("only X-IBM-Data-Type text is served (the members are text)"));
            return;
        }
        Optional<String> text = service.member(path.dsname(), path.member());
        if (text.isEmpty() || text.get() == null) {
            respond(ctx, 404, ZosmfJson.filesError(text.isEmpty() ? "data set " + path.dsname() + " not found"
                    : "member " + path.member() + " not found in " + path.dsname()));
            return;
        }
        ctx.status(200).contentType("text/plain; charset=UTF-8").result(text.get());
    }

    private void memberList(Context ctx, String dsname) {
        Optional<List<String>> members = service.members(dsname);
        if (members.isEmpty()) {
            respond(ctx, 404, ZosmfJson.filesError("data set " + dsname + " not found"));
            return;
        }
        List<String> selected = new ArrayList<>(members.get().stream().sorted()
                .filter(member -> MemberPattern.matches(ctx.queryParam("pattern"), member))
                .filter(member -> ctx.queryParam("start") == null
                        || member.compareTo(ctx.queryParam("start").toUpperCase(Locale.ROOT)) >= 0)
                .toList());
        int total = selected.size();
        int max = maxItems(ctx.header("X-IBM-Max-Items"));
        List<String> returned = max == 0 || max >= total ? selected : selected.subList(0, max);
        respond(ctx, 200, ZosmfJson.members(returned, total));
    }

    private static int maxItems(String header) {
        if (header == null) {
            return DEFAULT_MAX_ITEMS;
        }
        try {
            return Math.max(0, Integer.parseInt(header.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_ITEMS;
        }
    }

    private void info(Context ctx) {
        respond(ctx, 200, ZosmfJson.info(settings.host(), port(), version));
    }

    private void respond(Context ctx, int status, String json) {
        ctx.status(status).contentType(JSON).result(json);
    }

    /** {@code scheme://host[:port]} as the client addressed the server (its Host header), else as bound. */
    private String base(Context ctx) {
        String host = ctx.header("Host");
        String scheme = settings.tls() != null ? "https" : "http";
        boolean usable = host != null && host.matches("[A-Za-z0-9.\\-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");
        return scheme + "://" + (usable ? host : settings.host() + ":" + port());
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
