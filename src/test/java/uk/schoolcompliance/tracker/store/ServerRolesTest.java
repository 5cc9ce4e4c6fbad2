package uk.schoolcompliance.tracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.TestServer;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Summary;

/**
 * Roles on a trust's server, enforced by PostgreSQL (issue #19, db/postgresql/V90): for each role, the app's
 * services and raw SQL as that login see exactly what the role may, and the server itself refuses writes outside
 * it. Runs on the demo trust (Ashby, Brook, Castle, a central team; Ashby has a policy of its own).
 */
class ServerRolesTest {

    @TempDir
    Path dir;

    private ServerAddress trust;
    private Database owner;
    private ServerRoles roles;
    private long ashby;
    private long brook;

    @BeforeEach
    void trust() {
        trust = TestServer.withTrust();
        owner = Database.connect(trust, TestDemo.CLOCK);
        roles = new ServerRoles(owner, new AuditRepository(owner, () -> TestDemo.ACTOR));
        ashby = schoolId("Ashby Primary Academy");
        brook = schoolId("Brook Academy");
    }

    // ------------------------------------------------------------------------------------------------ office

    @Test
    void anOfficeSeesItsOwnSchoolsPeopleAndPoliciesAndTheTrustWideOnesOnly() {
        String office = TestServer.login("office");
        roles.grant(office, "school-office", ashby);
        Database as = as(office);

        assertThat(longs(as, "SELECT DISTINCT school_id FROM staff")).containsExactly(ashby);
        assertThat(longs(as, "SELECT count(*) FROM staff"))
                .containsExactly(longs(owner, "SELECT count(*) FROM staff WHERE school_id = " + ashby).get(0));
        assertThat(strings(as, "SELECT title FROM policy ORDER BY title")).containsExactlyElementsOf(
                strings(owner, "SELECT title FROM policy WHERE school_id IS NULL OR school_id = " + ashby
                        + " ORDER BY title"));
        assertThat(longs(as, "SELECT count(*) FROM acknowledgement a JOIN staff s ON s.id = a.staff_id")).containsExactly(
                longs(owner, "SELECT count(*) FROM acknowledgement a JOIN staff s ON s.id = a.staff_id WHERE s.school_id = "
                        + ashby).get(0));
        // the raw table, without the join: no other school's acknowledgements either
        assertThat(longs(as, "SELECT count(*) FROM acknowledgement")).isEqualTo(
                longs(as, "SELECT count(*) FROM acknowledgement a JOIN staff s ON s.id = a.staff_id"));
        assertThat(longs(as, "SELECT id FROM school")).containsExactly(ashby);
        // the audit log: nothing about another school's people
        assertThat(longs(as, "SELECT count(*) FROM audit_log WHERE entity = 'staff' AND entity_id IN "
                + "(SELECT id FROM staff)")).isEqualTo(longs(as, "SELECT count(*) FROM audit_log WHERE entity = 'staff'"));
        assertThat(longs(as, "SELECT count(*) FROM audit_log WHERE entity = 'staff'").get(0)).isPositive();
        assertThat(longs(as, "SELECT count(*) FROM audit_log").get(0))
                .isLessThan(longs(owner, "SELECT count(*) FROM audit_log").get(0));

        // the app's own queries, through the services, as that login
        try (TrackerServices s = new TrackerServices(as, () -> TestDemo.ACTOR)) {
            assertThat(s.allStaff()).isNotEmpty().extracting(StaffMember::schoolId).containsOnly(ashby);
            try (TrackerServices all = new TrackerServices(Database.connect(trust, TestDemo.CLOCK), () -> TestDemo.ACTOR)) {
                School a = all.schoolService().resolve("Ashby Primary Academy");
                Summary expected = all.compliance().calculator(TestDemo.AS_OF, java.util.Optional.of(a)).summary();
                Summary seen = s.compliance().summary(TestDemo.AS_OF);
                assertThat(List.of(seen.staffInPost(), seen.ackRequired(), seen.ackDone(), seen.ackOverdue(),
                        seen.ackAbsent())).isEqualTo(List.of(expected.staffInPost(), expected.ackRequired(),
                        expected.ackDone(), expected.ackOverdue(), expected.ackAbsent()));
                assertThat(seen.ackRequired()).isPositive();
            }
        }
    }

