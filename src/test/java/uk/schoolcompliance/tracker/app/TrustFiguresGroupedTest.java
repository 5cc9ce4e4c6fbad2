package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Tally;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.FigureQueries;

/**
 * Issue #17: the trust's figures per school and per school x policy come from one grouped query of the database
 * ({@link FigureQueries#tallyBySchoolAndPolicy}, {@link SchoolService#trustFigures}); they agree with the Java rules
 * (the reference: {@link ComplianceCalculator} on each school's part of a full snapshot) on the demo trust and on
 * generated trusts, on ordinary and turning days, and the entries add up to the whole file.
 */
class TrustFiguresGroupedTest {

    @TempDir
    Path dir;

    static void assertAgree(TrackerServices services, Path file, List<LocalDate> dates) {
        SchoolData full = services.compliance().loadFresh();
        List<School> entries = new ArrayList<>(full.schools().stream().filter(s -> !s.isTrust()).toList());
        full.schools().stream().filter(School::isTrust).findFirst().ifPresent(entries::add);
        assertThat(entries).as("a trust: several entries").hasSizeGreaterThanOrEqualTo(3);
        for (LocalDate d : dates) {
            List<SchoolService.SchoolPolicyFigures> got = services.schoolService().trustFigures(d);
            assertThat(got).as("one entry per school and the central team, on " + d).hasSize(entries.size());
            Tally sum = Tally.EMPTY;
            for (int i = 0; i < entries.size(); i++) {
                School school = entries.get(i);
                ComplianceCalculator ref = new ComplianceCalculator(full.forSchool(school), d);
                SchoolService.SchoolPolicyFigures f = got.get(i);
                assertThat(f.figures().school().id()).isEqualTo(school.id());
                assertThat(f.figures().summary()).as("summary of " + school.name() + " on " + d).isEqualTo(ref.summary());
                assertThat(f.byPolicy()).as("by policy, " + school.name() + " on " + d).isEqualTo(ref.tallyByPolicy());
                assertThat(new ArrayList<>(f.byPolicy().keySet())).as("in the reference's order")
                        .isEqualTo(new ArrayList<>(ref.tallyByPolicy().keySet()));
                for (Tally t : f.byPolicy().values()) {
                    sum = SchoolParts.sum(sum, t);
                }
            }
            ComplianceCalculator whole = new ComplianceCalculator(full, d);
            Tally expected = Tally.EMPTY;
            for (Tally t : whole.tallyByPolicy().values()) {
                expected = SchoolParts.sum(expected, t);
            }
            assertThat(sum).as("the entries add up to the whole file on " + d).isEqualTo(expected);
            // the figures of SchoolService.figures are the same answer
            assertThat(services.schoolService().figures(d))
                    .isEqualTo(got.stream().map(SchoolService.SchoolPolicyFigures::figures).toList());
            // the store's grouped query itself: school row x policy, as the Java rules group the obligations
            Map<Long, Map<Long, Tally>> byRow = new HashMap<>();
            whole.forEachObligation(o -> byRow.computeIfAbsent(o.staff().schoolId(), k -> new HashMap<>())
                    .merge(o.policy().id(), Tally.EMPTY.plus(o.status()), (a, b) -> a.plus(o.status())));
            SchoolData light = services.compliance().calculator(d).data();
            Database db = Database.open(file, TestDemo.CLOCK);
            try {
                assertThat(new FigureQueries(db, light, null).tallyBySchoolAndPolicy(d)).as("school x policy on " + d)
                        .isEqualTo(byRow);
            } finally {
                db.close();
            }
        }
    }

    @Test
    void theDemoTrustsEntriesAgreeWithTheJavaRules() {
        TrackerServices s = TrackerServices.open(dir.resolve("trust.db"), TestDemo.ACTOR, TestDemo.CLOCK);
        s.demoTrust().build(TestDemo.AS_OF);
        LocalDate d = TestDemo.AS_OF;
        List<LocalDate> dates = new ArrayList<>(List.of(d, d.minusMonths(6), d.plusMonths(3)));
        dates.addAll(FigureEquivalenceTest.turningDays(s.compliance().loadFresh(), d, 4));
        assertAgree(s, dir.resolve("trust.db"), dates);
    }

    @Test
    void generatedTrustsAgreeOnTwoSeedsWithAbsenceOnTheDay() {
        LocalDate today = TrustGeneratorTest.TODAY;
        for (long seed : new long[] {3, 42}) {
            TrackerServices trust = TrackerServices.open(dir.resolve("trust-" + seed + ".db"), TestDemo.ACTOR,
                    TestDemo.CLOCK);
            trust.generateTrust(400 + (int) seed, 56, seed, today); // several schools; beyond 50 policies: their own
            List<StaffMember> inPost = trust.repositories().staff().findAll().stream().filter(x -> x.inPostOn(today)).toList();
            trust.repositories().staff().update(inPost.get(0).withAbsence(today, null));
            trust.repositories().staff().update(inPost.get(1).withLeaveDate(today));
            assertAgree(trust, dir.resolve("trust-" + seed + ".db"), List.of(today, today.minusMonths(5), today.plusDays(1)));
        }
    }
}
