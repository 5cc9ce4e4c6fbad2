package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.StaffCategory;

class ResourcePolicyCatalogueTest {

    private final StarterCatalogue catalogue = new ResourcePolicyCatalogue();

    private List<String> titles(List<StarterCatalogue.Entry> entries) {
        return entries.stream().map(StarterCatalogue.Entry::title).toList();
    }

    @Test
    void readsEveryEntryWithAnAudienceAndUniqueTitles() {
        List<StarterCatalogue.Entry> all = catalogue.entries();
        assertThat(all).hasSizeGreaterThanOrEqualTo(25);
        assertThat(all).allSatisfy(e -> {
            assertThat(e.audience()).as(e.title()).isNotEmpty();
            assertThat(e.reference()).as(e.title()).isNotBlank();
        });
        assertThat(all.stream().map(e -> e.title().toLowerCase(Locale.ROOT)).distinct().count()).isEqualTo(all.size());
    }

    @Test
    void preselectsWhatIsStatutoryForEachPhase() {
        List<String> primary = titles(catalogue.preselected(SchoolPhase.PRIMARY));
        List<String> secondary = titles(catalogue.preselected(SchoolPhase.SECONDARY));
        List<String> trust = titles(catalogue.preselected(SchoolPhase.TRUST));
        assertThat(primary).contains("Child protection and safeguarding policy", "Behaviour policy",
                "Relationships education policy", "Early years foundation stage (EYFS) policy")
                .doesNotContain("Relationships and sex education (RSE) policy", "Online safety policy", "Scheme of delegation");
        assertThat(secondary).contains("Relationships and sex education (RSE) policy",
                "Careers guidance provider access policy statement").doesNotContain("Relationships education policy");
        assertThat(trust).contains("Scheme of delegation", "Whistleblowing policy").doesNotContain("Behaviour policy");
        assertThat(titles(catalogue.preselected(SchoolPhase.ALL_THROUGH)))
                .contains("Relationships education policy", "Relationships and sex education (RSE) policy");
        assertThat(catalogue.entries().stream().filter(e -> e.statutoryFor().isEmpty())).isNotEmpty();
    }

    @Test
    void anEntryBecomesAnActivePolicyMarkedStatutoryForThePhase() {
        StarterCatalogue.Entry rse = catalogue.entries().stream()
                .filter(e -> e.title().startsWith("Relationships and sex")).findFirst().orElseThrow();
        assertThat(rse.toPolicy(7, SchoolPhase.SECONDARY).statutory()).isTrue();
        assertThat(rse.toPolicy(7, SchoolPhase.PRIMARY).statutory()).isFalse();
        var safeguarding = catalogue.entries().get(0).toPolicy(7, SchoolPhase.PRIMARY);
        assertThat(safeguarding.schoolId()).isEqualTo(7L);
        assertThat(safeguarding.status()).isEqualTo(PolicyStatus.ACTIVE);
        assertThat(safeguarding.audience()).containsExactlyInAnyOrderElementsOf(StaffCategory.EVERYONE);
        assertThat(safeguarding.reviewMonths()).isEqualTo(12);
        assertThat(safeguarding.reackMonths()).isEqualTo(12);
    }

    @Test
    void phasesAreReadStrictly() {
        assertThat(ResourcePolicyCatalogue.phases("schools")).containsExactlyInAnyOrder(SchoolPhase.PRIMARY,
                SchoolPhase.SECONDARY, SchoolPhase.SPECIAL, SchoolPhase.ALL_THROUGH);
        assertThat(ResourcePolicyCatalogue.phases("")).isEmpty();
        assertThatThrownBy(() -> ResourcePolicyCatalogue.phases("infant")).hasMessageContaining("'infant' is not a school phase");
    }

    @Test
    void aMissingResourceIsReportedByName() {
        assertThatThrownBy(() -> new ResourcePolicyCatalogue("nope.csv").entries()).hasMessageContaining("nope.csv");
    }
}
