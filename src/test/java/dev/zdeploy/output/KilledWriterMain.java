package dev.zdeploy.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A writer for {@link KillDuringUpdateTest} to kill: updates the directory {@code args[0]} with
 * {@link KillDuringUpdateTest#NEW}, stopping before the step {@code args[1]} to print {@code HOLDING}
 * and wait there to be killed (at most a minute, so that a test gone wrong leaves no process behind).
 */
public final class KilledWriterMain {

    private KilledWriterMain() {}

    public static void main(String[] args) throws IOException {
        FileWriteHook.Step holdAt = FileWriteHook.Step.valueOf(args[1]);
        new PdsDirectoryWriter(new FileWriteHook() {
            @Override
            public void beforeWrite(Path file) {}

            @Override
            public void beforeStep(Step step, Path path) {
                if (step == holdAt) {
                    System.out.println("HOLDING");
                    System.out.flush();
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    System.exit(3);
                }
            }
        }).write(Path.of(args[0]), KillDuringUpdateTest.NEW, true);
        System.exit(4); // never reached: the step is always taken
    }
}
