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
import java.util.stream.Stream;

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
    void aFileAtALaterVersionGetsTheStaffRangeMigrationAddedSince() throws Exception {
        // the file as a release before V10 left it: every other migration applied (same scripts, same checksums)
        Path scripts = Files.createDirectories(dir.resolve("released"));
        List<String> released;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            released = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .filter(n -> !n.startsWith("V10__")).toList();
        }
        assertThat(released).contains("V1__schema.sql", "V50__audit_append_only.sql");
        for (String name : released) {
            Files.copy(Path.of("src/main/resources/db/migration", name), scripts.resolve(name));
        }
        String highest = String.valueOf(released.stream().mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                .max().orElseThrow());
        Path file = dir.resolve("tracker.db");
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Flyway.configure().dataSource(url, null, null).locations("filesystem:" + scripts).load().migrate();
        assertThat(columns(url)).doesNotContain("date_of_birth");

        Database db = Database.open(file, TestDemo.CLOCK);

        assertThat(columns(url)).contains("date_of_birth");
        assertThat(db.schemaVersion()).as("the highest applied, not the last").contains(highest);
        assertThat(db.schemaIsCurrent()).isTrue();
        assertThat(Database.open(file, TestDemo.CLOCK).schemaVersion()).contains(highest);
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
