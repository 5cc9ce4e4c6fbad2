package uk.schoolcompliance.tracker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.schoolcompliance.tracker.domain.Fixtures.ack;
import static uk.schoolcompliance.tracker.domain.Fixtures.d;
import static uk.schoolcompliance.tracker.domain.Fixtures.policy;
import static uk.schoolcompliance.tracker.domain.Fixtures.staff;
import static uk.schoolcompliance.tracker.domain.Fixtures.version;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ComplianceRulesTest {

    private final Policy safeguarding = policy(1, StaffCategory.EVERYONE, 12, null);
    private final PolicyVersion v1 = version(10, 1, "1.0", "2025-09-01", true);
    private final PolicyVersion v11 = version(11, 1, "1.1", "2026-01-10", false);
    private final PolicyVersion v2 = version(12, 1, "2.0", "2026-09-01", true);
    private final List<PolicyVersion> versions = List.of(v1, v11, v2);
    private final StaffMember teacher = staff(1, StaffCategory.TEACHER, "2020-09-01", null);

    private Optional<Obligation> assess(StaffMember s, Policy p, List<Acknowledgement> acks, String asOf) {
        return ComplianceRules.assess(s, p, versions, acks, d(asOf), 14, null);
    }

    @Test
    void leavingOnTheAsOfDayMeansOutOfScope() {
        StaffMember leaver = staff(2, StaffCategory.TEACHER, "2020-09-01", "2026-10-01");
        assertThat(ComplianceRules.inScope(leaver, safeguarding, d("2026-10-01"))).isFalse();
        assertThat(ComplianceRules.inScope(leaver, safeguarding, d("2026-09-30"))).isTrue();
        assertThat(assess(leaver, safeguarding, List.of(), "2026-10-01")).isEmpty();
    }

    @Test
    void startingOnTheAsOfDayIsInScopeButNotBefore() {
        StaffMember starter = staff(3, StaffCategory.SUPPORT, "2026-11-02", null);
        assertThat(ComplianceRules.inScope(starter, safeguarding, d("2026-11-01"))).isFalse();
        assertThat(ComplianceRules.inScope(starter, safeguarding, d("2026-11-02"))).isTrue();
    }

    @Test
    void requiredVersionIsNewestMaterialEffectiveOnTheDate() {
        assertThat(ComplianceRules.requiredVersion(versions, d("2025-08-31"))).isEmpty();
        assertThat(ComplianceRules.requiredVersion(versions, d("2025-09-01"))).contains(v1);
        // 1.1 is minor: 1.0 is still the one required
        assertThat(ComplianceRules.requiredVersion(versions, d("2026-03-01"))).contains(v1);
        assertThat(ComplianceRules.requiredVersion(versions, d("2026-09-01"))).contains(v2);
    }

    @Test
    void firstVersionCountsAsMaterialEvenWhenNotFlagged() {
        PolicyVersion first = version(20, 1, "0.9", "2025-01-01", false);
        assertThat(ComplianceRules.requiredVersion(List.of(first), d("2025-06-01"))).contains(first);
    }

    @Test
    void acknowledgingTheMinorVersionSatisfiesTheEarlierMaterialOne() {
        Obligation o = assess(teacher, safeguarding, List.of(ack(1, 1, 11, "2026-02-01")), "2026-05-01").orElseThrow();
        assertThat(o.status()).isEqualTo(ObligationStatus.SATISFIED);
        assertThat(o.requiredVersion()).isEqualTo(v1);
    }

    @Test
    void materialVersionMakesOldAcknowledgementsStopCounting() {
        List<Acknowledgement> acks = List.of(ack(1, 1, 10, "2025-09-03"));
        assertThat(assess(teacher, safeguarding, acks, "2026-08-31").orElseThrow().status())
                .isEqualTo(ObligationStatus.SATISFIED);
        Obligation o = assess(teacher, safeguarding, acks, "2026-09-10").orElseThrow();
        assertThat(o.status()).isEqualTo(ObligationStatus.DUE);
        assertThat(o.due()).isEqualTo(d("2026-09-15"));
        assertThat(assess(teacher, safeguarding, acks, "2026-09-16").orElseThrow().status())
                .isEqualTo(ObligationStatus.OVERDUE);
        // due on the due date itself is not yet overdue
        assertThat(assess(teacher, safeguarding, acks, "2026-09-15").orElseThrow().status())
                .isEqualTo(ObligationStatus.DUE);
    }

    @Test
    void starterAfterTheVersionTookEffectIsDueFromTheirStartDate() {
        StaffMember starter = staff(4, StaffCategory.TEACHER, "2026-11-02", null);
        Obligation o = assess(starter, safeguarding, List.of(), "2026-11-10").orElseThrow();
        assertThat(o.due()).isEqualTo(d("2026-11-16"));
        assertThat(o.status()).isEqualTo(ObligationStatus.DUE);
    }

    @Test
    void inductionItemSetsTheStartersDueDate() {
        StaffMember starter = staff(4, StaffCategory.TEACHER, "2026-11-02", null);
        Obligation o = ComplianceRules.assess(starter, safeguarding, versions, List.of(), d("2026-11-06"), 14,
                d("2026-11-05")).orElseThrow();
        assertThat(o.due()).isEqualTo(d("2026-11-05"));
        assertThat(o.status()).isEqualTo(ObligationStatus.OVERDUE);
    }

    @Test
    void periodicReacknowledgementExpires() {
        Policy yearly = policy(1, StaffCategory.EVERYONE, 12, 12);
        List<Acknowledgement> acks = List.of(ack(1, 1, 12, "2026-09-02"));
        assertThat(ComplianceRules.assess(teacher, yearly, versions, acks, d("2027-09-01"), 14, null).orElseThrow()
                .status()).isEqualTo(ObligationStatus.SATISFIED);
        Obligation expired = ComplianceRules.assess(teacher, yearly, versions, acks, d("2027-09-02"), 14, null)
                .orElseThrow();
        assertThat(expired.status()).isEqualTo(ObligationStatus.DUE);
        assertThat(expired.due()).isEqualTo(d("2027-09-16"));
    }

    @Test
    void longTermAbsenceIsListedApartNeverOverdue() {
        StaffMember absent = teacher.withAbsence(d("2026-09-01"), null);
        Obligation o = assess(absent, safeguarding, List.of(), "2026-12-01").orElseThrow();
        assertThat(o.status()).isEqualTo(ObligationStatus.ABSENT);
        StaffMember back = teacher.withAbsence(d("2026-09-01"), d("2026-10-31"));
        assertThat(assess(back, safeguarding, List.of(), "2026-12-01").orElseThrow().status())
                .isEqualTo(ObligationStatus.OVERDUE);
    }

    @Test
    void policyWithNoVersionYetHasNoObligations() {
        assertThat(ComplianceRules.assess(teacher, safeguarding, List.of(), List.of(), d("2026-12-01"), 14, null))
                .isEmpty();
    }

    @Test
    void retiredAndDraftPoliciesAreOutOfFigures() {
        assertThat(assess(teacher, safeguarding.withStatus(PolicyStatus.RETIRED), List.of(), "2026-12-01")).isEmpty();
        assertThat(assess(teacher, safeguarding.withStatus(PolicyStatus.DRAFT), List.of(), "2026-12-01")).isEmpty();
    }

    @Test
    void categoriesOutsideTheAudienceAreNotInScope() {
        Policy teachersOnly = policy(1, java.util.Set.of(StaffCategory.TEACHER), 12, null);
        StaffMember governor = staff(5, StaffCategory.GOVERNOR, "2020-01-01", null);
        assertThat(assess(governor, teachersOnly, List.of(), "2026-12-01")).isEmpty();
        assertThat(StaffCategory.ALL_STAFF).doesNotContain(StaffCategory.GOVERNOR, StaffCategory.VOLUNTEER,
                StaffCategory.CONTRACTOR);
    }

    @Test
    void voidedAndFutureAcknowledgementsDoNotCount() {
        Acknowledgement voided = new Acknowledgement(1, 1, 12, d("2026-09-02"), AckMethod.PAPER, "x", null, true, "wrong person");
        assertThat(assess(teacher, safeguarding, List.of(voided), "2026-10-01").orElseThrow().isGap()).isTrue();
        Acknowledgement later = ack(2, 1, 12, "2026-10-05");
        assertThat(assess(teacher, safeguarding, List.of(later), "2026-10-01").orElseThrow().isGap()).isTrue();
        assertThat(assess(teacher, safeguarding, List.of(later), "2026-10-05").orElseThrow().isGap()).isFalse();
    }

    @Test
    void policyGraceOverridesTheSchoolDefault() {
        Policy quick = new Policy(1, 1L, "Quick", null, null, false, null, null, 12, null, 3, null, PolicyStatus.ACTIVE,
                StaffCategory.EVERYONE);
        Obligation o = ComplianceRules.assess(teacher, quick, versions, List.of(), d("2026-09-02"), 14, null).orElseThrow();
        assertThat(o.due()).isEqualTo(d("2026-09-04"));
    }

    @Test
    void audienceWordsAreReadLeniently() {
        assertThat(StaffCategory.parseAudience("All staff")).isEqualTo(StaffCategory.ALL_STAFF);
        assertThat(StaffCategory.parseAudience("Everyone")).isEqualTo(StaffCategory.EVERYONE);
        assertThat(StaffCategory.parseAudience("Teachers; Teaching assistants"))
                .containsExactlyInAnyOrder(StaffCategory.TEACHER, StaffCategory.TEACHING_ASSISTANT);
        assertThat(StaffCategory.parseLenient("HLTA")).contains(StaffCategory.TEACHING_ASSISTANT);
        assertThat(StaffCategory.parseLenient("Office")).contains(StaffCategory.SUPPORT);
        assertThat(StaffCategory.parseLenient("Agency")).contains(StaffCategory.SUPPLY);
        assertThat(StaffCategory.parseLenient("Astronaut")).isEmpty();
    }
}