    @Test
    void anOfficesFiguresFollowATrustAdminsChangeToATrustWidePolicyItMayNotReadTheAuditLineOf() {
        String office = TestServer.login("office");
        roles.grant(office, "school-office", ashby);
        try (TrackerServices s = new TrackerServices(as(office), () -> TestDemo.ACTOR);
             TrackerServices all = new TrackerServices(Database.connect(trust, TestDemo.CLOCK), () -> TestDemo.ACTOR)) {
            int before = s.compliance().summary(TestDemo.AS_OF).policiesActive();
            var conduct = all.allPolicies().stream().filter(p -> p.title().equals("Staff Code of Conduct")).findFirst()
                    .orElseThrow();
            all.repositories().policies().update(conduct.withStatus(uk.schoolcompliance.tracker.domain.PolicyStatus.RETIRED));
            assertThat(longs(as(office), "SELECT count(*) FROM audit_log WHERE entity = 'policy' AND entity_id = "
                    + conduct.id())).containsExactly(0L);
            assertThat(s.compliance().summary(TestDemo.AS_OF).policiesActive()).isEqualTo(before - 1);
        }
    }

    @Test
    void anOfficeCannotWriteAnotherSchoolsPeopleOrTrustWidePoliciesOrReviews() {
        String office = TestServer.login("office");
        roles.grant(office, "school-office", ashby);
        Database as = as(office);
        long brookStaff = longs(owner, "SELECT min(id) FROM staff WHERE school_id = " + brook).get(0);
        long ashbyStaff = longs(owner, "SELECT min(id) FROM staff WHERE school_id = " + ashby).get(0);
        long version = longs(owner, "SELECT min(v.id) FROM policy_version v JOIN policy p ON p.id = v.policy_id "
                + "WHERE p.school_id IS NULL").get(0);

        refusedByRowSecurity(as, "INSERT INTO staff (school_id, given_name, family_name, category, start_date, "
                + "created_at, updated_at) VALUES (" + brook + ", 'Eve', 'Intruder', 'teacher', '2026-01-01', 'x', 'x')");
        refusedByRowSecurity(as, "INSERT INTO acknowledgement (staff_id, version_id, ack_date, method, recorded_by, "
                + "created_at) VALUES (" + brookStaff + ", " + version + ", '2026-11-01', 'paper', 'x', 'x')");
        // moving one's own person to another school is refused too
        refusedByRowSecurity(as, "UPDATE staff SET school_id = " + brook + " WHERE id = " + ashbyStaff);
        // another school's rows are not there to change or delete
        assertThat(update(as, "UPDATE staff SET job_title = 'changed' WHERE school_id = " + brook)).isZero();
        assertThat(update(as, "DELETE FROM acknowledgement WHERE staff_id = " + brookStaff)).isZero();
        assertThat(strings(owner, "SELECT DISTINCT job_title FROM staff WHERE school_id = " + brook)).doesNotContain("changed");
        // trust-wide policies: read only; reviews: not the office's at all
        assertThat(update(as, "UPDATE policy SET title = title || ' (edited)' WHERE school_id IS NULL")).isZero();
        assertThat(strings(owner, "SELECT title FROM policy WHERE title LIKE '%(edited)'")).isEmpty();
        refusedByRowSecurity(as, "INSERT INTO policy (school_id, title, created_at, updated_at) VALUES (NULL, 'Mine', 'x', 'x')");
        refusedByPrivilege(as, "INSERT INTO review (policy_id, due_date, created_at) SELECT id, '2027-01-01', 'x' FROM policy "
                + "WHERE school_id = " + ashby);
        refusedByPrivilege(as, "UPDATE school SET name = 'Renamed' WHERE id = " + ashby);
        refusedByPrivilege(as, "INSERT INTO tracker_grant (login, role, granted_at) VALUES ('" + office
                + "', 'trust-admin', 'x')");
        refusedByPrivilege(as, "SELECT tracker_sync_login('" + office + "')");
        // its own school: allowed
        assertThat(update(as, "UPDATE staff SET job_title = 'Class teacher' WHERE id = " + ashbyStaff)).isOne();
        assertThat(update(as, "INSERT INTO acknowledgement (staff_id, version_id, ack_date, method, recorded_by, "
                + "created_at) VALUES (" + ashbyStaff + ", " + version + ", '2026-11-01', 'paper', 'x', 'x')")).isOne();
    }

