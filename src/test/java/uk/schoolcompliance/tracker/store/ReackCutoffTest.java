package uk.schoolcompliance.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.TestServer;

/**
 * Issue #17, "figures that grow with the obligations": a periodic acknowledgement has expired by D exactly when it is
 * dated on or before {@link SqlDialect#expiredUpTo} (one cut-off per policy and date, so the figures no longer work out
 * an expiry per acknowledgement). Checked on both stores against the definition, Java's {@code plusMonths}: every day
 * of 2023-2025 (leap year and every month's end included) for the periods a policy can have.
 */
class ReackCutoffTest {

    @TempDir
    Path dir;

    private static final int[] MONTHS = {1, 2, 3, 6, 11, 12, 13, 24, 36, 48};

    /** The definition, by search: the latest x with x.plusMonths(m) on or before d. */
    static LocalDate expected(LocalDate d, int months) {
        LocalDate x = d.minusMonths(months).minusDays(5);
        while (!x.plusDays(1).plusMonths(months).isAfter(d)) {
            x = x.plusDays(1);
        }
        return x;
    }

    @Test
    void theCutOffIsTheLatestDayThatHasExpiredOnSqlite() throws Exception {
        Database db = Database.open(dir.resolve("cutoff.db"), TestDemo.CLOCK);
        try (Connection c = db.newConnection()) {
            check(c, SqlDialect.SQLITE);
        } finally {
            db.close();
        }
    }

    @Test
    void theCutOffIsTheLatestDayThatHasExpiredOnPostgresql() throws Exception {
        Database db = Database.connect(TestServer.withSchema(), TestDemo.CLOCK);
        try (Connection c = db.newConnection()) {
            check(c, SqlDialect.POSTGRESQL);
        } finally {
            db.close();
        }
    }

    @Test
    void theDefinitionCoversMonthEnds() {
        assertThat(expected(LocalDate.of(2026, 2, 28), 1)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(expected(LocalDate.of(2026, 3, 31), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(expected(LocalDate.of(2026, 3, 30), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(expected(LocalDate.of(2024, 2, 29), 12)).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(expected(LocalDate.of(2025, 2, 28), 12)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(expected(LocalDate.of(2026, 11, 24), 12)).isEqualTo(LocalDate.of(2025, 11, 24));
    }

    private static void check(Connection c, SqlDialect dialect) throws SQLException {
        String sql = "SELECT " + dialect.expiredUpTo("x.d", "x.m") + " FROM (SELECT CAST(? AS TEXT) AS d, CAST(? AS INTEGER) AS m) x";
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (LocalDate d = LocalDate.of(2023, 1, 1); d.isBefore(LocalDate.of(2026, 1, 1)); d = d.plusDays(1)) {
                for (int m : MONTHS) {
                    ps.setString(1, d.toString());
                    ps.setInt(2, m);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        String want = expected(d, m).toString();
                        if (!want.equals(rs.getString(1))) {
                            wrong.add(d + " less " + m + ": " + rs.getString(1) + ", not " + want);
                        }
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(1096 * MONTHS.length);
        assertThat(wrong).as(dialect.name()).isEmpty();
    }
}
