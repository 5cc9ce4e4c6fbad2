package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.TestServer;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * The figures the app asks of the database (store.FigureQueries, through ComplianceService) agree with the
 * Java rules (the reference: ComplianceCalculator on a full snapshot) on every obligation, gap, due date,
 * satisfying acknowledgement, tally, induction plan and summary: on the demo school and on generated trusts
 * (several seeds), as of ordinary days and of the days where the rules turn (a leaver's last day, an absence's
 * first and last, a periodic acknowledgement's expiry, a version taking effect, a due date), for the whole
 * file and for each school's part (the school rule).
 */
class FigureEquivalenceTest {

    @TempDir
    Path dir;

    /** Compares the reference and the database's answers on each date, for the file and each school. */
    static void assertAgree(TrackerServices services, List<LocalDate> dates) {
        SchoolData full = services.compliance().loadFresh();
        for (LocalDate d : dates) {
            compare("whole file on " + d, new ComplianceCalculator(full, d), services.compliance().calculator(d));
            assertThat(services.compliance().summary(d)).as("summary on " + d)
                    .isEqualTo(new ComplianceCalculator(full, d).summary());
            if (full.isTrust()) {
                for (School school : full.schools()) {
                    compare(school.name() + " on " + d, new ComplianceCalculator(full.forSchool(school), d),
                            services.compliance().calculator(d, Optional.of(school)));
                }
            }
        }
    }

    static void compare(String what, ComplianceCalculator ref, ComplianceCalculator sql) {
        List<Obligation> expected = new ArrayList<>();
        ref.forEachObligation(expected::add);
        List<Obligation> actual = new ArrayList<>();
        sql.forEachObligation(actual::add);
        assertThat(actual).as("obligations, " + what).isEqualTo(expected);
        assertThat(sql.gaps()).as("gaps, " + what).isEqualTo(ref.gaps());
        assertThat(sql.tallyByPolicy()).as("by policy, " + what).isEqualTo(ref.tallyByPolicy());
        assertThat(sql.tallyByCategory()).as("by category, " + what).isEqualTo(ref.tallyByCategory());
        assertThat(sql.inductions()).as("induction, " + what).isEqualTo(ref.inductions());
        assertThat(sql.summary()).as("summary, " + what).isEqualTo(ref.summary());
        // one policy's list (the policy page, gaps --policy): a trust-wide policy, a school's own, a retired one
        List<Policy> some = new ArrayList<>();
        ref.data().policies().stream().filter(p -> p.schoolId() == null).limit(2).forEach(some::add);
        ref.data().policies().stream().filter(p -> p.schoolId() != null).limit(2).forEach(some::add);
        ref.data().policies().stream().filter(p -> !p.isActive()).limit(1).forEach(some::add);
        for (Policy p : some) {
            assertThat(sql.obligations(p)).as("obligations of " + p.title() + ", " + what).isEqualTo(ref.obligations(p));
        }
        // single cells (the matrix's detail): every status, and a pair out of scope
        for (ObligationStatus status : ObligationStatus.values()) {
            expected.stream().filter(o -> o.status() == status).limit(3).forEach(o -> assertThat(
                    sql.obligation(o.staff(), o.policy())).as("cell, " + what).contains(o));
        }
        for (StaffMember s : ref.data().staff().stream().limit(6).toList()) {
            assertThat(sql.firstAckByPolicy(s.id())).as("first acknowledgements, " + what)
                    .isEqualTo(ref.firstAckByPolicy(s.id()));
            for (Policy p : ref.data().policies().stream().limit(4).toList()) {
                assertThat(sql.obligation(s, p)).as("cell " + s.id() + "x" + p.id() + ", " + what)
                        .isEqualTo(ref.obligation(s, p));
            }
        }
    }

    /** The days where some rule turns in this file, near {@code around}: the edges the SQL must get right. */
    static List<LocalDate> turningDays(SchoolData data, LocalDate around, int max) {
        TreeSet<LocalDate> days = new TreeSet<>();
        LocalDate from = around.minusYears(2);
        LocalDate to = around.plusMonths(6);
        java.util.function.Consumer<LocalDate> add = d -> {
            if (d != null && !d.isBefore(from) && !d.isAfter(to)) {
                days.add(d);
            }
        };
        for (StaffMember s : data.staff()) {
            add.accept(s.leaveDate());
            add.accept(s.absenceFrom());
            add.accept(s.absenceTo());
            add.accept(s.startDate());
        }
        for (Policy p : data.policies()) {
            for (PolicyVersion v : data.versions(p.id())) {
                add.accept(v.effectiveFrom());
                add.accept(v.effectiveFrom().plusDays(p.graceDays() == null ? data.defaultGraceDays() : p.graceDays()));
            }
            if (p.reackMonths() != null) {
                for (StaffMember s : data.staff()) {
                    for (Acknowledgement a : data.acknowledgements(s.id(), p.id())) {
                        add.accept(a.date().plusMonths(p.reackMonths()));
                    }
                }
            }
        }
        List<LocalDate> all = new ArrayList<>(days);
        List<LocalDate> out = new ArrayList<>();
        int step = Math.max(1, all.size() / max);
        for (int i = 0; i < all.size(); i += step) {
            out.add(all.get(i));
        }
        return out;
    }

    @Test
    void theDemoSchoolAgreesOnOrdinaryAndTurningDays() {
        TrackerServices demo = TestDemo.open(dir);
        List<LocalDate> dates = new ArrayList<>(List.of(TestDemo.AS_OF, TestDemo.AS_OF.minusMonths(6),
                TestDemo.AS_OF.minusYears(2), TestDemo.AS_OF.plusMonths(3)));
        dates.addAll(turningDays(demo.compliance().loadFresh(), TestDemo.AS_OF, 8));
        assertAgree(demo, dates);
    }

    @Test
    void generatedTrustsAgreeForEverySchoolOnSeveralSeedsAndDates() {
        LocalDate today = TrustGeneratorTest.TODAY;
        long[] seeds = {1, 42};
        for (long seed : seeds) {
            TrackerServices trust = TrackerServices.open(dir.resolve("trust-" + seed + ".db"), TestDemo.ACTOR,
                    TestDemo.CLOCK);
            trust.generateTrust(150 + (int) seed, 56, seed, today); // beyond 50: schools' own policies
            // someone whose long-term absence starts on the day, someone back from one the day before
            List<StaffMember> inPost = trust.repositories().staff().findAll().stream().filter(s -> s.inPostOn(today)).toList();
            trust.repositories().staff().update(inPost.get(0).withAbsence(today, null));
            trust.repositories().staff().update(inPost.get(1).withAbsence(today.minusMonths(3), today.minusDays(1)));
            SchoolData data = trust.compliance().loadFresh();
            assertThat(data.staff()).anyMatch(s -> s.leaveDate() != null);
            assertThat(data.policies()).anyMatch(p -> p.reackMonths() != null);
            assertThat(data.policies()).anyMatch(p -> p.schoolId() != null);
            List<LocalDate> dates = new ArrayList<>(List.of(today, today.minusMonths(5)));
            dates.addAll(turningDays(data, today, 2));
            assertAgree(trust, dates);
        }
    }

    @Test
    void aLeaverOnTheDayAVoidedAcknowledgementAndAMinorVersionAgree() {
        TrackerServices demo = TestDemo.open(dir);
        LocalDate d = TestDemo.AS_OF;
        SchoolData before = demo.compliance().loadFresh();
        // a leaver on the as-of day is gone on it; an acknowledgement voided no longer counts
        StaffMember leaver = before.staff().stream().filter(s -> s.inPostOn(d)).findFirst().orElseThrow();
        demo.repositories().staff().update(leaver.withLeaveDate(d));
        Acknowledgement counted = before.staff().stream().filter(s -> s.inPostOn(d) && s.id() != leaver.id())
                .flatMap(s -> before.acknowledgementsOf(s.id()).values().stream().flatMap(List::stream))
                .filter(a -> a.countsOn(d)).findFirst().orElseThrow();
        demo.repositories().acknowledgements().voidAcknowledgement(counted.id(), "signed the wrong sheet", "test");
        // a minor version taking effect today moves nothing; a material one would
        Policy policy = before.policies().stream().filter(Policy::isActive)
                .filter(p -> !before.versions(p.id()).isEmpty()).findFirst().orElseThrow();
        demo.repositories().versions().insert(new PolicyVersion(0, policy.id(), "9.1", null, null, null, null, null, null, d,
                "typo", false), null);
        assertAgree(demo, List.of(d, d.minusDays(1), d.plusDays(1)));
    }

    // ---- issue #17, "figures that grow with the obligations": the same SQL on the server, and month-end expiries

    @Test
    void theServerAgreesOnTheDemoSchoolAndTrustOnOrdinaryAndTurningDays() {
        try (TrackerServices demo = TestServer.openDemo()) {
            List<LocalDate> dates = new ArrayList<>(List.of(TestDemo.AS_OF, TestDemo.AS_OF.minusMonths(6),
                    TestDemo.AS_OF.minusYears(2), TestDemo.AS_OF.plusMonths(3)));
            dates.addAll(turningDays(demo.compliance().loadFresh(), TestDemo.AS_OF, 8));
            assertAgree(demo, dates);
        }
        try (TrackerServices trust = new TrackerServices(Database.connect(TestServer.withTrust(), TestDemo.CLOCK),
                () -> TestDemo.ACTOR)) {
            List<LocalDate> dates = new ArrayList<>(List.of(TestDemo.AS_OF, TestDemo.AS_OF.minusMonths(4)));
            dates.addAll(turningDays(trust.compliance().loadFresh(), TestDemo.AS_OF, 6));
            assertAgree(trust, dates);
        }
    }

    @Test
    void periodicAcknowledgementsOnMonthEndsExpireAsJavaSaysOnBothStores() {
        monthEnds(TestDemo.open(dir));
        try (TrackerServices server = TestServer.openDemo()) {
            monthEnds(server);
        }
    }

    /**
     * Acknowledgements of a periodic policy dated on month ends (31 January, 29 February, 30 April), one voided, and
     * a second, older one of the same version: compared on every day around each expiry (the day before, the day,
     * the day after) and on a date before the newest (which must not count it).
     */
    private static void monthEnds(TrackerServices services) {
        SchoolData data = services.compliance().loadFresh();
        Policy policy = data.policies().stream().filter(Policy::isActive).filter(p -> p.reackMonths() != null)
                .filter(p -> !data.versions(p.id()).isEmpty()).findFirst().orElseThrow();
        List<PolicyVersion> versions = data.versions(policy.id());
        long newest = versions.get(versions.size() - 1).id();
        List<StaffMember> people = data.staff().stream().filter(s -> s.inPostOn(TestDemo.AS_OF))
                .filter(s -> s.startDate().isBefore(LocalDate.of(2023, 1, 1))).limit(4).toList();
        assertThat(people).hasSize(4);
        LocalDate[] dates = {LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 4, 30),
                LocalDate.of(2025, 1, 31)};
        var acks = services.repositories().acknowledgements();
        for (int i = 0; i < people.size(); i++) {
            acks.insert(new Acknowledgement(0, people.get(i).id(), newest, dates[i], AckMethod.PAPER, "test", null, false,
                    null));
            acks.insert(new Acknowledgement(0, people.get(i).id(), newest, dates[i].minusMonths(7), AckMethod.PAPER, "test",
                    null, false, null));
        }
        Acknowledgement voided = acks.insert(new Acknowledgement(0, people.get(3).id(), newest, LocalDate.of(2025, 11, 30),
                AckMethod.PAPER, "test", null, false, null));
        acks.voidAcknowledgement(voided.id(), "wrong person", "test");
        List<LocalDate> on = new ArrayList<>();
        for (LocalDate d : dates) {
            LocalDate expiry = d.plusMonths(policy.reackMonths());
            on.addAll(List.of(expiry.minusDays(1), expiry, expiry.plusDays(1), d.minusDays(1)));
        }
        assertAgree(services, on);
    }
}
