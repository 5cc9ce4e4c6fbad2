package uk.schoolcompliance.tracker.store;

import uk.schoolcompliance.tracker.domain.Backup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.safety.DataChecksum;

/**
 * Damaged, truncated, non-SQLite and newer files are refused on opening with a clear message naming the newest
 * backup, and are left byte for byte as they were.
 */
class DamagedFilesTest {

    @TempDir
    Path dir;
    Path file;
    Backup newest;

    @BeforeEach
    void demoWithABackup() throws Exception {
        TrackerServices s = TestDemo.open(dir);
        file = s.repositories().db().file();
        newest = s.backups().backupNow();
        try (var c = s.repositories().db().newConnection(); var st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        s.repositories().db().close();
    }

    private UnreadableDatabaseException refused() {
        String bytes = DataChecksum.ofBytes(file);
        UnreadableDatabaseException e = (UnreadableDatabaseException) org.assertj.core.api.Assertions.catchThrowable(
                () -> Database.open(file, TestDemo.CLOCK));
        assertThat(e).isNotNull();
        assertThat(DataChecksum.ofBytes(file)).as("the refused file is untouched").isEqualTo(bytes);
        assertThat(e.getMessage()).contains(file.toString()).contains("The newest backup is " + newest.file())
                .contains("restore --db");
        assertThat(e.newestBackup()).map(Backup::file).contains(newest.file());
        return e;
    }

    @Test
    void truncated() throws Exception {
        byte[] b = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(b, b.length / 2));
        assertThat(refused().getMessage()).containsAnyOf("damaged", "malformed");
    }

    @Test
    void garbageInTheMiddle() throws Exception {
        byte[] b = Files.readAllBytes(file);
        for (int i = 4096 * 2; i < 4096 * 6 && i < b.length; i++) {
            b[i] = (byte) (i * 31);
        }
        Files.write(file, b);
        assertThat(refused().getMessage()).containsAnyOf("damaged", "malformed");
    }

    @Test
    void notSqliteAtAll() throws Exception {
        Files.writeString(file, "Name,Email\nAda,ada@example.org\n");
        assertThat(refused().getMessage()).contains("not a Compliance Tracker database");
    }

    @Test
    void fromANewerVersion() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO flyway_schema_history SELECT 999, '999', 'future', type, 'V999__future.sql', "
                    + "checksum, installed_by, installed_on, execution_time, success FROM flyway_schema_history "
                    + "WHERE installed_rank = (SELECT max(installed_rank) FROM flyway_schema_history)");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        assertThat(refused().getMessage()).contains("newer version").contains("999");
    }

    @Test
    void noBackupSaysWhereItLooked() throws Exception {
        Path lone = dir.resolve("lone.db");
        Files.writeString(lone, "garbage garbage garbage");
        assertThatThrownBy(() -> Database.open(lone, TestDemo.CLOCK)).isInstanceOf(UnreadableDatabaseException.class)
                .hasMessageContaining("No backup of it was found in " + Backups.defaultFolder(lone));
        assertThat(Files.readString(lone)).isEqualTo("garbage garbage garbage");
    }
}