    // ------------------------------------------------------------------------------------------------ leader

    @Test
    void aLeaderReviewsAndApprovesItsOwnSchoolsPoliciesOnly() {
        String leader = TestServer.login("leader");
        String office = TestServer.login("office");
        roles.grant(leader, "school-leader", ashby);
        roles.grant(office, "school-office", ashby);
        long own = longs(owner, "SELECT id FROM policy WHERE school_id = " + ashby).get(0);
        long trustWide = longs(owner, "SELECT min(id) FROM policy WHERE school_id IS NULL").get(0);
        // Brook has no policy of its own in the demo: give it one
        long brooks = longs(owner, "INSERT INTO policy (school_id, title, created_at, updated_at) VALUES (" + brook
                + ", 'Brook Uniform Policy', 'x', 'x') RETURNING id").get(0);
        longs(owner, "INSERT INTO policy_version (policy_id, label, effective_from, created_at) VALUES (" + brooks
                + ", '1.0', '2026-09-01', 'x') RETURNING id");
        Database lead = as(leader);
        Database off = as(office);

        assertThat(update(lead, "INSERT INTO review (policy_id, due_date, created_at) VALUES (" + own
                + ", '2027-06-01', 'x')")).isOne();
        refusedByRowSecurity(lead, "INSERT INTO review (policy_id, due_date, created_at) VALUES (" + brooks
                + ", '2027-06-01', 'x')");
        refusedByRowSecurity(lead, "INSERT INTO review (policy_id, due_date, created_at) VALUES (" + trustWide
                + ", '2027-06-01', 'x')");
        // approving: the leader its own school's version; not Brook's (not even visible), not by the office
        assertThat(update(lead, "INSERT INTO policy_version (policy_id, label, effective_from, approved_by, approved_on, "
                + "created_at) VALUES (" + own + ", '2.0', '2026-11-01', 'Local governing body', '2026-10-20', 'x')"))
                .isOne();
        assertThat(update(lead, "UPDATE policy_version SET approved_on = '2026-11-20', approved_by = 'LGB' "
                + "WHERE policy_id = " + brooks)).isZero();
        refusedByRowSecurity(lead, "INSERT INTO policy_version (policy_id, label, effective_from, approved_by, "
                + "approved_on, created_at) VALUES (" + brooks + ", '2.0', '2026-11-01', 'LGB', '2026-10-20', 'x')");
        assertThat(strings(owner, "SELECT coalesce(approved_on, '-') FROM policy_version WHERE policy_id = " + brooks))
                .containsExactly("-");
        assertThat(update(off, "INSERT INTO policy_version (policy_id, label, effective_from, created_at) VALUES ("
                + own + ", '3.0-draft', '2027-01-01', 'x')")).isOne();
        refusedByRowSecurity(off, "UPDATE policy_version SET approved_on = '2026-11-20', approved_by = 'LGB' "
                + "WHERE policy_id = " + own + " AND label = '3.0-draft'");
        refusedByRowSecurity(off, "INSERT INTO policy_version (policy_id, label, effective_from, approved_by, approved_on, "
                + "created_at) VALUES (" + own + ", '4.0', '2027-01-01', 'LGB', '2026-12-01', 'x')");
        refusedByPrivilege(off, "UPDATE review SET notes = 'x' WHERE policy_id = " + own);
        // the leader sees what an office sees of people: its own school only
        assertThat(longs(lead, "SELECT DISTINCT school_id FROM staff")).containsExactly(ashby);
    }

    // ---------------------------------------------------------------------------------------------- governor

