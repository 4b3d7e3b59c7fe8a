package dev.zdeploy.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The users of basic authentication, read from a file of {@code user:password} lines (blank lines
 * and lines starting with {@code #} are skipped). Only SHA-256 digests of the passwords are kept, and
 * they are compared in constant time. Neither a password nor an Authorization header is ever shown.
 */
public final class Credentials {

    private final Map<String, byte[]> digests;

    private Credentials(Map<String, byte[]> digests) {
        this.digests = digests;
    }

    /**
     * Reads the file.
     *
     * @throws IllegalArgumentException a line is not {@code user:password}, or the file names no user;
     *                                  the message names the line number, never its text
     */
    public static Credentials read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, byte[]> digests = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || colon == line.length() - 1) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": a credential is user:password");
            }
            digests.put(line.substring(0, colon), digest(line.substring(colon + 1)));
        }
        if (digests.isEmpty()) {
            throw new IllegalArgumentException(file + " names no user (lines of user:password)");
        }
        return new Credentials(digests);
    }

    /** The user an {@code Authorization: Basic ...} header authenticates, if any. */
    public Optional<String> user(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        byte[] expected = digests.get(user);
        // Compare against a digest even for an unknown user, so that timing tells nothing.
        boolean matches = MessageDigest.isEqual(expected == null ? new byte[32] : expected,
                digest(decoded.substring(colon + 1)));
        return expected != null && matches ? Optional.of(user) : Optional.empty();
    }

    private static byte[] digest(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "Credentials[" + digests.size() + " users]";
    }
}
