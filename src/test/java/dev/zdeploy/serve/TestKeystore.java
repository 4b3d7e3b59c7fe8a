package dev.zdeploy.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for {@code localhost} and {@code 127.0.0.1}, made with the JDK's keytool:
 * the keystore the server is given, its password file, and the certificate as PEM for clients that
 * check it (curl's --cacert, Zowe's NODE_EXTRA_CA_CERTS).
 */
record TestKeystore(Path keystore, Path passwordFile, Path certificatePem) {

    static final String PASSWORD = "changeit-test";
    static final String ALIAS = "zdeploy";

    private static TestKeystore shared;

    /** One keystore for all tests of a run (keytool takes seconds on a busy machine), in a temporary directory. */
    static synchronized TestKeystore shared() throws IOException, InterruptedException {
        if (shared == null) {
            Path dir = Files.createTempDirectory("zdeploy-tls");
            dir.toFile().deleteOnExit();
            shared = create(dir);
            for (Path file : List.of(shared.keystore, shared.passwordFile, shared.certificatePem)) {
                file.toFile().deleteOnExit();
            }
        }
        return shared;
    }

    static TestKeystore create(Path dir) throws IOException, InterruptedException {
        Path keystore = dir.resolve("zdeploy.p12");
        Path pem = dir.resolve("zdeploy.pem");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        run(List.of(keytool.toString(), "-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD));
        run(List.of(keytool.toString(), "-exportcert", "-rfc", "-alias", ALIAS, "-keystore", keystore.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-file", pem.toString()));
        Path passwordFile = Files.writeString(dir.resolve("keystore.password"), PASSWORD + "\n");
        return new TestKeystore(keystore, passwordFile, pem);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }

    TlsKeystore tls() throws IOException {
        return TlsKeystore.of(keystore, passwordFile);
    }

    /** An SSL context that trusts this certificate only (certificate checks stay on). */
    SSLContext trustingContext() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry(ALIAS, store.getCertificate(ALIAS));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