    @Test
    void aGovernorReadsNoTableOfPeopleAndGetsCountsOfItsSchoolOnly() {
        String governor = TestServer.login("governor");
        roles.grant(governor, "governor", brook);
        Database gov = as(governor);
        for (String table : List.of("staff", "acknowledgement", "induction_plan", "induction_item", "audit_log", "policy",
                "policy_version", "review")) {
            refusedByPrivilege(gov, "SELECT * FROM " + table);
        }
        for (String write : List.of("INSERT INTO setting (key, value) VALUES ('x', 'y')",
                "UPDATE setting SET value = '1' WHERE key = 'grace_days'", "UPDATE school SET name = 'x'",
                "INSERT INTO audit_log (at, os_user, entity, action) VALUES ('x', 'x', 'x', 'x')",
                "DELETE FROM tracker_grant")) {
            refusedByPrivilege(gov, write);
        }
        // the figures: counts only, for Brook only, the same as the app's for Brook
        List<Long> schools = longs(gov, "SELECT DISTINCT school_id FROM tracker_governor_figures('2026-11-24')");
        assertThat(schools).containsExactly(brook);
        List<Long> counts = longs(gov, "SELECT sum(in_scope), sum(done), sum(outstanding), sum(overdue), sum(absent) "
                + "FROM tracker_governor_figures('2026-11-24')");
        try (TrackerServices all = new TrackerServices(Database.connect(trust, TestDemo.CLOCK), () -> TestDemo.ACTOR)) {
            Summary t = all.compliance().calculator(TestDemo.AS_OF, java.util.Optional.of(all.schoolService()
                    .resolve("Brook Academy"))).summary();
            assertThat(counts).containsExactly((long) t.ackRequired(), (long) t.ackDone(), (long) t.ackOutstanding(),
                    (long) t.ackOverdue(), (long) t.ackAbsent());
            assertThat(t.ackOutstanding()).isPositive();
        }
        assertThat(longs(gov, "SELECT in_post FROM tracker_governor_staff_in_post('2026-11-24')")).containsExactly(6L);
        // the review schedule: Brook's and the trust-wide policies, without owner, reviewer, notes or documents
        assertThat(strings(gov, "SELECT title FROM governor_policy ORDER BY title")).containsExactlyElementsOf(
                strings(owner, "SELECT title FROM policy WHERE school_id IS NULL OR school_id = " + brook + " ORDER BY title"));
        assertThat(columns(gov, "governor_policy")).doesNotContain("owner");
        assertThat(columns(gov, "governor_review")).doesNotContain("reviewer", "notes");
        assertThat(columns(gov, "governor_policy_version")).doesNotContain("document", "file_name");
        assertThat(longs(gov, "SELECT id FROM governor_school")).containsExactly(brook);
    }

