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
}
