package uk.schoolcompliance.tracker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The realistic MIS export files under src/test/resources/staff-import. */
public final class StaffFiles {

    private StaffFiles() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = StaffFiles.class.getResourceAsStream("/staff-import/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies one to a folder (for the command line and the file chooser). */
    public static Path copy(String name, Path dir) {
        try {
            Path p = dir.resolve(name);
            Files.write(p, bytes(name));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