    @Test
    void theAppDetectsAGovernorAndGivesItsFiguresAndScheduleWithoutNamingAnyone() {
        String governor = TestServer.login("governor");
        String office = TestServer.login("office");
        roles.grant(governor, "governor", brook);
        roles.grant(office, "school-office", brook);
        // two of Brook's people are being inducted: one with a task done and one overdue, one with a policy item
        // done by an acknowledgement; one of Ashby's (not the governor's) with an overdue task
        List<Long> brookStaff = longs(owner, "SELECT id FROM staff WHERE school_id = " + brook + " ORDER BY id");
        long ashbyStaff = longs(owner, "SELECT min(id) FROM staff WHERE school_id = " + ashby).get(0);
        long acked = longs(owner, "SELECT v.policy_id FROM acknowledgement a JOIN policy_version v ON v.id = a.version_id "
                + "WHERE a.staff_id = " + brookStaff.get(0) + " LIMIT 1").get(0);
        long plan1 = longs(owner, "INSERT INTO induction_plan (staff_id, created_on) VALUES (" + brookStaff.get(0)
                + ", '2026-09-01') RETURNING id").get(0);
        long plan2 = longs(owner, "INSERT INTO induction_plan (staff_id, created_on) VALUES (" + brookStaff.get(5)
                + ", '2026-09-01') RETURNING id").get(0);
        long plan3 = longs(owner, "INSERT INTO induction_plan (staff_id, created_on) VALUES (" + ashbyStaff
                + ", '2026-09-01') RETURNING id").get(0);
        update(owner, "INSERT INTO induction_item (plan_id, position, kind, policy_id, title, due_date, done_on) VALUES "
                + "(" + plan1 + ", 1, 'task', NULL, 'Meet the DSL', '2026-09-10', '2026-09-09'), "
                + "(" + plan1 + ", 2, 'policy', " + acked + ", 'Read it', '2026-09-30', NULL), "
                + "(" + plan2 + ", 1, 'task', NULL, 'Fire procedures', '2026-10-01', NULL), "
                + "(" + plan2 + ", 2, 'task', NULL, 'IT account', '2026-12-20', NULL), "
                + "(" + plan2 + ", 3, 'task', NULL, 'Done later', '2026-10-01', '2026-11-30'), "
                + "(" + plan3 + ", 1, 'task', NULL, 'Meet the DSL', '2026-10-01', NULL)");
        try (TrackerServices all = new TrackerServices(Database.connect(trust, TestDemo.CLOCK), () -> TestDemo.ACTOR);
             TrackerServices gov = new TrackerServices(as(governor), () -> TestDemo.ACTOR);
             TrackerServices off = new TrackerServices(as(office), () -> TestDemo.ACTOR)) {
            assertThat(gov.serverAccess().isGovernorOnly()).isTrue();
            assertThat(off.serverAccess().isGovernorOnly()).isFalse();
            assertThat(all.serverAccess().isGovernorOnly()).isFalse();
            School b = all.schoolService().resolve("Brook Academy");
            Summary expected = all.compliance().calculator(TestDemo.AS_OF, java.util.Optional.of(b)).summary();
            for (Summary seen : List.of(gov.compliance().summary(TestDemo.AS_OF),
                    gov.compliance().calculator(TestDemo.AS_OF, java.util.Optional.of(
                            gov.schoolService().resolve("Brook Academy"))).summary())) {
                assertThat(List.of(seen.staffInPost(), seen.policiesActive(), seen.ackRequired(), seen.ackDone(),
                        seen.ackOutstanding(), seen.ackOverdue(), seen.ackAbsent(), seen.reviewsOverdue(),
                        seen.reviewsDueSoon(), seen.reviewsNoDate(), seen.inductionInProgress(),
                        seen.inductionOverdueItems())).isEqualTo(List.of(expected.staffInPost(),
                        expected.policiesActive(), expected.ackRequired(), expected.ackDone(), expected.ackOutstanding(),
                        expected.ackOverdue(), expected.ackAbsent(), expected.reviewsOverdue(), expected.reviewsDueSoon(),
                        expected.reviewsNoDate(), expected.inductionInProgress(), expected.inductionOverdueItems()));
            }
            assertThat(expected.ackOverdue()).isPositive();
            assertThat(List.of(expected.inductionInProgress(), expected.inductionOverdueItems())).containsExactly(1, 2);
            // the schedule: the same policies' review standings; nobody named anywhere
            var calc = gov.compliance().calculator(TestDemo.AS_OF);
            assertThat(calc.reviewStandings()).extracting(r -> r.policy().title() + " " + r.nextDue() + " " + r.status())
                    .isNotEmpty().containsExactlyInAnyOrderElementsOf(all.compliance().calculator(TestDemo.AS_OF)
                            .reviewStandings().stream().filter(r -> r.policy().schoolId() == null
                                    || r.policy().schoolId() == brook)
                            .map(r -> r.policy().title() + " " + r.nextDue() + " " + r.status()).toList());
            assertThatThrownBy(calc::gaps).hasMessage(GovernorFigures.NO_PEOPLE);
            assertThat(calc.data().staff()).isEmpty();
            assertThat(calc.data().policies()).extracting(p -> p.owner()).containsOnlyNulls();
            assertThat(gov.schoolService().schools()).extracting(School::name).containsExactly("Brook Academy");
        }
    }

    @Test
    void aTrustGovernorCountsEverySchoolAndAnUngrantedLoginSeesNothing() {
        String governor = TestServer.login("governor");
        String nobody = TestServer.login("nobody");
        roles.grant(governor, "governor", null);
        assertThat(longs(as(governor), "SELECT count(DISTINCT school_id) FROM tracker_governor_figures('2026-11-24')"))
                .containsExactly(longs(owner, "SELECT count(*) FROM school").get(0));
        // a login with no tracker role: the app says so; psql gets no table and no figures
        assertThatThrownBy(() -> as(nobody)).isInstanceOf(StoreException.class)
                .hasMessage(nobody + " may not read the tracker's tables on " + TestServer.as(trust, nobody)
                        + ": ask whoever looks after the server to give it a tracker role (docs/server.md)");
        rawRefused(nobody, "SELECT * FROM staff");
        rawRefused(nobody, "SELECT * FROM tracker_governor_figures('2026-11-24')");
        rawRefused(nobody, "SELECT * FROM governor_policy");
    }

