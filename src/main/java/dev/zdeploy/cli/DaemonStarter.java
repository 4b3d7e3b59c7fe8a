package dev.zdeploy.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a background JVM, fully detached from the client: its own session ({@code setsid}, so that
 * Ctrl-C on the terminal and the end of the client's process group do not reach it), standard input
 * from /dev/null, standard output and error appended to its log in the daemon directory. It holds
 * none of the client's pipes (Java closes every other descriptor in the child), so a shell, CI job
 * or test harness reading the client's output never waits for it.
 *
 * <p>Two clients may each start one: the daemon that gets the lock serves, the other exits at once.
 */
final class DaemonStarter {

    private DaemonStarter() {}

    static void start(Path dir, String name) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/bin/sh"))) {
            // Through a shell that starts the daemon in the background and exits at once. A child that
            // lives on keeps the JDK's process reaper thread waiting for it in native code, and a JVM
            // exiting waits 300 ms for threads in native code (HotSpot's VM_Exit): every first run would
            // end 0.3 s later.
            command.add("/bin/sh");
            command.add("-c");
            command.add("\"$@\" &");
            command.add("sh");
        }
        for (String setsid : new String[] {"/usr/bin/setsid", "/bin/setsid"}) {
            if (Files.isExecutable(Path.of(setsid))) {
                command.add(setsid);
                break;
            }
        }
        command.add(DaemonClient.java());
        command.addAll(DaemonClient.jvmOptions());
        String umask = System.getProperty(DaemonKey.UMASK);
        if (umask != null) {
            command.add("-D" + DaemonKey.UMASK + "=" + umask);
        }
        command.add("-cp");
        command.add(DaemonKey.classPath());
        command.add(Daemon.class.getName());
        command.add(dir.toString());
        command.add(name);
        try {
            new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(DaemonClient.log(dir).toFile()))
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException | RuntimeException e) {
            // No daemon: the next run is a direct run again, as fast as this one was.
        }
    }
}
