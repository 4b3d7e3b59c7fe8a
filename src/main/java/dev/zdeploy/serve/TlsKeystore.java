package dev.zdeploy.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The server's certificate for HTTPS: a keystore file (PKCS12 or JKS) and its password, read from a
 * file so that it never appears on a command line or in a log.
 *
 * @param keystore the keystore file
 * @param password its password
 */
public record TlsKeystore(Path keystore, String password) {

    public TlsKeystore {
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(password, "password");
    }

    /** The keystore with the password held in {@code passwordFile} (its first line). */
    public static TlsKeystore of(Path keystore, Path passwordFile) throws IOException {
        if (!Files.isRegularFile(keystore)) {
            throw new IllegalArgumentException("--keystore " + keystore + " is not a file");
        }
        String password = Files.readString(passwordFile, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        return new TlsKeystore(keystore, password);
    }

    @Override
    public String toString() {
        return "TlsKeystore[" + keystore + "]";
    }
}
