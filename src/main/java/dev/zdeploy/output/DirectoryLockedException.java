package dev.zdeploy.output;

import java.io.IOException;

/** Another zdeploy run is writing the same directory; nothing was written. The message names the holder. */
public final class DirectoryLockedException extends IOException {

    private static final long serialVersionUID = 1L;

    DirectoryLockedException(String message) {
        super(message);
    }
}
