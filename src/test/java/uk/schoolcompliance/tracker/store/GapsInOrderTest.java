package uk.schoolcompliance.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * Issue #17: the gaps one at a time in the order of every printed list ({@code GAP_ORDER}), straight from the database
 * when its caseless order of the file's titles and names is Java's, read and sorted otherwise; either way exactly the
 * lines of {@code gaps()}, and of the Java rules.
 */
class GapsInOrderTest {

    @TempDir
    Path dir;

    private static final List<String> TRICKY = List.of("smith", "Smith", "SMITH", "smyth", "Smit", "Émile", "émile",
            "Ézra", "ezra", "Zoë", "zoe", "ZOË", "O'Brien", "o brien", "obrien", "Straße", "STRASSE", "strasse", "Ωmega",
            "ωmega", "a\uD83D\uDE00", "a\uFB01", "", " ", "_x", "[x", "Ab", "aB", "ab");

    @Test
    void theJavaCopyOfSqliteNocaseOrdersAsSqliteDoes() throws Exception {
        Database db = Database.open(dir.resolve("order.db"), TestDemo.CLOCK);
        try (Connection c = db.newConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE t (s TEXT)");
            for (String s : TRICKY) {
                st.execute("INSERT INTO t VALUES ('" + s.replace("'", "''") + "')");
            }
            List<String> sqlite = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT s FROM t ORDER BY s COLLATE NOCASE, s")) {
                while (rs.next()) {
                    sqlite.add(rs.getString(1));
                }
            }
            List<String> mine = new ArrayList<>(TRICKY);
            mine.sort(SqlDialect.SQLITE.caselessOrder().thenComparing((a, b) -> java.util.Arrays.compareUnsigned(
                    a.getBytes(java.nio.charset.StandardCharsets.UTF_8), b.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            assertThat(mine).isEqualTo(sqlite);
        } finally {
            db.close();
        }
        assertThat(SqlDialect.POSTGRESQL.caselessOrder()).as("a server's locale: not known here").isNull();
    }

    private static List<Obligation> streamed(ComplianceCalculator calc) {
        List<Obligation> out = new ArrayList<>();
        calc.forEachGap(out::add);
        return out;
    }

    private static void assertSameGaps(TrackerServices services, Path file, LocalDate d, boolean databaseSorts) {
        SchoolData full = services.compliance().loadFresh();
        ComplianceCalculator ref = new ComplianceCalculator(full, d);
        ComplianceCalculator calc = services.compliance().calculator(d);
        assertThat(streamed(calc)).as("one at a time, on " + d).isEqualTo(ref.gaps()).isEqualTo(calc.gaps());
        Database db = Database.open(file, TestDemo.CLOCK);
        try {
            FigureQueries q = new FigureQueries(db, calc.data(), null);
            assertThat(q.databaseSortsAsJava()).as("the database sorts").isEqualTo(databaseSorts);
            List<Obligation> direct = new ArrayList<>();
            q.forEachGap(d, direct::add);
            assertThat(direct).isEqualTo(ref.gaps());
        } finally {
            db.close();
        }
    }

    @Test
    void theDemoSchoolsGapsComeSortedFromTheDatabase() {
        TrackerServices demo = TestDemo.open(dir);
        for (LocalDate d : List.of(TestDemo.AS_OF, TestDemo.AS_OF.minusMonths(8))) {
            assertSameGaps(demo, demo.repositories().db().file(), d, true);
        }
    }

    @Test
    void aGeneratedTrustsGapsComeSortedFromTheDatabaseForEachSchoolToo() {
        LocalDate today = TestDemo.AS_OF;
        Path file = dir.resolve("trust.db");
        TrackerServices trust = TrackerServices.open(file, TestDemo.ACTOR, TestDemo.CLOCK);
        trust.generateTrust(220, 40, 5, today);
        assertSameGaps(trust, file, today, true);
        SchoolData full = trust.compliance().loadFresh();
        full.schools().stream().limit(4).forEach(school -> {
            List<Obligation> expected = new ComplianceCalculator(full.forSchool(school), today).gaps();
            assertThat(streamed(trust.compliance().calculator(today, java.util.Optional.of(school))))
                    .as(school.name()).isEqualTo(expected);
        });
    }

    @Test
    void namesTheDatabaseFoldsOtherwiseAreSortedHereAndTheLinesAreTheSame() {
        TrackerServices demo = TestDemo.open(dir);
        List<StaffMember> inPost = demo.repositories().staff().findAll().stream().filter(s -> s.inPostOn(TestDemo.AS_OF))
                .toList();
        // Java: émile < Ézra (É = é); SQLite NOCASE: Ézra < émile (0xC3 0x89 < 0xC3 0xA9)
        rename(demo, inPost.get(0), "Ézra", "Zed");
        rename(demo, inPost.get(1), "émile", "Zed");
        rename(demo, inPost.get(2), "Anna", "ÉCLAIR");
        rename(demo, inPost.get(3), "Ben", "éclair");
        assertSameGaps(demo, demo.repositories().db().file(), TestDemo.AS_OF, false);
    }

    private static void rename(TrackerServices s, StaffMember m, String given, String family) {
        s.repositories().staff().update(new StaffMember(m.id(), m.schoolId(), given, family, m.staffRef(), m.email(),
                m.category(), m.jobTitle(), m.startDate(), m.leaveDate(), m.absenceFrom(), m.absenceTo(), m.dateOfBirth()));
    }
}
