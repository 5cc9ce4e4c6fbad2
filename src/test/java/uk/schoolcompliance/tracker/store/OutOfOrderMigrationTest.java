package uk.schoolcompliance.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;

/**
 * Migrations are numbered by feature (staff 10-19, data safety 50-59, ...), so a file already at a later
 * feature's version meets an earlier-numbered migration added since: it must be applied, not refused, and the
 * schema version stays the highest one applied.
 */
class OutOfOrderMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aFileAtV50GetsTheStaffRangeMigrationAddedSince() throws Exception {
        // the file as the release before V10 left it: V1 and V50 applied (same scripts, same checksums)
        Path scripts = Files.createDirectories(dir.resolve("released"));
        for (String name : List.of("V1__schema.sql", "V50__audit_append_only.sql")) {
            Files.copy(Path.of("src/main/resources/db/migration", name), scripts.resolve(name));
        }
        Path file = dir.resolve("tracker.db");
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Flyway.configure().dataSource(url, null, null).locations("filesystem:" + scripts).load().migrate();
        assertThat(columns(url)).doesNotContain("date_of_birth");

        Database db = Database.open(file, TestDemo.CLOCK);

        assertThat(columns(url)).contains("date_of_birth");
        assertThat(db.schemaVersion()).contains("50");
        assertThat(db.schemaIsCurrent()).isTrue();
        assertThat(Database.open(file, TestDemo.CLOCK).schemaVersion()).contains("50");
    }

    private static List<String> columns(String url) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(staff)")) {
            while (rs.next()) {
                out.add(rs.getString("name"));
            }
        }
        return out;
    }
}
