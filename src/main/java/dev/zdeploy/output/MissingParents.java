package dev.zdeploy.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The ancestors of a new directory that did not exist yet, created for it and removed again if it fails. */
final class MissingParents {

    private MissingParents() {}

    /**
     * Creates the missing ancestors of {@code path}, returning them nearest the root first; on a
     * failure those created are removed again.
     */
    static List<Path> create(Path path) throws IOException {
        List<Path> missing = new ArrayList<>();
        Path existing = path.getParent();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            missing.add(0, existing);
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new NotDirectoryException(existing.toString());
        }
        List<Path> created = new ArrayList<>();
        try {
            for (Path directory : missing) {
                Files.createDirectory(directory);
                created.add(directory);
            }
        } catch (IOException e) {
            removeEmpty(created, e);
            throw e;
        }
        return created;
    }

    /** Removes directories {@link #create} created, deepest first, while they are empty. */
    static void removeEmpty(List<Path> created, Throwable failure) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                }
                return;
            }
        }
    }
}
