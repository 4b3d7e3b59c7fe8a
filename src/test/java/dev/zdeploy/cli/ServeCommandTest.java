package dev.zdeploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zdeploy serve}'s options: wrong ones are usage errors (exit 2) and start nothing. */
class ServeCommandTest {

    @TempDir
    Path dir;

    private String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void anInstancesDirectoryThatIsNoneIsAUsageError() {
        String[] result = run("serve", "--port", "0", "--instances", dir.resolve("missing").toString());
        assertEquals("2", result[0]);
        assertTrue(result[2].contains("--instances") && result[2].contains("is not a directory"), result[2]);
    }

    @Test
    void aKeystoreWithoutItsPasswordFileIsAUsageError() {
        String[] result = run("serve", "--port", "0", "--instances", dir.toString(), "--keystore", "ks.p12");
        assertEquals("2", result[0]);
        assertTrue(result[2].contains("--keystore and --keystore-password-file go together"), result[2]);
    }

    @Test
    void aCredentialsLineWithoutAPasswordIsRefusedWithoutShowingIt() throws Exception {
        Path users = Files.writeString(dir.resolve("users"), "alice:secret-1\nbob-without-password\n");
        String[] result = run("serve", "--port", "0", "--instances", dir.toString(), "--credentials", users.toString());
        assertEquals("2", result[0]);
        assertTrue(result[2].contains("line 2: a credential is user:password"), result[2]);
        assertTrue(!result[2].contains("secret-1") && !result[2].contains("bob-without-password"), result[2]);
    }
}
