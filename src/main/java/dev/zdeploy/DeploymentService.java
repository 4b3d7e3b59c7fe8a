package dev.zdeploy;

import dev.zdeploy.input.InputReader;
import dev.zdeploy.input.Inputs;
import dev.zdeploy.json.ReadResult;
import dev.zdeploy.plan.DeploymentPlan;
import dev.zdeploy.problem.InvalidInputException;
import dev.zdeploy.problem.Problem;
import dev.zdeploy.request.DeploymentRequest;
import dev.zdeploy.request.RequestForm;
import dev.zdeploy.request.RequestReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * z/OSMF's deployment API as a library: a request body in, a deployment id out, its status polled,
 * its members read back as the members of its JCL data set. What {@code zdeploy serve} offers over
 * HTTP, without HTTP.
 *
 * <ul>
 *   <li>{@link #submit}: reads the body (v1 or v2), finds the source in the {@link SourceRegistry},
 *       reads it with the inventory of the system and plans, all before answering, so that every
 *       problem of the inputs comes back at once; then renders in the background, a bounded number
 *       at a time. Nothing is ever submitted to a system.
 *   <li>A deployment name is held from its submission until its result expires (a second submission
 *       under it is refused), and so is the target instance name it created: later deployments of the
 *       same source get the next {@code <source>_<n>} (the seed's rule).
 *   <li>A result expires {@link Settings#expiry()} after it completed; then it and its members are gone.
 *   <li>{@link #members}: the members of the newest completed deployment whose {@code jcldataset} is
 *       the data set, as if each deployment had replaced the data set's members.
 *   <li>Passwords of the request ({@code zosmfpw}, {@code proxypw}) are read and dropped with it: the
 *       service keeps only the plan and the rendered members, which never hold them.
 * </ul>
 * Thread-safe.
 */
public final class DeploymentService implements AutoCloseable {

    /** How problems name the request body. */
    public static final String REQUEST_NAME = "request";

    /** The state of a deployment ({@code status}: z/OSMF says running or complete; failed is zdeploy's). */
    public enum State {
        /** Accepted and being rendered. */
        RUNNING,
        /** Rendered: the members can be read. */
        COMPLETE,
        /** Rendering failed (a zdeploy bug, or a site template's): see {@link Status#failure()}. */
        FAILED
    }

    /**
     * What a status monitor GET shows of a deployment.
     *
     * @param id              the deployment id
     * @param state           running, complete or failed
     * @param percentcomplete 0-100
     * @param tgtswiname      the target software instance name
     * @param system          the system nickname of the target instance
     * @param deployment      the rendered deployment once complete, else null
     * @param warnings        the warnings of the inputs and the plan, as one-line problems
     * @param failure         why rendering failed, else null
     */
    public record Status(String id, State state, int percentcomplete, String tgtswiname, String system,
            Deployment deployment, List<String> warnings, String failure) {}

    /** The source a request names is not in the registry (HTTP 404). */
    public static final class UnknownSourceException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownSourceException(String message) {
            super(message);
        }
    }

    /** A deployment of this name is still held (HTTP 409). */
    public static final class NameInUseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NameInUseException(String message) {
            super(message);
        }
    }

    /** The service holds or renders as many deployments as it may (HTTP 503). */
    public static final class BusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BusyException(String message) {
            super(message);
        }
    }

    /**
     * Limits of a service: immutable, each {@code withX} returns a changed copy.
     *
     * @param expiry  how long a completed result is held
     * @param maxHeld how many deployments (running or held) at most
     * @param workers how many render at once
     * @param queue   how many more may wait to be rendered
     */
    public record Settings(Duration expiry, int maxHeld, int workers, int queue) {

        /** One hour, 200 held, 2 rendering, 64 waiting. */
        public static final Settings DEFAULTS = new Settings(Duration.ofHours(1), 200, 2, 64);

        public Settings {
            Objects.requireNonNull(expiry, "expiry");
            if (expiry.isNegative() || expiry.isZero() || maxHeld < 1 || workers < 1 || queue < 0) {
                throw new IllegalArgumentException("expiry, maxHeld and workers must be positive, queue not negative");
            }
        }

        public Settings withExpiry(Duration value) {
            return new Settings(value, maxHeld, workers, queue);
        }

        public Settings withMaxHeld(int value) {
            return new Settings(expiry, value, workers, queue);
        }

        public Settings withWorkers(int value) {
            return new Settings(expiry, maxHeld, value, queue);
        }

        public Settings withQueue(int value) {
            return new Settings(expiry, maxHeld, workers, value);
        }
    }

    /** One deployment held by the service; its mutable fields are guarded by the service's lock. */
    private static final class Held {
        final String id;
        final String name;
        final String owner;
        final String tgtswiname;
        final String system;
        final String jcldataset;
        final List<String> warnings;
        State state = State.RUNNING;
        int percent = 25;
        DeploymentPlan plan;
        Deployment deployment;
        String failure;
        Instant expiresAt;
        long completedSequence;

        Held(String id, String name, String owner, DeploymentPlan plan, String system, List<String> warnings) {
            this.id = id;
            this.name = name;
            this.owner = owner;
            this.plan = plan;
            this.tgtswiname = plan.tgtswiname();
            this.system = system;
            this.jcldataset = plan.jcldataset();
            this.warnings = warnings;
        }
    }

    private static final int PLAN_ATTEMPTS = 10;

    private final ZDeploy zdeploy;
    private final SourceRegistry registry;
    private final Settings settings;
    private final Clock clock;
    private final ExecutorService renderer;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Held> byId = new LinkedHashMap<>();
    private final Map<String, Held> byName = new LinkedHashMap<>();
    private final Set<String> createdNames = new HashSet<>();
    private long completions;

    /** A service rendering on {@code renderer} (the caller's, e.g. one a test runs by hand) with {@code clock}. */
    public DeploymentService(ZDeploy zdeploy, SourceRegistry registry, Settings settings, Clock clock,
            ExecutorService renderer) {
        this.zdeploy = Objects.requireNonNull(zdeploy, "zdeploy");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /** A service with its own render threads ({@link Settings#workers()}, {@link Settings#queue()} waiting). */
    public static DeploymentService create(ZDeploy zdeploy, SourceRegistry registry, Settings settings) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(settings.workers(), settings.workers(), 0,
                TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(Math.max(1, settings.queue())), runnable -> {
                    Thread thread = new Thread(runnable, "zdeploy-render");
                    thread.setDaemon(true);
                    return thread;
                });
        return new DeploymentService(zdeploy, registry, settings, Clock.systemUTC(), executor);
    }

    /** The settings of this service. */
    public Settings settings() {
        return settings;
    }

    /**
     * Accepts a deployment request body of the given form from {@code owner} (the authenticated user, or
     * null) and returns its id.
     *
     * @throws InvalidInputException  the body, the source's descriptor or the plan has errors (every one)
     * @throws UnknownSourceException the source is not in the registry
     * @throws NameInUseException     a deployment of that name is held
     * @throws BusyException          the service holds or renders as many as it may
     */
    public String submit(String body, RequestForm form, String owner) {
        ReadResult<DeploymentRequest> read = RequestReader.parse(REQUEST_NAME, body, form);
        DeploymentRequest request = read.orThrow();
        SourceRegistry.Instance instance = source(request);
        String system = request.isV2() && request.v2().targetSystem() != null ? request.v2().targetSystem()
                : request.source().system();
        synchronized (this) {
            sweep();
            checkName(request.name());
        }
        Path inventory = registry.inventory(system).orElse(null);
        Inputs inputs = InputReader.read(instance.descriptorName(), text(instance.descriptor()), REQUEST_NAME, body,
                inventory == null ? null : system + SourceRegistry.INVENTORY_SUFFIX,
                inventory == null ? null : text(inventory));
        if (inputs.request().jcldataset() == null) {
            throw new InvalidInputException(List.of(Problem.error(REQUEST_NAME,
                    inputs.request().isV2() ? "/systemsettings" : "/jcldataset", "the service keeps the members in"
                            + " the JCL data set, read back with GET /zosmf/restfiles/ds/<jcldataset>: jcldataset is"
                            + " required")));
        }
        for (int attempt = 0; attempt < PLAN_ATTEMPTS; attempt++) {
            Set<String> taken;
            synchronized (this) {
                taken = Set.copyOf(createdNames);
            }
            DeploymentPlan plan = zdeploy.plan(inputs, taken);
            synchronized (this) {
                sweep();
                checkName(request.name());
                if (createdNames.contains(plan.tgtswiname())) {
                    continue;
                }
                if (byId.size() >= settings.maxHeld()) {
                    throw new BusyException("the service holds " + byId.size() + " deployments, its limit; retry when"
                            + " the oldest expires (results are held for " + settings.expiry() + ")");
                }
                // The plan's warnings include the inputs' (ZDeploy.plan).
                List<String> warnings = plan.warnings().stream().map(Problem::format).toList();
                Held held = new Held(newId(), request.name(), owner, plan, system, warnings);
                byId.put(held.id, held);
                byName.put(held.name, held);
                createdNames.add(held.tgtswiname);
                try {
                    renderer.execute(() -> render(held));
                } catch (RejectedExecutionException full) {
                    forget(held);
                    throw new BusyException("the service is rendering and queueing as many deployments as it may;"
                            + " retry shortly");
                }
                return held.id;
            }
        }
        throw new BusyException("other deployments of the same source took every target instance name tried; retry");
    }

    private SourceRegistry.Instance source(DeploymentRequest request) {
        String uuid = request.isV2() ? request.v2().uuid() : null;
        if (uuid != null) {
            return registry.byUuid(uuid).orElseThrow(() -> new UnknownSourceException(
                    "no software instance with uuid " + uuid + " is registered"));
        }
        String name = request.source().name();
        return registry.byName(name).orElseThrow(() -> new UnknownSourceException(
                "no software instance named " + name + " is registered"));
    }

    private void checkName(String name) {
        if (byName.containsKey(name)) {
            throw new NameInUseException("a deployment named " + name + " is already held; choose another name or"
                    + " wait until its result expires");
        }
    }

    private void render(Held held) {
        DeploymentPlan plan;
        synchronized (this) {
            plan = held.plan;
            held.percent = 50;
        }
        Deployment deployment = null;
        String failure = null;
        try {
            deployment = zdeploy.render(plan);
        } catch (RuntimeException | Error e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        synchronized (this) {
            held.plan = null;
            held.deployment = deployment;
            held.failure = failure;
            held.state = deployment != null ? State.COMPLETE : State.FAILED;
            held.percent = 100;
            held.completedSequence = ++completions;
            held.expiresAt = clock.instant().plus(settings.expiry());
        }
    }

    /** The status of deployment {@code id}, when it is held and {@code owner} submitted it (or no one is authenticated). */
    public synchronized Optional<Status> status(String id, String owner) {
        sweep();
        Held held = byId.get(id);
        if (held == null || !Objects.equals(held.owner, owner)) {
            return Optional.empty();
        }
        return Optional.of(new Status(held.id, held.state, held.percent, held.tgtswiname, held.system,
                held.deployment, held.warnings, held.failure));
    }

    /** The member names, in run order, of the newest completed deployment into data set {@code dsname}. */
    public synchronized Optional<List<String>> members(String dsname) {
        return newest(dsname).map(deployment -> List.copyOf(deployment.members().keySet()));
    }

    /** The text of member {@code member} of data set {@code dsname}, as {@link #members} sees it. */
    public synchronized Optional<String> member(String dsname, String member) {
        return newest(dsname).map(deployment -> deployment.members().get(member));
    }

    private Optional<Deployment> newest(String dsname) {
        sweep();
        Held newest = null;
        for (Held held : byId.values()) {
            if (held.state == State.COMPLETE && held.jcldataset.equals(dsname)
                    && (newest == null || held.completedSequence > newest.completedSequence)) {
                newest = held;
            }
        }
        return Optional.ofNullable(newest == null ? null : newest.deployment);
    }

    /** How many deployments are held now (running or complete, not expired). */
    public synchronized int held() {
        sweep();
        return byId.size();
    }

    private void sweep() {
        Instant now = clock.instant();
        List<Held> expired = new ArrayList<>();
        for (Held held : byId.values()) {
            if (held.expiresAt != null && !now.isBefore(held.expiresAt)) {
                expired.add(held);
            }
        }
        expired.forEach(this::forget);
    }

    private void forget(Held held) {
        byId.remove(held.id);
        byName.remove(held.name, held);
        createdNames.remove(held.tgtswiname);
    }

    private String newId() {
        String id;
        do {
            id = Long.toString(random.nextLong() & Long.MAX_VALUE);
        } while (byId.containsKey(id));
        return id;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Stops rendering: waits up to {@code timeout} for the renders under way, then drops the rest. */
    public void close(Duration timeout) {
        renderer.shutdown();
        try {
            if (!renderer.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                renderer.shutdownNow();
            }
        } catch (InterruptedException e) {
            renderer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
