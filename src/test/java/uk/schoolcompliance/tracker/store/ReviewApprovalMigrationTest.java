package uk.schoolcompliance.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;

/**
 * V20 (a review's approval) against real SQLite files: a school's file written by the release before it
 * (V1 and V50 applied) opens, gains the columns and keeps its reviews; the new fields round-trip.
 */
class ReviewApprovalMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aFileFromTheReleaseBeforeOpensAndKeepsItsReviews() throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("release-before"));
        for (String name : new String[] {"V1__schema.sql", "V50__audit_append_only.sql"}) {
            try (InputStream in = getClass().getResourceAsStream("/db/migration/" + name)) {
                Files.copy(in, scripts.resolve(name));
            }
        }
        Path file = dir.resolve("school.db");
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Flyway.configure().dataSource(url, null, null).locations("filesystem:" + scripts).load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("INSERT INTO school (name, phase, created_at) VALUES ('Old School', 'primary', '2025-01-01T00:00:00Z')");
            st.execute("INSERT INTO policy (title, review_months, created_at, updated_at) "
                    + "VALUES ('Behaviour Policy', 12, '2025-01-01', '2025-01-01')");
            st.execute("INSERT INTO review (policy_id, completed_on, outcome, notes, created_at) "
                    + "VALUES (1, '2025-10-14', 'no-change', 'At FGB', '2025-10-14')");
        }

        TrackerServices s = TrackerServices.open(file, TestDemo.ACTOR, TestDemo.CLOCK);

        assertThat(s.repositories().db().schemaVersion()).isPresent();
        Review old = s.repositories().reviews().findByPolicy(1).get(0);
        assertThat(old.completedOn()).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(old.notes()).isEqualTo("At FGB");
        assertThat(old.approvedBy()).isNull();
        assertThat(old.meetingDate()).isNull();
        assertThat(old.versionId()).isNull();
        assertThat(s.policyService().detail(1, TestDemo.AS_OF).standing().describeLast())
                .isEqualTo("Last reviewed 14/10/2025 (no change)");
    }

    @Test
    void theApprovalFieldsAreStoredAndReadBack() {
        TrackerServices s = TrackerServices.open(dir.resolve("new.db"), TestDemo.ACTOR, TestDemo.CLOCK);
        s.repositories().settings().ensureSchool("New School", "primary");
        long policy = s.policyService().save(new uk.schoolcompliance.tracker.domain.Policy(0, null, "Behaviour Policy",
                null, null, false, null, "Full governing body", 12, null, null, null,
                uk.schoolcompliance.tracker.domain.PolicyStatus.ACTIVE,
                uk.schoolcompliance.tracker.domain.StaffCategory.ALL_STAFF)).id();
        var v = s.repositories().versions().insert(new uk.schoolcompliance.tracker.domain.PolicyVersion(0, policy, "1.0", null, null, null,
                null, null, null, LocalDate.of(2026, 9, 1), null, true), null);
        Review saved = s.repositories().reviews().insert(new Review(0, policy, LocalDate.of(2026, 10, 31), LocalDate.of(2026, 10, 14),
                "James Carter", LocalDate.of(2026, 10, 14), ReviewOutcome.NEW_VERSION, "Rewards ladder",
                "Full governing body", LocalDate.of(2026, 10, 14), "FGB 26/10 item 7", LocalDate.of(2027, 7, 31), v.id()));
        assertThat(s.repositories().reviews().findById(saved.id())).contains(saved);
        Review updated = new Review(saved.id(), policy, saved.dueDate(), saved.plannedMeeting(), saved.reviewer(),
                saved.completedOn(), saved.outcome(), saved.notes(), "Headteacher", LocalDate.of(2026, 10, 13), null, null,
                null);
        s.repositories().reviews().update(updated);
        assertThat(s.repositories().reviews().findById(saved.id())).contains(updated);
    }
}
