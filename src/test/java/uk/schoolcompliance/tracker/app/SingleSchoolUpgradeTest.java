package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolcompliance.tracker.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.CliRun.Result;
import uk.schoolcompliance.tracker.TestDemo;

/**
 * A single school's file from before the trust work (made by the migrations up to V51, before V80 gave schools a URN
 * and a grace period; its policies carry the school's id, as imports then set) opens, migrates to V80 and shows the
 * same figures: {@code summary}, {@code schools} (one entry, never the word "trust" or a central team) and
 * {@code report}, still the governors' pack, not the trust board's.
 */
class SingleSchoolUpgradeTest {

    @TempDir
    Path dir;

    /**
     * Old School: Ann (teacher) and Bob (support staff) in post, Cat (teacher) left on 31/07/2026. The Staff Code of
     * Conduct carries the school's id (teachers and support staff), the Marking Policy none (teachers). Ann has
     * acknowledged both; Bob nothing. As of 24/11/2026: 3 required (Ann 2, Bob 1), 2 done, 1 outstanding and overdue.
     */
    private Path oldFile() throws Exception {
        Path file = dir.resolve("old.db");
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("51").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            String at = "'2025-01-01T00:00:00Z'";
            st.execute("INSERT INTO school (id, name, phase, created_at) VALUES (1, 'Old School', 'primary', " + at + ")");
            st.execute("INSERT INTO staff (id, school_id, given_name, family_name, category, start_date, leave_date, "
                    + "created_at, updated_at) VALUES (1, 1, 'Ann', 'Lee', 'teacher', '2020-09-01', NULL, " + at + ", " + at
                    + "), (2, 1, 'Bob', 'Fry', 'support', '2021-09-01', NULL, " + at + ", " + at + "), (3, 1, 'Cat', 'Ng', "
                    + "'teacher', '2019-09-01', '2026-07-31', " + at + ", " + at + ")");
            st.execute("INSERT INTO policy (id, school_id, title, statutory, review_months, status, created_at, updated_at) "
                    + "VALUES (1, 1, 'Staff Code of Conduct', 1, 12, 'active', " + at + ", " + at + "), "
                    + "(2, NULL, 'Marking Policy', 0, 24, 'active', " + at + ", " + at + ")");
            st.execute("INSERT INTO policy_audience (policy_id, category) VALUES (1, 'teacher'), (1, 'support'), (2, 'teacher')");
            st.execute("INSERT INTO policy_version (id, policy_id, label, approved_by, approved_on, effective_from, material, "
                    + "created_at) VALUES (1, 1, '1.0', 'FGB', '2026-01-01', '2026-01-01', 1, " + at + "), "
                    + "(2, 2, '1.0', 'Headteacher', '2025-09-01', '2025-09-01', 1, " + at + ")");
            st.execute("INSERT INTO acknowledgement (staff_id, version_id, ack_date, method, recorded_by, created_at) VALUES "
                    + "(1, 1, '2026-01-10', 'paper', 'Office', " + at + "), (1, 2, '2025-09-10', 'paper', 'Office', " + at + ")");
        }
        return file;
    }

    @Test
    void aSingleSchoolsFileFromBeforeTheTrustWorkMigratesAndShowsTheSameFigures() throws Exception {
        Path file = oldFile();
        TrackerServices opened = TrackerServices.open(file, TestDemo.ACTOR, TestDemo.CLOCK);
        assertThat(opened.repositories().db().schemaVersion()).contains("90");
        opened.close();
        String db = file.toString();
        Result summary = run("summary", "--db", db, "--as-of", "2026-11-24", "--json");
        assertThat(summary.code()).as(summary.err()).isZero();
        assertThat(summary.out()).contains("\"staffInPost\" : 2", "\"required\" : 3", "\"done\" : 2",
                "\"outstanding\" : 1", "\"overdue\" : 1", "\"percent\" : 66.7");
        Result schools = run("schools", "--db", db, "--as-of", "2026-11-24", "--json");
        assertThat(schools.out()).contains("\"name\" : \"Old School\"", "\"required\" : 3", "\"done\" : 2")
                .doesNotContain("Central team").doesNotContainIgnoringCase("trust");
        assertThat(schools.out().split("\"name\"")).hasSize(2); // one entry
        Result gaps = run("gaps", "--db", db, "--as-of", "2026-11-24", "--csv");
        assertThat(gaps.out().lines().skip(1)).singleElement().asString().contains("Fry").contains("Staff Code of Conduct");
        // both policies are reviewed by the school's own governors, as before
        Result reviews = run("reviews", "--db", db, "--as-of", "2026-11-24", "--json");
        assertThat(reviews.out()).contains("Staff Code of Conduct", "Marking Policy");

        Path xlsx = dir.resolve("pack.xlsx");
        Result report = run("report", "--db", db, "--as-of", "2026-11-24", "--xlsx", xlsx.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).startsWith("Governors' pack for Old School, Autumn 2026, figures as of 24/11/2026\n")
                .contains("(2 staff \u00d7 2 policies)").doesNotContainIgnoringCase("trust");
        try (var wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
            assertThat(wb.getSheet("Summary").getRow(3).getCell(1).getNumericCellValue()).isEqualTo(66.7);
        }
    }
}