    @Test
    void aTrustAdminSeesEverything() {
        String admin = TestServer.login("admin");
        roles.grant(admin, "trust-admin", null);
        Database as = as(admin);
        for (String table : List.of("staff", "policy", "acknowledgement", "audit_log", "school", "review")) {
            assertThat(longs(as, "SELECT count(*) FROM " + table)).as(table)
                    .isEqualTo(longs(owner, "SELECT count(*) FROM " + table));
        }
        assertThat(update(as, "UPDATE staff SET job_title = 'Head of year' WHERE school_id = " + brook)).isPositive();
    }

    // ---------------------------------------------------------------------------------------------- the audit log

    @Test
    void everyAuditLineNamesTheLoginAndNobodyMayChangeOrDeleteOne() {
        String office = TestServer.login("office");
        String admin = TestServer.login("admin");
        roles.grant(office, "school-office", ashby);
        roles.grant(admin, "trust-admin", null);
        Database off = as(office);
        // the client claims to be someone else: the database records who it is
        long line = longs(off, "INSERT INTO audit_log (at, os_user, login, entity, entity_id, action) VALUES "
                + "('2026-11-24T10:00:00Z', 'someone', 'trust_admin_really', 'staff', NULL, 'note') RETURNING id").get(0);
        assertThat(strings(owner, "SELECT login FROM audit_log WHERE id = " + line)).containsExactly(office);
        // through the app: a write as the office names the office's login
        try (TrackerServices s = new TrackerServices(as(office), () -> TestDemo.ACTOR)) {
            StaffMember p = s.allStaff().get(0);
            s.repositories().audit().record("staff", p.id(), "test", null, null);
        }
        assertThat(strings(owner, "SELECT login FROM audit_log WHERE action = 'test'")).containsExactly(office);
        // the roles given above were audited by the owner's login
        assertThat(strings(owner, "SELECT DISTINCT login FROM audit_log WHERE entity = 'tracker_grant'"))
                .containsExactly("postgres");

        for (Database who : List.of(off, as(admin), owner)) {
            assertThatThrownBy(() -> update(who, "UPDATE audit_log SET after = 'forged' WHERE id = " + line))
                    .hasMessageContaining("");
            assertThatThrownBy(() -> update(who, "DELETE FROM audit_log WHERE id = " + line))
                    .isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> update(who, "UPDATE audit_log SET login = 'x', redacted_on = '2026-11-24' "
                    + "WHERE id = " + line)).isInstanceOf(RuntimeException.class);
        }
        assertThatThrownBy(() -> update(owner, "TRUNCATE audit_log")).isInstanceOf(RuntimeException.class);
        refusedByPrivilege(off, "UPDATE audit_log SET before = NULL, redacted_on = '2026-11-24' WHERE id = " + line);
        // retention's redaction: a trust admin's (the columns it may change, stamped)
        assertThat(update(as(admin), "UPDATE audit_log SET after = NULL, operator = '[erased]', "
                + "redacted_on = '2026-11-24' WHERE id = " + line)).isOne();
        assertThat(strings(owner, "SELECT login || ' ' || redacted_on FROM audit_log WHERE id = " + line))
                .containsExactly(office + " 2026-11-24");
    }

    @Test
    void retentionRunsForATrustAdminAndIsRefusedToAnOffice() {
        String office = TestServer.login("office");
        String admin = TestServer.login("admin");
        roles.grant(office, "school-office", ashby);
        roles.grant(admin, "trust-admin", null);
        long leaver = longs(owner, "SELECT min(id) FROM staff WHERE school_id = " + ashby).get(0);
        update(owner, "UPDATE staff SET start_date = '2010-09-01', leave_date = '2015-07-31' WHERE id = " + leaver);
        try (TrackerServices s = new TrackerServices(as(office), () -> TestDemo.ACTOR)) {
            assertThatThrownBy(() -> s.retention().erase(List.of(leaver), TestDemo.AS_OF))
                    .isInstanceOf(RuntimeException.class);
        }
        assertThat(strings(owner, "SELECT count(*) FROM audit_log WHERE redacted_on IS NOT NULL")).containsExactly("0");
        try (TrackerServices s = new TrackerServices(as(admin), () -> TestDemo.ACTOR)) {
            assertThat(s.retention().erase(List.of(leaver), TestDemo.AS_OF)).isPositive();
        }
        assertThat(strings(owner, "SELECT erased_on FROM staff WHERE id = " + leaver)).doesNotContainNull();
        assertThat(strings(owner, "SELECT count(*) FROM audit_log WHERE redacted_on IS NOT NULL").get(0)).isNotEqualTo("0");
    }

    // ------------------------------------------------------------------------------------------------ the grants

    @Test
    void grantsMakeAndUnmakeTheGroupMembershipAndTheTableIsTheAdminsAlone() {
        String office = TestServer.login("office");
        assertThat(roles.grant(office, "school-office", ashby)).isTrue();
        assertThat(roles.grant(office, "school-office", ashby)).isFalse();
        assertThat(strings(owner, "SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g "
                + "ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '" + office + "'"))
                .containsExactly("tracker_school_office");
        assertThat(new ServerRoles(as(office), new AuditRepository(as(office), () -> TestDemo.ACTOR)).mine())
                .containsExactly(new ServerRoles.Grant(office, "school-office", ashby));
        assertThat(roles.revoke(office, null, null)).containsExactly(new ServerRoles.Grant(office, "school-office", ashby));
        assertThat(strings(owner, "SELECT count(*) FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member "
                + "WHERE u.rolname = '" + office + "'")).containsExactly("0");
        rawRefused(office, "SELECT * FROM staff");
        assertThatThrownBy(() -> roles.grant("no_such_login_x", "governor", null)).isInstanceOf(RuntimeException.class)
                .hasMessageContaining("no login role no_such_login_x");
    }

    // -------------------------------------------------------------------------------- the figures' SQL, once

    @Test
    void theGovernorsFiguresFunctionHoldsTheFigureQueriesObligationsVerbatim() throws Exception {
        String migration = new String(getClass().getResourceAsStream("/db/postgresql/V90__server_roles.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String expected = ObligationsSql.obligations(SqlDialect.POSTGRESQL)
                .replace("SELECT ? AS d, ? AS grace", "SELECT CAST($1 AS TEXT) AS d, (SELECT CAST(value AS INTEGER) "
                        + "FROM setting WHERE key = 'grace_days') AS grace")
                .replace("/*POLICY*/", "").replace("/*STAFF*/", "").replace("/*ACKSTAFF*/", "")
                .replace("/*PICKED*/", "NULL").replace("/*PICK*/", "");
        assertThat(migration).contains(expected.strip());
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private Database as(String login) {
        return Database.connect(TestServer.as(trust, login), TestDemo.CLOCK,
                Map.of("PGPASSWORD", TestServer.passwordOf(login)), dir.toString(), false);
    }

    /** Raw SQL as {@code login} over plain JDBC, as psql would: refused for want of a privilege. */
    private void rawRefused(String login, String sql) {
        assertThatThrownBy(() -> {
            try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:" + TestServer.port() + "/"
                    + trust.database(), login, TestServer.passwordOf(login)); Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }).as(sql).hasMessageContaining("permission denied");
    }

    private long schoolId(String name) {
        return longs(owner, "SELECT id FROM school WHERE name = '" + name + "'").get(0);
    }

    private static void refusedByRowSecurity(Database db, String sql) {
        assertThatThrownBy(() -> update(db, sql)).as(sql).hasMessageContaining("row-level security");
    }

    private static void refusedByPrivilege(Database db, String sql) {
        assertThatThrownBy(() -> update(db, sql)).as(sql).hasMessageContaining("permission denied");
    }

    private static int update(Database db, String sql) {
        return db.withConnection(c -> {
            try (Statement st = c.createStatement()) {
                if (st.execute(sql)) {
                    return 1;
                }
                return st.getUpdateCount();
            }
        });
    }

    private static List<Long> longs(Database db, String sql) {
        return db.withConnection(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        out.add(rs.getLong(i));
                    }
                }
            }
            return out;
        });
    }

    private static List<String> strings(Database db, String sql) {
        return db.withConnection(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private static Set<String> columns(Database db, String view) {
        return db.withConnection(c -> {
            Set<String> out = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + view + " LIMIT 0");
                 ResultSet rs = ps.executeQuery()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    out.add(rs.getMetaData().getColumnName(i));
                }
            }
            return out;
        });
    }

}
