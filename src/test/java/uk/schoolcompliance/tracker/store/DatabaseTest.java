package uk.schoolcompliance.tracker.store;

import uk.schoolcompliance.tracker.domain.AuditEntry;
import uk.schoolcompliance.tracker.TestDemo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

/** The store against a real SQLite file. */
class DatabaseTest {

    @TempDir
    Path dir;

    private final Actor actor = new Actor("os-user", "Office manager");

    @Test
    void opensWithForeignKeysWalAndTheSchema() {
        Database db = Database.open(dir.resolve("t.db"), TestDemo.CLOCK);
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("PRAGMA foreign_keys"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            try (PreparedStatement ps = c.prepareStatement("PRAGMA journal_mode"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
            }
            return null;
        });
        assertThat(db.schemaVersion()).isPresent();
    }

    @Test
    void staffRoundTripIsAuditedWithBeforeAndAfter() {
        Database db = Database.open(dir.resolve("t.db"), TestDemo.CLOCK);
        AuditRepository audit = new AuditRepository(db, () -> actor);
        long school = new SettingsRepository(db, audit).ensureSchool("Test School", "primary");
        StaffRepository repo = new StaffRepository(db, audit);
        StaffMember saved = repo.insert(new StaffMember(0, school, "Ada", "Lovelace", "P1", "Ada@School.uk",
                StaffCategory.TEACHER, "Teacher", LocalDate.of(2024, 9, 1), null, null, null));
        assertThat(repo.findByEmail("ada@school.uk")).contains(saved);
        repo.update(saved.withLeaveDate(LocalDate.of(2026, 7, 31)));
        assertThat(repo.findById(saved.id()).orElseThrow().leaveDate()).isEqualTo(LocalDate.of(2026, 7, 31));
        var entries = audit.recent(10, "staff", saved.id());
        assertThat(entries).extracting(AuditEntry::action).containsExactly("update", "create");
        assertThat(entries.get(0).before()).contains("\"leaveDate\":null");
        assertThat(entries.get(0).after()).contains("2026-07-31");
        assertThat(entries.get(0).osUser()).isEqualTo("os-user");
        assertThat(entries.get(0).operator()).isEqualTo("Office manager");
    }

    @Test
    void emailIsUniqueIgnoringCase() {
        Database db = Database.open(dir.resolve("t.db"), TestDemo.CLOCK);
        AuditRepository audit = new AuditRepository(db, () -> actor);
        long school = new SettingsRepository(db, audit).ensureSchool("Test School", "primary");
        StaffRepository repo = new StaffRepository(db, audit);
        repo.insert(new StaffMember(0, school, "A", "B", null, "same@school.uk", StaffCategory.TEACHER, null,
                LocalDate.of(2024, 9, 1), null, null, null));
        assertThatThrownBy(() -> repo.insert(new StaffMember(0, school, "C", "D", null, "SAME@school.uk",
                StaffCategory.TEACHER, null, LocalDate.of(2024, 9, 1), null, null, null)))
                .isInstanceOf(StoreException.class);
        assertThat(repo.count()).isEqualTo(1);
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        Database db = Database.open(dir.resolve("t.db"), TestDemo.CLOCK);
        AuditRepository audit = new AuditRepository(db, () -> actor);
        long school = new SettingsRepository(db, audit).ensureSchool("Test School", "primary");
        StaffRepository repo = new StaffRepository(db, audit);
        int auditBefore = audit.count();
        assertThatThrownBy(() -> db.inTransaction(c -> {
            repo.insert(new StaffMember(0, school, "A", "B", null, null, StaffCategory.TEACHER, null,
                    LocalDate.of(2024, 9, 1), null, null, null));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(repo.count()).isZero();
        assertThat(audit.count()).isEqualTo(auditBefore);
    }

    @Test
    void foreignKeysAreEnforced() {
        Database db = Database.open(dir.resolve("t.db"), TestDemo.CLOCK);
        VersionRepository versions = new VersionRepository(db, new AuditRepository(db, () -> actor));
        assertThatThrownBy(() -> versions.insert(new PolicyVersion(0, 999, "1.0", null, null, null, null, null, null,
                LocalDate.of(2025, 1, 1), null, true), null)).isInstanceOf(StoreException.class);
    }

    @Test
    void documentsAreStoredWithTheirHash() {
        Database db = Database.open(dir.resolve("t.db"), TestDemo.CLOCK);
        AuditRepository audit = new AuditRepository(db, () -> actor);
        Policy p = new PolicyRepository(db, audit).insert(new Policy(0, null, "Behaviour Policy", null, null, true,
                null, null, 12, null, null, null, PolicyStatus.ACTIVE, EnumSet.of(StaffCategory.TEACHER)));
        VersionRepository versions = new VersionRepository(db, audit);
        byte[] bytes = "hello".getBytes();
        PolicyVersion v = versions.insert(new PolicyVersion(0, p.id(), "1.0", null, null, null, "FGB", null, null,
                LocalDate.of(2025, 1, 1), null, true), new VersionRepository.Document("b.txt", "text/plain", bytes));
        assertThat(v.documentSha256()).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assertThat(versions.document(v.id()).orElseThrow().bytes()).isEqualTo(bytes);
        assertThat(new PolicyRepository(db, audit).findByTitle("behaviour policy")).isPresent();
    }

    @Test
    void refusesAFileThatIsNotSqliteAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "these are my notes, not a database");
        assertThatThrownBy(() -> Database.open(file, TestDemo.CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Compliance Tracker database");
        assertThat(Files.readString(file)).isEqualTo("these are my notes, not a database");
    }

    @Test
    void refusesAnotherProgramsSqliteFile() throws Exception {
        Path file = dir.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)");
        }
        assertThatThrownBy(() -> Database.open(file, TestDemo.CLOCK)).isInstanceOf(StoreException.class)
                .hasMessageContaining("another program");
    }
}
