package uk.schoolcompliance.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolcompliance.tracker.domain.Fixtures.ack;
import static uk.schoolcompliance.tracker.domain.Fixtures.d;
import static uk.schoolcompliance.tracker.domain.Fixtures.policy;
import static uk.schoolcompliance.tracker.domain.Fixtures.staff;
import static uk.schoolcompliance.tracker.domain.Fixtures.version;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ComplianceCalculatorTest {

    @Test
    void summaryCountsOnlyInScopeStaffAndKeepsAbsentApart() {
        Policy p = policy(1, StaffCategory.ALL_STAFF, 12, null);
        StaffMember a = staff(1, StaffCategory.TEACHER, "2020-01-01", null);
        StaffMember b = staff(2, StaffCategory.SUPPORT, "2020-01-01", null);
        StaffMember leaver = staff(3, StaffCategory.TEACHER, "2020-01-01", "2026-01-01");
        StaffMember governor = staff(4, StaffCategory.GOVERNOR, "2020-01-01", null);
        StaffMember absent = staff(5, StaffCategory.TEACHER, "2020-01-01", null).withAbsence(d("2026-05-01"), null);
        InductionItem task = new InductionItem(1, 1, 1, InductionItemKind.TASK, null, "Meet the DSL", d("2026-05-02"), null, null);
        SchoolData data = new SchoolData(List.of(a, b, leaver, governor, absent), List.of(p),
                List.of(version(10, 1, "1.0", "2025-09-01", true)), List.of(ack(1, 1, 10, "2025-09-05")), List.of(),
                Map.of(2L, List.of(task)), 14);
        Summary s = new ComplianceCalculator(data, d("2026-06-01")).summary();
        assertThat(s.staffInPost()).isEqualTo(4);
        assertThat(s.ackRequired()).isEqualTo(2);
        assertThat(s.ackDone()).isEqualTo(1);
        assertThat(s.ackOutstanding()).isEqualTo(1);
        assertThat(s.ackOverdue()).isEqualTo(1);
        assertThat(s.ackPercent()).isEqualTo(50.0);
        assertThat(s.inductionInProgress()).isEqualTo(1);
        assertThat(s.inductionOverdueItems()).isEqualTo(1);
        List<Obligation> gaps = new ComplianceCalculator(data, d("2026-06-01")).gaps();
        assertThat(gaps).extracting(o -> o.staff().id()).containsExactly(2L, 5L);
        assertThat(gaps.get(1).status()).isEqualTo(ObligationStatus.ABSENT);
    }

    @Test
    void percentHasOneDecimalAndIsHundredWhenNothingRequired() {
        assertThat(Summary.percent(2, 3)).isEqualTo(66.7);
        assertThat(Summary.percent(0, 0)).isEqualTo(100.0);
    }

    @Test
    void talliesByPolicyAndCategoryAddUpToTheSummary() {
        Policy p1 = policy(1, StaffCategory.ALL_STAFF, 12, null);
        Policy p2 = policy(2, java.util.Set.of(StaffCategory.TEACHER), 12, null);
        StaffMember t = staff(1, StaffCategory.TEACHER, "2020-01-01", null);
        StaffMember s = staff(2, StaffCategory.SUPPORT, "2020-01-01", null);
        SchoolData data = new SchoolData(List.of(t, s), List.of(p1, p2),
                List.of(version(10, 1, "1.0", "2025-09-01", true), version(20, 2, "1.0", "2025-09-01", true)),
                List.of(ack(1, 1, 10, "2025-09-05"), ack(2, 1, 20, "2025-09-05")), List.of(), Map.of(), 14);
        ComplianceCalculator calc = new ComplianceCalculator(data, d("2026-06-01"));
        var byPolicy = calc.tallyByPolicy();
        assertThat(byPolicy.get(p1)).isEqualTo(new Tally(2, 1, 1, 1, 0));
        assertThat(byPolicy.get(p2)).isEqualTo(new Tally(1, 1, 0, 0, 0));
        var byCategory = calc.tallyByCategory();
        assertThat(byCategory.get(StaffCategory.TEACHER)).isEqualTo(new Tally(2, 2, 0, 0, 0));
        assertThat(byCategory.get(StaffCategory.SUPPORT).percent()).isEqualTo(0.0);
        Summary sum = calc.summary();
        assertThat(byPolicy.values().stream().mapToInt(Tally::inScope).sum()).isEqualTo(sum.ackRequired());
        // no documents stored: one warning per policy
        assertThat(calc.dataWarnings()).extracting(DataWarning::kind)
                .containsOnly(DataWarning.Kind.NO_DOCUMENT);
        assertThat(sum.dataWarnings()).isEqualTo(2);
    }

    @Test
    void absentGapsAreCountedApartNeverInTheOutstanding() {
        Policy p = policy(1, StaffCategory.ALL_STAFF, 12, null);
        StaffMember here = staff(1, StaffCategory.TEACHER, "2020-01-01", null);
        StaffMember away = staff(2, StaffCategory.TEACHER, "2020-01-01", null).withAbsence(d("2026-05-01"), null);
        StaffMember back = staff(3, StaffCategory.TEACHER, "2020-01-01", null).withAbsence(d("2026-01-01"), d("2026-03-01"));
        StaffMember awayButSigned = staff(4, StaffCategory.SUPPORT, "2020-01-01", null).withAbsence(d("2026-05-01"), null);
        SchoolData data = new SchoolData(List.of(here, away, back, awayButSigned), List.of(p),
                List.of(version(10, 1, "1.0", "2025-09-01", true)), List.of(ack(1, 4, 10, "2025-09-05")), List.of(),
                Map.of(), 14);
        ComplianceCalculator calc = new ComplianceCalculator(data, d("2026-06-01"));
        Summary s = calc.summary();
        assertThat(s.ackRequired()).isEqualTo(3);
        assertThat(s.ackDone()).isEqualTo(1);
        assertThat(s.ackOutstanding()).as("the absent person is not chased").isEqualTo(2);
        assertThat(s.ackOverdue()).isEqualTo(2);
        assertThat(s.ackAbsent()).as("listed apart").isEqualTo(1);
        // the gaps list has everyone, the absent marked: outstanding + absent
        assertThat(calc.gaps()).hasSize(s.ackOutstanding() + s.ackAbsent());
        assertThat(calc.gaps().stream().filter(o -> o.status() == ObligationStatus.ABSENT).count()).isEqualTo(s.ackAbsent());
        assertThat(calc.tallyByPolicy().get(p).absent()).isEqualTo(s.ackAbsent());
        // before the absence began the same person is outstanding, and nobody is absent
        Summary before = new ComplianceCalculator(data, d("2026-04-30")).summary();
        assertThat(before.ackAbsent()).isZero();
        assertThat(before.ackOutstanding()).isEqualTo(3);
        assertThat(s.ackNotStarted()).isFalse();
    }

    @Test
    void aSchoolWithPoliciesButNoVersionsHasNotStartedAndHasNoReviewDatesYet() {
        Policy yearly = policy(1, StaffCategory.ALL_STAFF, 12, null);
        Policy biennial = policy(2, StaffCategory.ALL_STAFF, 24, null);
        Policy live = policy(3, StaffCategory.ALL_STAFF, null, null);
        Policy draft = policy(4, StaffCategory.ALL_STAFF, 12, null).withStatus(PolicyStatus.DRAFT);
        StaffMember t = staff(1, StaffCategory.TEACHER, "2020-01-01", null);
        SchoolData data = new SchoolData(List.of(t), List.of(yearly, biennial, live, draft), List.of(), List.of(),
                List.of(), Map.of(), 14);
        Summary s = new ComplianceCalculator(data, d("2026-06-01")).summary();
        assertThat(s.policiesActive()).isEqualTo(3);
        assertThat(s.ackRequired()).isZero();
        assertThat(s.ackNotStarted()).as("0 of 0 is not 100 % done").isTrue();
        assertThat(s.reviewsOverdue()).isZero();
        assertThat(s.reviewsDueSoon()).isZero();
        assertThat(s.reviewsNoDate()).as("the two with a review cycle; a live document needs no date").isEqualTo(2);
        // a hand-set date is a date
        SchoolData dated = new SchoolData(List.of(t), List.of(yearly.withNextReviewOverride(d("2026-09-01")), biennial),
                List.of(), List.of(), List.of(), Map.of(), 14);
        assertThat(new ComplianceCalculator(dated, d("2026-06-01")).summary().reviewsNoDate()).isEqualTo(1);
        // a version in effect starts both
        SchoolData started = new SchoolData(List.of(t), List.of(yearly, biennial),
                List.of(version(10, 1, "1.0", "2026-01-05", true), version(20, 2, "1.0", "2026-01-05", true)),
                List.of(), List.of(), Map.of(), 14);
        Summary now = new ComplianceCalculator(started, d("2026-06-01")).summary();
        assertThat(now.ackNotStarted()).isFalse();
        assertThat(now.reviewsNoDate()).isZero();
        // ... but not before it takes effect
        assertThat(new ComplianceCalculator(started, d("2026-01-04")).summary().ackNotStarted()).isTrue();
    }

    @Test
    void everyDataWarningNamesItsKindRecordAndMessage() {
        Policy contradictory = policy(1, StaffCategory.ALL_STAFF, 24, null).withNextReviewOverride(d("2026-09-30"));
        Policy noVersion = policy(2, StaffCategory.ALL_STAFF, 12, null);
        Policy retired = policy(3, StaffCategory.ALL_STAFF, 12, null).withStatus(PolicyStatus.RETIRED);
        StaffMember withEmail = staff(1, StaffCategory.TEACHER, "2020-01-01", null);
        StaffMember noEmail = new StaffMember(2, 1, "No", "Email", "R2", null, StaffCategory.SUPPORT, "Job",
                d("2020-01-01"), null, null, null);
        StaffMember leftNoEmail = new StaffMember(3, 1, "Gone", "Away", "R3", " ", StaffCategory.SUPPORT, "Job",
                d("2020-01-01"), d("2026-01-01"), null, null);
        PolicyVersion stored = new PolicyVersion(10, 1, "1.0", "abc", "p.docx", null, "FGB", d("2023-12-01"), null,
                d("2023-12-01"), null, true);
        Review september = new Review(1, 1, null, null, null, d("2026-09-01"), ReviewOutcome.NO_CHANGE, null);
        SchoolData data = new SchoolData(List.of(withEmail, noEmail, leftNoEmail), List.of(contradictory, noVersion, retired),
                List.of(stored), List.of(), List.of(september), Map.of(), 14);
        List<DataWarning> w = new ComplianceCalculator(data, d("2026-11-24")).dataWarnings();
        assertThat(w).containsExactly(
                new DataWarning(DataWarning.Kind.REVIEW_DATE_ERROR, "Policy 1",
                        "next review due 30/09/2026 is in the same month as the last review 01/09/2026"),
                new DataWarning(DataWarning.Kind.NO_VERSION, "Policy 2", "no approved version recorded"),
                new DataWarning(DataWarning.Kind.NO_EMAIL, "Staff in post", "1 person in post has no email address"));
        assertThat(w).extracting(x -> x.kind().code())
                .containsExactly("review-date-error", "no-version", "no-email");
        assertThat(new ComplianceCalculator(data, d("2026-11-24")).summary().dataWarnings()).isEqualTo(3);
    }
}
