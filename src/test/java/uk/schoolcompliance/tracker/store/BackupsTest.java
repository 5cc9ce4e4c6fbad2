package uk.schoolcompliance.tracker.store;

import uk.schoolcompliance.tracker.domain.Backup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.IntegrityCheck;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.safety.DataChecksum;

/** Backups with the online backup API, owner-only files, restore keeping a copy, and the backup before a migration. */
class BackupsTest {

    @TempDir
    Path dir;

    @Test
    void aBackupIsSelfContainedCheckedOwnerOnlyAndHoldsTheSameData() throws Exception {
        TrackerServices s = TestDemo.open(dir);
        Backup b = s.backups().backupNow();
        assertThat(b.file().getParent()).isEqualTo(Backups.defaultFolder(s.repositories().db().file()));
        assertThat(b.reason()).isEqualTo("manual");
        assertThat(Files.exists(b.file().resolveSibling(b.file().getFileName() + "-wal"))).isFalse();
        assertThat(DataChecksum.of(b.file())).isEqualTo(DataChecksum.of(s.repositories().db().file()));
        assertThat(IntegrityCheck.run(b.file()).ok()).isTrue();
        if (FilePermissions.posix(dir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(b.file()))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(b.file().getParent()))).isEqualTo("rwx------");
        }
        assertThat(s.backups().list()).extracting(Backup::file).containsExactly(b.file());
    }

    @Test
    void aNewDatabaseAndItsWalAreOwnerOnly() throws Exception {
        Path file = dir.resolve("new.db");
        TrackerServices s = TrackerServices.open(file, TestDemo.ACTOR, TestDemo.CLOCK);
        s.repositories().settings().ensureSchool("X", null);
        if (FilePermissions.posix(dir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            Path wal = dir.resolve("new.db-wal");
            if (Files.exists(wal)) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(wal))).isEqualTo("rw-------");
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DatabaseLock.lockFileOf(file))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void dailyBackupOnOpenIsTakenAtMostOnceADay() {
        TrackerServices s = TestDemo.open(dir);
        LocalDate today = s.today();
        assertThat(s.backups().backupOnOpen(today)).isPresent();
        assertThat(s.backups().backupOnOpen(today)).isEmpty();
        assertThat(s.backups().list()).hasSize(1);
        assertThat(s.backups().beforeImport().reason()).isEqualTo("before-import");
        assertThat(s.backups().list()).hasSize(2);
    }

    @Test
    void restoreBringsBackTheDataAndKeepsWhatItReplaced() throws Exception {
        TrackerServices s = TestDemo.open(dir);
        Path file = s.repositories().db().file();
        String original = DataChecksum.of(file);
        Backup b = s.backups().backupNow();
        long school = s.repositories().settings().schoolId().orElseThrow();
        s.repositories().staff().insert(new StaffMember(0, school, "Late", "Arrival", null, null, StaffCategory.TEACHER, null,
                LocalDate.of(2026, 11, 1), null, null, null));
        String changed = DataChecksum.of(file);
        assertThat(changed).isNotEqualTo(original);

        Optional<Path> kept = Backups.restore(file, b.file(), TestDemo.CLOCK);
        assertThat(DataChecksum.of(file)).isEqualTo(original);
        assertThat(kept).isPresent();
        assertThat(kept.get().getFileName().toString()).endsWith("-before-restore.db");
        assertThat(DataChecksum.of(kept.get())).isEqualTo(changed);
        assertThat(IntegrityCheck.run(file).ok()).isTrue();
        // the reopened database works and still holds its lock
        TrackerServices again = TrackerServices.open(file, TestDemo.ACTOR, TestDemo.CLOCK);
        assertThat(again.repositories().staff().findAll()).noneMatch(m -> m.familyName().equals("Arrival"));
    }

    @Test
    void restoreRefusesADamagedOrForeignBackupAndChangesNothing() throws Exception {
        TrackerServices s = TestDemo.open(dir);
        Path file = s.repositories().db().file();
        String before = DataChecksum.of(file);
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "not a backup");
        assertThatThrownBy(() -> Backups.restore(file, junk, TestDemo.CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("junk.db");
        Path truncated = dir.resolve("truncated.db");
        Backup b = s.backups().backupNow();
        byte[] bytes = Files.readAllBytes(b.file());
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> Backups.restore(file, truncated, TestDemo.CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("truncated.db");
        assertThat(DataChecksum.of(file)).isEqualTo(before);
        assertThat(Backups.list(file, Backups.defaultFolder(file))).hasSize(1); // no copy kept for a refused restore
    }

    @Test
    void restoreRepairsNothingButCanReplaceADamagedDatabase() throws Exception {
        TrackerServices s = TestDemo.open(dir);
        Path file = s.repositories().db().file();
        String good = DataChecksum.of(file);
        Backup b = s.backups().backupNow();
        s.repositories().db().close();
        try (var c = s.repositories().db().newConnection(); var st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        String damaged = DataChecksum.ofBytes(file);
        assertThatThrownBy(() -> Database.open(file, TestDemo.CLOCK)).isInstanceOf(UnreadableDatabaseException.class)
                .hasMessageContaining(b.file().toString());
        assertThat(DataChecksum.ofBytes(file)).isEqualTo(damaged);
        Optional<Path> kept = Backups.restore(file, b.file(), TestDemo.CLOCK);
        assertThat(DataChecksum.of(file)).isEqualTo(good);
        assertThat(DataChecksum.ofBytes(kept.orElseThrow())).isEqualTo(damaged);
    }

    @Test
    void aMigrationIsPrecededByABackup() throws Exception {
        Path file = dir.resolve("old.db");
        FilePermissions.createOwnerOnly(file);
        SQLiteDataSource ds = new SQLiteDataSource(SqlDialect.sqliteConfig(false));
        ds.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("1").load().migrate();
        String atVersion1 = DataChecksum.of(file);

        Database db = Database.open(file, TestDemo.CLOCK);
        assertThat(db.schemaVersion()).isPresent().get().isNotEqualTo("1");
        var backups = Backups.list(file, Backups.defaultFolder(file));
        assertThat(backups).singleElement().extracting(Backup::reason).isEqualTo("before-migration");
        assertThat(DataChecksum.of(backups.get(0).file())).isEqualTo(atVersion1);
        // opening again migrates nothing and backs up nothing
        Database.open(file, TestDemo.CLOCK);
        assertThat(Backups.list(file, Backups.defaultFolder(file))).hasSize(1);
    }

    @Test
    void restoreThroughASymlinkReplacesTheRealDatabaseAndKeepsTheLink() throws Exception {
        TrackerServices s = TestDemo.open(dir);
        Path real = s.repositories().db().file().toRealPath();
        String original = DataChecksum.of(real);
        Backup b = s.backups().backupNow();
        long school = s.repositories().settings().schoolId().orElseThrow();
        s.repositories().staff().insert(new StaffMember(0, school, "Late", "Arrival", null, null, StaffCategory.TEACHER, null,
                LocalDate.of(2026, 11, 1), null, null, null));
        String changed = DataChecksum.of(real);
        s.repositories().db().close();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path link = elsewhere.resolve("tracker.db");
        try {
            Files.createSymbolicLink(link, real);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("symbolic links are not available here: " + e);
        }

        Optional<Path> kept = Backups.restore(link, b.file(), TestDemo.CLOCK);

        assertThat(Files.isSymbolicLink(link)).as("the link is still a link").isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
        assertThat(DataChecksum.of(real)).as("the real database is the backup's").isEqualTo(original);
        assertThat(DataChecksum.of(kept.orElseThrow())).isEqualTo(changed);
        try (var files = Files.list(real.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("restoring"));
        }
        assertThat(IntegrityCheck.run(real).ok()).isTrue();

        // restoring from a link to the database itself is restoring it from itself
        Path same = elsewhere.resolve("same.db");
        Files.createSymbolicLink(same, real);
        assertThatThrownBy(() -> Backups.restore(link, same, TestDemo.CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("from itself");
        assertThatThrownBy(() -> Backups.restore(real, same, TestDemo.CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("from itself");
        // a link to nothing is refused, and nothing is created where it points
        Path dangling = elsewhere.resolve("gone.db");
        Files.createSymbolicLink(dangling, dir.resolve("nothing-here.db"));
        assertThatThrownBy(() -> Backups.restore(dangling, b.file(), TestDemo.CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("which does not exist");
        assertThat(dir.resolve("nothing-here.db")).doesNotExist();
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
    }
}
