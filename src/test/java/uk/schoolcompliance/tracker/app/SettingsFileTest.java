package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's small settings files (name, school chosen, last server): read forgivingly, written owner-only whole. */
class SettingsFileTest {

    @TempDir
    Path dir;

    @Test
    void aMissingOrDamagedFileRemembersNothing() throws Exception {
        assertThat(SettingsFile.load(dir.resolve("none.properties"))).isEmpty();
        Path damaged = Files.writeString(dir.resolve("damaged.properties"), "school=\\u00zz\n");
        assertThat(SettingsFile.load(damaged)).isEmpty();
        assertThat(SettingsFile.load(dir)).as("a folder is not a settings file").isEmpty();
    }

    @Test
    void storedSettingsReadBackAndOnlyTheOwnerMayReadThem() throws Exception {
        Properties p = new Properties();
        p.setProperty("server.last", "postgresql://office_jane@dbhost:5432/tracker");
        Path file = dir.resolve("settings").resolve("server.properties");
        SettingsFile.store(file, p, "a heading", "the server last connected to");
        assertThat(SettingsFile.load(file)).isEqualTo(p);
        assertThat(Files.readString(file)).startsWith("#a heading");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var left = Files.list(file.getParent())) {
            assertThat(left.map(f -> f.getFileName().toString())).as("no .part file left").containsExactly("server.properties");
        }
    }
}
