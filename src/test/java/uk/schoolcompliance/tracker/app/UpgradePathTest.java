package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;

/**
 * What an upgrade of the installed package does to the school's file: the new version opens the
 * existing database in the user's data folder and runs every migration it brings, keeping the data.
 * The file is seeded at the first release's schema (V1), as an older installation left it.
 */
class UpgradePathTest {

    @TempDir
    Path dir;

    @Test
    void openingAFileFromAnOlderReleaseRunsTheNewMigrationsAndKeepsTheData() throws Exception {
        Path file = dir.resolve("tracker.db");
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("INSERT INTO school (name, phase, created_at) VALUES ('Old School', 'primary', '2025-01-01T00:00:00Z')");
            st.execute("INSERT INTO staff (school_id, given_name, family_name, category, start_date, created_at, updated_at) "
                    + "VALUES (1, 'Ann', 'Lee', 'teacher', '2020-09-01', '2025-01-01', '2025-01-01')");
        }

        TrackerServices upgraded = TrackerServices.open(file, TestDemo.ACTOR, TestDemo.CLOCK);

        assertThat(upgraded.repositories().db().schemaVersion()).contains(latestMigration());
        assertThat(upgraded.repositories().settings().schoolName()).isEqualTo("Old School");
        assertThat(upgraded.repositories().staff().findAll()).extracting(s -> s.fullName()).containsExactly("Ann Lee");
    }

    /** The highest V&lt;n&gt; among the migrations the application ships. */
    private static String latestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        }
    }
}
