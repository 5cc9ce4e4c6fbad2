package uk.schoolcompliance.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * Randomly generated small schools and trusts (jqwik): the database's figures ({@link FigureQueries}) and the
 * Java rules (the reference, {@link ComplianceCalculator} on a full snapshot) agree on every obligation (status,
 * due date, required version, satisfying acknowledgement), the gaps, the tallies, the induction plans and the
 * summary, for the whole file and each school's part. The dates crowd round a month's end and the as-of day, so
 * leavers on the day, absences starting or ending on it, periodic acknowledgements expiring on it (31 January +
 * 1 month), versions taking effect on it and due dates falling on it all come up.
 */
class FigureQueriesPropertyTest {

    /** The as-of day round which every date is drawn: a month's last day, for the re-acknowledgement's month end. */
    private static final LocalDate BASE = LocalDate.of(2026, 1, 31);
    private static final StaffCategory[] CATEGORIES = StaffCategory.values();

    private static Path folder;
    private static Path template;

    private static synchronized Path freshDatabase() {
        try {
            if (template == null) {
                folder = Files.createTempDirectory("figure-props");
                template = folder.resolve("template.db");
                Database db = Database.open(template, TestDemo.CLOCK);
                try (Connection c = db.newConnection(); var st = c.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
            Path copy = folder.resolve("case-" + System.nanoTime() + ".db");
            Files.copy(template, copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterContainer
    static void removeFiles() throws IOException {
        if (folder != null) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Property(tries = 40)
    void theDatabaseAndTheJavaRulesAgree(@ForAll long seed, @ForAll @IntRange(min = 1, max = 10) int staff,
                                         @ForAll @IntRange(min = 1, max = 4) int policies,
                                         @ForAll @IntRange(min = 0, max = 30) int acks,
                                         @ForAll @IntRange(min = -40, max = 40) int asOfOffset) throws Exception {
        Path file = freshDatabase();
        Database db = Database.open(file, TestDemo.CLOCK);
        try {
            Random rnd = new Random(seed);
            fill(db, rnd, staff, policies, acks);
            AuditRepository audit = new AuditRepository(db, () -> TestDemo.ACTOR);
            SchoolData full = db.inTransaction(c -> new SchoolData(new StaffRepository(db, audit).findAll(),
                    new PolicyRepository(db, audit).findAll(), new VersionRepository(db, audit).findAll(),
                    new AcknowledgementRepository(db, audit).findAll(), new ReviewRepository(db, audit).findAll(),
                    new InductionRepository(db, audit).itemsByStaff(), new SchoolRepository(db, audit).findAll(),
                    new SettingsRepository(db, audit).graceDays()));
            SchoolData light = new SchoolData(full.staff(), full.policies(), versionsOf(full), List.of(), List.of(),
                    full.inductionByStaff(), full.schools(), full.defaultGraceDays());
            boolean cells = true; // one cell at a time (the matrix's detail): on the first date, for the whole file
            // issue #17: a month's last day too, where a periodic policy's cut-off (SqlDialect.expiredUpTo) moves to the
            // end of the earlier month (28/02 less 1 month: all of January has expired)
            LocalDate monthEnd = BASE.plusDays(asOfOffset).withDayOfMonth(BASE.plusDays(asOfOffset).lengthOfMonth());
            for (LocalDate d : List.of(BASE.plusDays(asOfOffset), BASE, BASE.plusMonths(1), monthEnd)) {
                compare("file on " + d, new ComplianceCalculator(full, d),
                        new ComplianceCalculator(light, d, new FigureQueries(db, light, null)), cells);
                cells = false;
                if (full.schools().size() > 1) {
                    for (School school : full.schools()) {
                        SchoolData part = light.forSchool(school);
                        compare(school.name() + " on " + d, new ComplianceCalculator(full.forSchool(school), d),
                                new ComplianceCalculator(part, d,
                                        new FigureQueries(db, part, light.staffSchoolIds(school))), false);
                    }
                }
            }
        } finally {
            db.close();
        }
    }

    private static List<uk.schoolcompliance.tracker.domain.PolicyVersion> versionsOf(SchoolData data) {
        List<uk.schoolcompliance.tracker.domain.PolicyVersion> out = new ArrayList<>();
        data.policies().forEach(p -> out.addAll(data.versions(p.id())));
        return out;
    }

    private static void compare(String what, ComplianceCalculator ref, ComplianceCalculator sql, boolean cells) {
        List<Obligation> expected = new ArrayList<>();
        ref.forEachObligation(expected::add);
        List<Obligation> actual = new ArrayList<>();
        sql.forEachObligation(actual::add);
        assertThat(actual).as("obligations, " + what).isEqualTo(expected);
        assertThat(sql.gaps()).as("gaps, " + what).isEqualTo(ref.gaps());
        assertThat(sql.tallyByPolicy()).as("by policy, " + what).isEqualTo(ref.tallyByPolicy());
        assertThat(sql.tallyByCategory()).as("by category, " + what).isEqualTo(ref.tallyByCategory());
        assertThat(sql.inductions()).as("induction, " + what).isEqualTo(ref.inductions());
        assertThat(sql.summary().ackRequired()).as("required, " + what).isEqualTo(ref.summary().ackRequired());
        assertThat(sql.summary()).as("summary, " + what).isEqualTo(ref.summary());
        for (Policy p : ref.data().policies()) {
            assertThat(sql.obligations(p)).as("obligations of " + p.title() + ", " + what).isEqualTo(ref.obligations(p));
            for (StaffMember s : cells ? ref.data().staff() : List.<StaffMember>of()) {
                assertThat(sql.obligation(s, p)).as("cell " + s.id() + "x" + p.id() + ", " + what)
                        .isEqualTo(ref.obligation(s, p));
            }
        }
        for (StaffMember s : cells ? ref.data().staff() : List.<StaffMember>of()) {
            assertThat(sql.firstAckByPolicy(s.id())).as("first acknowledgements, " + what)
                    .isEqualTo(ref.firstAckByPolicy(s.id()));
        }
    }

    /** A date near the base: mostly within a few days of it, sometimes months away. */
    private static String near(Random rnd) {
        int spread = rnd.nextInt(4) == 0 ? 400 : 45;
        return BASE.plusDays(rnd.nextInt(2 * spread + 1) - spread).toString();
    }

    private static void fill(Database db, Random rnd, int staffCount, int policyCount, int ackCount) {
        String now = "2026-01-01T00:00:00Z";
        db.inTransaction(c -> {
            if (rnd.nextBoolean()) {
                exec(c, "INSERT INTO setting (key, value) VALUES ('grace_days', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        String.valueOf(rnd.nextInt(20)));
            }
            int schools = 1 + rnd.nextInt(3);
            for (int i = 1; i <= schools; i++) {
                // the last of several may be the trust's own row (its people: the central team)
                String phase = schools > 1 && i == schools && rnd.nextBoolean() ? School.TRUST_PHASE : "primary";
                exec(c, "INSERT INTO school (id, name, phase, created_at, grace_days) VALUES (?, ?, ?, ?, ?)", i,
                        "School " + i, phase, now, rnd.nextInt(3) == 0 ? rnd.nextInt(10) : null);
            }
            String[] names = {"Ann", "ann", "Bob", "Émile", "Zoë", "bob"};
            for (int i = 1; i <= staffCount; i++) {
                String start = near(rnd);
                String leave = null;
                if (rnd.nextInt(4) == 0) {
                    leave = rnd.nextBoolean() ? BASE.toString() : near(rnd); // leaving on the day is gone on it
                    if (leave.compareTo(start) < 0) {
                        leave = start;
                    }
                }
                String absFrom = null;
                String absTo = null;
                if (rnd.nextInt(4) == 0) {
                    absFrom = rnd.nextBoolean() ? BASE.toString() : near(rnd);
                    if (rnd.nextBoolean()) {
                        absTo = rnd.nextBoolean() ? BASE.toString() : near(rnd);
                        if (absTo.compareTo(absFrom) < 0) {
                            absTo = absFrom;
                        }
                    }
                }
                exec(c, "INSERT INTO staff (id, school_id, given_name, family_name, category, start_date, leave_date, "
                                + "absence_from, absence_to, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        i, 1 + rnd.nextInt(schools), names[rnd.nextInt(names.length)], names[rnd.nextInt(names.length)],
                        CATEGORIES[rnd.nextInt(CATEGORIES.length)].code(), start, leave, absFrom, absTo, now, now);
            }
            String[] statuses = {"active", "active", "active", "draft", "retired"};
            List<long[]> versions = new ArrayList<>(); // {version id, policy id}
            long versionId = 1;
            for (int p = 1; p <= policyCount; p++) {
                Integer reack = switch (rnd.nextInt(4)) {
                    case 0 -> 1;
                    case 1 -> 12;
                    default -> null;
                };
                Integer grace = switch (rnd.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> 7;
                    default -> null;
                };
                Integer school = rnd.nextBoolean() ? null : 1 + rnd.nextInt(schools);
                exec(c, "INSERT INTO policy (id, school_id, title, reack_months, grace_days, status, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", p, school, (p % 2 == 0 ? "policy " : "Policy ") + p, reack,
                        grace, statuses[rnd.nextInt(statuses.length)], now, now);
                for (StaffCategory cat : CATEGORIES) {
                    if (rnd.nextInt(3) > 0) {
                        exec(c, "INSERT INTO policy_audience (policy_id, category) VALUES (?, ?)", p, cat.code());
                    }
                }
                int n = rnd.nextInt(4);
                for (int v = 0; v < n; v++) {
                    String from = rnd.nextInt(3) == 0 ? BASE.toString() : near(rnd);
                    exec(c, "INSERT INTO policy_version (id, policy_id, label, effective_from, material, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?)", versionId, p, "v" + v, from, rnd.nextInt(3) == 0 ? 0 : 1, now);
                    versions.add(new long[] {versionId++, p});
                }
            }
            if (!versions.isEmpty()) {
                String[] methods = {"paper", "email", "in-app"};
                java.util.Set<String> live = new java.util.HashSet<>(); // one live row per person, version and day (V85)
                for (int a = 1; a <= ackCount; a++) {
                    long[] v = versions.get(rnd.nextInt(versions.size()));
                    // month ends and the day itself: 31/12 + 1 month is 31/01, 31/01 + 1 month 28/02
                    String date = switch (rnd.nextInt(5)) {
                        case 0 -> BASE.minusMonths(rnd.nextInt(14)).withDayOfMonth(1).minusDays(1).toString();
                        case 1 -> BASE.toString();
                        default -> near(rnd);
                    };
                    int person = 1 + rnd.nextInt(staffCount);
                    // a second live signature of the same version on the same day cannot be recorded: it is void
                    boolean voided = rnd.nextInt(5) == 0 || !live.add(person + "/" + v[0] + "/" + date);
                    exec(c, "INSERT INTO acknowledgement (id, staff_id, version_id, ack_date, method, recorded_by, note, "
                                    + "voided_at, void_reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            a, person, v[0], date, methods[rnd.nextInt(methods.length)], "office",
                            rnd.nextBoolean() ? "note " + a : null, voided ? now : null, voided ? "wrong person" : null, now);
                }
            }
            for (int s = 1; s <= staffCount; s++) {
                if (rnd.nextInt(3) != 0) {
                    continue;
                }
                exec(c, "INSERT INTO induction_plan (id, staff_id, created_on) VALUES (?, ?, ?)", s, s, BASE.toString());
                int items = 1 + rnd.nextInt(3);
                for (int i = 0; i < items; i++) {
                    boolean policyItem = rnd.nextBoolean();
                    String done = !policyItem && rnd.nextBoolean() ? near(rnd) : null;
                    exec(c, "INSERT INTO induction_item (plan_id, position, kind, policy_id, title, due_date, done_on) "
                                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", s, rnd.nextInt(3), policyItem ? "policy" : "task",
                            policyItem ? 1 + rnd.nextInt(policyCount) : null, "item " + i, near(rnd), done);
                }
            }
            return null;
        });
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
