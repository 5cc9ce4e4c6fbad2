package uk.schoolcompliance.tracker.app;

import uk.schoolcompliance.tracker.domain.SchoolPhase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.StaffCategory;

/** The one starter catalogue, read from policy-catalogue.csv, as the wizard and the policy library use it. */
class PolicyCatalogueTest {

    private static List<String> titles(List<PolicyCatalogue.Entry> entries) {
        return entries.stream().map(PolicyCatalogue.Entry::title).toList();
    }

    @Test
    void readsEveryEntryWithReferenceAudienceReasonAndUniqueTitles() {
        List<PolicyCatalogue.Entry> all = PolicyCatalogue.entries();
        // the library's 46 policies and the wizard's 32 overlap in 28; relationships education is split by phase
        assertThat(all).hasSize(51);
        assertThat(all).allSatisfy(e -> {
            assertThat(e.audience()).as(e.title()).isNotEmpty();
            assertThat(e.reference()).as(e.title()).matches("[A-Z]{2}-\\d{2}");
            assertThat(e.reason()).as(e.title()).isNotBlank();
            assertThat(e.area()).as(e.title()).isNotBlank();
            assertThat(e.approvingBody()).as(e.title()).isNotBlank();
            assertThat(e.reviewMonths()).as(e.title()).isPositive();
        });
        assertThat(all.stream().map(e -> e.title().toLowerCase(Locale.ROOT)).distinct().count()).isEqualTo(all.size());
        assertThat(all.stream().map(PolicyCatalogue.Entry::reference).distinct().count()).isEqualTo(all.size());
        assertThat(PolicyCatalogue.entries()).isSameAs(all);
    }

    @Test
    void preselectsWhatIsStatutoryForEachPhase() {
        List<String> primary = titles(PolicyCatalogue.preselected(SchoolPhase.PRIMARY));
        List<String> secondary = titles(PolicyCatalogue.preselected(SchoolPhase.SECONDARY));
        List<String> trust = titles(PolicyCatalogue.preselected(SchoolPhase.TRUST));
        assertThat(primary).contains("Child Protection and Safeguarding Policy", "Behaviour Policy",
                "Relationships Education Policy", "Early Years Foundation Stage Policy")
                .doesNotContain("Relationships and Sex Education Policy", "Online Safety Policy", "Scheme of Delegation");
        assertThat(secondary).contains("Relationships and Sex Education Policy",
                "Careers Guidance Provider Access Policy Statement").doesNotContain("Relationships Education Policy");
        assertThat(trust).contains("Scheme of Delegation", "Whistleblowing Policy").doesNotContain("Behaviour Policy");
        assertThat(titles(PolicyCatalogue.preselected(SchoolPhase.ALL_THROUGH)))
                .contains("Relationships Education Policy", "Relationships and Sex Education Policy");
        assertThat(PolicyCatalogue.entries().stream().filter(e -> e.statutoryFor().isEmpty())).isNotEmpty();
    }

    @Test
    void statutoryWithoutAPhaseMeansForAnyPhase() {
        List<PolicyCatalogue.Entry> statutory = PolicyCatalogue.statutory();
        assertThat(statutory).isNotEmpty().hasSizeLessThan(PolicyCatalogue.entries().size())
                .allMatch(e -> !e.statutoryFor().isEmpty());
        for (SchoolPhase phase : SchoolPhase.values()) {
            assertThat(statutory).as(phase.code()).containsAll(PolicyCatalogue.preselected(phase));
        }
        assertThat(titles(statutory)).contains("Scheme of Delegation", "Relationships Education Policy")
                .doesNotContain("Online Safety Policy");
    }

    @Test
    void anEntryBecomesAnActivePolicyMarkedStatutoryForThePhase() {
        PolicyCatalogue.Entry rse = PolicyCatalogue.entries().stream()
                .filter(e -> e.title().startsWith("Relationships and Sex")).findFirst().orElseThrow();
        assertThat(rse.toPolicy(7L, SchoolPhase.SECONDARY).statutory()).isTrue();
        assertThat(rse.toPolicy(7L, SchoolPhase.PRIMARY).statutory()).isFalse();
        assertThat(rse.toPolicy(7L).statutory()).isTrue();
        var safeguarding = PolicyCatalogue.entries().get(0).toPolicy(7L, SchoolPhase.PRIMARY);
        assertThat(safeguarding.title()).isEqualTo("Child Protection and Safeguarding Policy");
        assertThat(safeguarding.referenceCode()).isEqualTo("SG-01");
        assertThat(safeguarding.schoolId()).isEqualTo(7L);
        assertThat(safeguarding.status()).isEqualTo(PolicyStatus.ACTIVE);
        assertThat(safeguarding.audience()).containsExactlyInAnyOrderElementsOf(StaffCategory.EVERYONE);
        assertThat(safeguarding.reviewMonths()).isEqualTo(12);
        assertThat(safeguarding.reackMonths()).isEqualTo(12);
        assertThat(PolicyCatalogue.entries().get(0).toPolicy(7L, true, null).referenceCode()).isNull();
    }

    @Test
    void phasesAreReadStrictly() {
        assertThat(PolicyCatalogue.phases("schools")).containsExactlyInAnyOrder(SchoolPhase.PRIMARY,
                SchoolPhase.SECONDARY, SchoolPhase.SPECIAL, SchoolPhase.ALL_THROUGH);
        assertThat(PolicyCatalogue.phases("schools;trust")).containsExactlyInAnyOrder(SchoolPhase.values());
        assertThat(PolicyCatalogue.phases("")).isEmpty();
        assertThatThrownBy(() -> PolicyCatalogue.phases("infant")).hasMessageContaining("'infant' is not a school phase");
    }

    @Test
    void aMissingResourceIsReportedByName() {
        assertThatThrownBy(() -> PolicyCatalogue.read("nope.csv")).hasMessageContaining("nope.csv");
    }
}
