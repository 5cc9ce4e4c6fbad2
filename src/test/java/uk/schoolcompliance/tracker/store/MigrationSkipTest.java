package uk.schoolcompliance.tracker.store;

import uk.schoolcompliance.tracker.TestDemo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a current database skips Flyway only when that is certainly safe. */
class MigrationSkipTest {

    @TempDir
    Path dir;

    @Test
    void aCurrentDatabaseIsRecognisedAndANewOneIsNot() {
        Path file = dir.resolve("t.db");
        Database fresh = Database.open(file, TestDemo.CLOCK);
        assertThat(fresh.schemaIsCurrent()).isTrue();
        assertThat(Database.open(file, TestDemo.CLOCK).schemaVersion()).isEqualTo(fresh.schemaVersion());
        Database empty = Database.openReadOnly(Database.open(dir.resolve("e.db"), TestDemo.CLOCK).file());
        assertThat(empty.schemaIsCurrent()).isTrue();
    }

    @Test
    void theChecksumIsFlywaysOwn() throws Exception {
        Database db = Database.open(dir.resolve("c.db"), TestDemo.CLOCK);
        var scripts = MigrationIndex.onClassPath();
        assertThat(scripts).containsKey("1");
        int stored = db.withConnection(c -> {
            try (Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT checksum FROM flyway_schema_history WHERE version = '1'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(scripts.get("1").checksum()).isEqualTo(stored);
        assertThat(MigrationIndex.checksum(new ByteArrayInputStream("\uFEFFa\r\nb\n".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(MigrationIndex.checksum(new ByteArrayInputStream("a\nb".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aChangedChecksumOrAFailedRowSendsTheFileThroughFlywaysChecks() throws Exception {
        Path file = dir.resolve("x.db");
        Database db = Database.open(file, TestDemo.CLOCK);
        try (Connection c = db.newConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
        }
        assertThat(db.schemaIsCurrent()).isFalse();
        assertThatThrownBy(() -> Database.open(file, TestDemo.CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("x.db");
        try (Connection c = db.newConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE flyway_schema_history SET checksum = checksum - 1, success = 0 WHERE version = '1'");
        }
        assertThat(db.schemaIsCurrent()).isFalse();
    }

    @Test
    void aNewerSchemaIsStillRefused() throws Exception {
        Path file = dir.resolve("n.db");
        Database db = Database.open(file, TestDemo.CLOCK);
        try (Connection c = db.newConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, installed_on, execution_time, success) SELECT 99, '999', 'future', 'SQL', "
                    + "'V999__future.sql', 1, 'x', installed_on, 1, 1 FROM flyway_schema_history WHERE version = '1'");
        }
        assertThat(db.schemaIsCurrent()).isFalse();
        assertThatThrownBy(() -> Database.open(file, TestDemo.CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer version");
    }
}
