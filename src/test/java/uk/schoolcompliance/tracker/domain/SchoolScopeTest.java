package uk.schoolcompliance.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolcompliance.tracker.domain.Fixtures.ack;
import static uk.schoolcompliance.tracker.domain.Fixtures.d;
import static uk.schoolcompliance.tracker.domain.Fixtures.version;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The school part of rule 1: a policy with no school is trust-wide and applies to every school's staff and
 * to the central team; a school's own policy applies to that school's staff only.
 */
class SchoolScopeTest {

    static final long CENTRAL = 1; // the trust's own row: its people are the central team
    static final long ASHBY = 2;
    static final long BROOK = 3;
    static final LocalDate AS_OF = d("2026-11-24");

    static StaffMember person(long id, long school, StaffCategory cat) {
        return new StaffMember(id, school, "Given" + id, "Family" + id, "R" + id, null, cat, "Job", d("2020-09-01"),
                null, null, null);
    }

    static Policy policy(long id, Long school, Integer grace) {
        return new Policy(id, school, "Policy " + id, "P" + id, "Safeguarding", true, "Owner", "FGB", 12, null, grace,
                null, PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF);
    }

    private final Policy trustWide = policy(1, null, null);
    private final Policy ashbysOwn = policy(2, ASHBY, null);

    @Test
    void aTrustWidePolicyAppliesToEverySchoolsStaffAndTheCentralTeam() {
        assertThat(ComplianceRules.inScope(person(1, ASHBY, StaffCategory.TEACHER), trustWide, AS_OF)).isTrue();
        assertThat(ComplianceRules.inScope(person(2, BROOK, StaffCategory.TEACHER), trustWide, AS_OF)).isTrue();
        assertThat(ComplianceRules.inScope(person(3, CENTRAL, StaffCategory.SLT), trustWide, AS_OF)).isTrue();
    }

    @Test
    void aSchoolsOwnPolicyAppliesToThatSchoolsStaffOnly() {
        assertThat(ComplianceRules.inScope(person(1, ASHBY, StaffCategory.TEACHER), ashbysOwn, AS_OF)).isTrue();
        assertThat(ComplianceRules.inScope(person(2, BROOK, StaffCategory.TEACHER), ashbysOwn, AS_OF)).isFalse();
        assertThat(ComplianceRules.inScope(person(3, CENTRAL, StaffCategory.SLT), ashbysOwn, AS_OF)).isFalse();
        List<PolicyVersion> versions = List.of(version(20, 2, "1.0", "2025-09-01", true));
        assertThat(ComplianceRules.assess(person(2, BROOK, StaffCategory.TEACHER), ashbysOwn, versions, List.of(), AS_OF,
                14, null)).isEmpty();
    }

    @Test
    void theOtherRulesOfScopeStillApplyToAPersonOfTheRightSchool() {
        StaffMember leaver = person(1, ASHBY, StaffCategory.TEACHER).withLeaveDate(AS_OF);
        StaffMember governor = person(2, ASHBY, StaffCategory.GOVERNOR);
        assertThat(ComplianceRules.inScope(leaver, ashbysOwn, AS_OF)).isFalse();
        assertThat(ComplianceRules.inScope(governor, ashbysOwn, AS_OF)).isFalse();
        assertThat(ComplianceRules.inScope(person(3, ASHBY, StaffCategory.TEACHER), ashbysOwn.withStatus(PolicyStatus.RETIRED),
                AS_OF)).isFalse();
    }

    @Test
    void aPersonWhoMovedSchoolIsChasedForTheNewSchoolsPolicyOnlyAndKeepsTrustWideAcknowledgements() {
        StaffMember moved = person(1, BROOK, StaffCategory.TEACHER); // was at Ashby, now at Brook
        Policy brooksOwn = policy(3, BROOK, null);
        SchoolData data = new SchoolData(List.of(moved), List.of(trustWide, ashbysOwn, brooksOwn),
                List.of(version(10, 1, "1.0", "2025-09-01", true), version(20, 2, "1.0", "2025-09-01", true),
                        version(30, 3, "1.0", "2025-09-01", true)),
                List.of(ack(1, 1, 10, "2025-09-05"), ack(2, 1, 20, "2025-09-05")), List.of(), Map.of(), 14);
        ComplianceCalculator calc = new ComplianceCalculator(data, AS_OF);
        Summary s = calc.summary();
        // trust-wide (done, signed while at Ashby) + Brook's own (outstanding); Ashby's own no longer applies
        assertThat(s.ackRequired()).isEqualTo(2);
        assertThat(s.ackDone()).isEqualTo(1);
        assertThat(calc.gaps()).extracting(o -> o.policy().id()).containsExactly(3L);
        assertThat(calc.obligations(ashbysOwn)).isEmpty();
    }

    @Test
    void theCalculatorCountsEachSchoolsOwnPolicyAgainstItsOwnStaffOnly() {
        StaffMember a = person(1, ASHBY, StaffCategory.TEACHER);
        StaffMember b = person(2, BROOK, StaffCategory.TEACHER);
        StaffMember c = person(3, CENTRAL, StaffCategory.SUPPORT);
        SchoolData data = new SchoolData(List.of(a, b, c), List.of(trustWide, ashbysOwn),
                List.of(version(10, 1, "1.0", "2025-09-01", true), version(20, 2, "1.0", "2025-09-01", true)),
                List.of(), List.of(), Map.of(), 14);
        ComplianceCalculator calc = new ComplianceCalculator(data, AS_OF);
        assertThat(calc.summary().ackRequired()).isEqualTo(4); // 3 trust-wide + 1 Ashby
        assertThat(calc.tallyByPolicy().get(ashbysOwn).inScope()).isEqualTo(1);
        assertThat(calc.obligations(ashbysOwn)).extracting(o -> o.staff().id()).containsExactly(1L);
    }

    @Test
    void aSchoolsGracePeriodOverridesTheTrustsButNotThePolicysOwn() {
        StaffMember a = person(1, ASHBY, StaffCategory.TEACHER);
        StaffMember b = person(2, BROOK, StaffCategory.TEACHER);
        Policy ownGrace = policy(3, null, 5);
        List<School> schools = List.of(new School(ASHBY, "Ashby Primary Academy", "100001", "primary", 30),
                new School(BROOK, "Brook Academy", null, "primary", null));
        SchoolData data = new SchoolData(List.of(a, b), List.of(trustWide, ownGrace),
                List.of(version(10, 1, "1.0", "2026-11-01", true), version(30, 3, "1.0", "2026-11-01", true)),
                List.of(), List.of(), Map.of(), schools, 14);
        assertThat(data.graceDaysFor(a)).isEqualTo(30);
        assertThat(data.graceDaysFor(b)).isEqualTo(14);
        ComplianceCalculator calc = new ComplianceCalculator(data, AS_OF);
        Map<String, LocalDate> due = new java.util.HashMap<>();
        calc.forEachObligation(o -> due.put(o.staff().id() + "/" + o.policy().id(), o.due()));
        assertThat(due).containsEntry("1/1", d("2026-12-01")) // Ashby's 30 days
                .containsEntry("2/1", d("2026-11-15"))        // the trust's 14
                .containsEntry("1/3", d("2026-11-06"))        // the policy's own 5 days win
                .containsEntry("2/3", d("2026-11-06"));
        assertThat(calc.gaps()).filteredOn(o -> o.status() == ObligationStatus.OVERDUE)
                .extracting(o -> o.staff().id() + "/" + o.policy().id()).containsExactlyInAnyOrder("2/1", "1/3", "2/3");
    }
}
