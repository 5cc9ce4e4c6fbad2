package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.app.AppPaths;

/** What the window opens on start: the welcome screen only when the school's own file does not exist. */
class TrackerAppTargetTest {

    @TempDir
    Path dir;

    private String before;

    @BeforeEach
    void useATemporaryDataFolder() {
        before = System.getProperty("tracker.data.dir");
        System.setProperty("tracker.data.dir", dir.toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("tracker.data.dir");
        } else {
            System.setProperty("tracker.data.dir", before);
        }
    }

    @Test
    void aFirstStartShowsTheWelcomeScreenInsteadOfTheDemo() throws Exception {
        TrackerApp.StartTarget first = TrackerApp.target(List.of());
        assertThat(first.welcome()).isTrue();
        assertThat(first.demo()).isFalse();
        assertThat(first.file()).isEqualTo(AppPaths.defaultDatabase());

        Files.writeString(AppPaths.defaultDatabase(), "");
        TrackerApp.StartTarget later = TrackerApp.target(List.of());
        assertThat(later.welcome()).isFalse();
        assertThat(later.file()).isEqualTo(AppPaths.defaultDatabase());
    }

    @Test
    void argumentsStillChooseTheFile() {
        assertThat(TrackerApp.target(List.of("--demo"))).isEqualTo(new TrackerApp.StartTarget(AppPaths.demoDatabase(), true, false));
        assertThat(TrackerApp.target(List.of("--db", "x.db"))).isEqualTo(new TrackerApp.StartTarget(Path.of("x.db"), false, false));
    }

    @Test
    void aServerAddressIsConnectedToNotTakenForAFile() {
        TrackerApp.StartTarget server = TrackerApp.target(List.of("--db", "postgresql://office_jane@dbhost/tracker"));
        assertThat(server.server()).isEqualTo("postgresql://office_jane@dbhost/tracker");
        assertThat(server.file()).isNull();
        assertThat(server.welcome()).isFalse();
        assertThat(TrackerApp.target(List.of("--db", "postgresql.db")).server()).as("a file named so").isNull();
    }
}
