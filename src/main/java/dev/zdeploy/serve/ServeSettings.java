package dev.zdeploy.serve;

import dev.zdeploy.DeploymentService;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@code zdeploy serve} listens and what it bounds: immutable, each {@code withX} returns a
 * changed copy.
 *
 * @param host            the address to bind (default {@code 127.0.0.1}: this machine only)
 * @param port            the port (0 picks a free one)
 * @param tls             the keystore for HTTPS, or null for plain HTTP
 * @param credentials     the users of basic authentication, or null for none
 * @param maxRequestBytes the largest request body accepted (larger: 413)
 * @param maxThreads      the most HTTP requests served at once (Jetty's thread pool)
 * @param stopTimeout     how long a graceful stop waits for requests under way
 * @param service         the deployment service's limits (expiry, held, render threads and queue)
 */
public record ServeSettings(String host, int port, TlsKeystore tls, Credentials credentials, long maxRequestBytes,
        int maxThreads, Duration stopTimeout, DeploymentService.Settings service) {

    /** Localhost, a free port, HTTP, no authentication, 1 MiB bodies, 32 threads, 10 s to stop. */
    public static final ServeSettings DEFAULTS = new ServeSettings("127.0.0.1", 0, null, null, 1024 * 1024, 32,
            Duration.ofSeconds(10), DeploymentService.Settings.DEFAULTS);

    public ServeSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        Objects.requireNonNull(service, "service");
        if (port < 0 || port > 65535 || maxRequestBytes < 1 || maxThreads < 8) {
            throw new IllegalArgumentException("port 0-65535, a positive request size and at least 8 threads");
        }
    }

    public ServeSettings withHost(String value) {
        return new ServeSettings(value, port, tls, credentials, maxRequestBytes, maxThreads, stopTimeout, service);
    }

    public ServeSettings withPort(int value) {
        return new ServeSettings(host, value, tls, credentials, maxRequestBytes, maxThreads, stopTimeout, service);
    }

    public ServeSettings withTls(TlsKeystore value) {
        return new ServeSettings(host, port, value, credentials, maxRequestBytes, maxThreads, stopTimeout, service);
    }

    public ServeSettings withCredentials(Credentials value) {
        return new ServeSettings(host, port, tls, value, maxRequestBytes, maxThreads, stopTimeout, service);
    }

    public ServeSettings withMaxRequestBytes(long value) {
        return new ServeSettings(host, port, tls, credentials, value, maxThreads, stopTimeout, service);
    }

    public ServeSettings withMaxThreads(int value) {
        return new ServeSettings(host, port, tls, credentials, maxRequestBytes, value, stopTimeout, service);
    }

    public ServeSettings withStopTimeout(Duration value) {
        return new ServeSettings(host, port, tls, credentials, maxRequestBytes, maxThreads, value, service);
    }

    public ServeSettings withService(DeploymentService.Settings value) {
        return new ServeSettings(host, port, tls, credentials, maxRequestBytes, maxThreads, stopTimeout, value);
    }
}
