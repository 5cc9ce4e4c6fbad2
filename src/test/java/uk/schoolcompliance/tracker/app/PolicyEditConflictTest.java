package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import uk.schoolcompliance.tracker.Editors;
import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.domain.Editing;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.RecordStamp;
import uk.schoolcompliance.tracker.domain.StaffCategory;

/**
 * Issue #19 for policies: two people editing the same policy. The second save from the same version is refused with
 * "changed by LOGIN at HH:MM since you opened it", both values per field, nothing written and no audit line; on both
 * stores.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class PolicyEditConflictTest {

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    private Editors editors;

    @BeforeEach
    void annaActsFirst() {
        editors = new Editors(store, Editors.ANNA);
    }

    private TrackerServices open() {
        return editors.open(dir);
    }

    private static Policy somePolicy(TrackerServices s) {
        return s.allPolicies().stream().filter(p -> p.isActive() && p.owner() != null && p.reviewMonths() != null)
                .findFirst().orElseThrow();
    }

    private int auditLines(TrackerServices s, long policyId) {
        return s.repositories().audit().recent(10_000, "policy", policyId).size();
    }

    @Test
    void theSecondSaveFromTheSameVersionIsRefusedWithBothValuesAndNothingIsWritten() {
        TrackerServices s = open();
        PolicyService policies = s.policyService();
        Policy policy = somePolicy(s);
        Editing<Policy> annas = policies.openForEdit(policy.id());
        Editing<Policy> bens = policies.openForEdit(policy.id());
        assertThat(annas.record()).isEqualTo(policy);
        assertThat(annas.version()).isEqualTo(bens.version());

        Policy annaSaved = policies.save(withOwner(annas.record(), "Mrs A Head"), annas.version());
        RecordStamp theirs = s.repositories().policies().stamp(policy.id()).orElseThrow();
        assertThat(theirs.version()).isEqualTo(annas.version() + 1);
        int lines = auditLines(s, policy.id());

        editors.actAs(Editors.BEN);
        Policy bensEdit = withOwner(bens.record(), "Mr B Deputy");
        int newMonths = policy.reviewMonths() == 24 ? 36 : 24;
        Policy bensEdit2 = new Policy(bensEdit.id(), bensEdit.schoolId(), bensEdit.title(), bensEdit.referenceCode(),
                bensEdit.area(), bensEdit.statutory(), bensEdit.owner(), bensEdit.approvingBody(), newMonths,
                bensEdit.reackMonths(), bensEdit.graceDays(), bensEdit.nextReviewOverride(), bensEdit.status(),
                bensEdit.audience());
        assertThatThrownBy(() -> policies.save(bensEdit2, bens.version()))
                .isInstanceOf(UserException.class)
                .hasMessage("Policy '" + policy.title() + "' was changed by " + editors.login(Editors.ANNA) + " at "
                        + Editors.hhmm(theirs) + " since you opened it; nothing was saved. Owner (SLT contact): theirs 'Mrs A Head', "
                        + "yours 'Mr B Deputy'; Review frequency: theirs '"
                        + uk.schoolcompliance.tracker.domain.FrequencyWords.describe(policy.reviewMonths()) + "', yours '"
                        + uk.schoolcompliance.tracker.domain.FrequencyWords.describe(newMonths) + "'");

        assertThat(policies.policy(policy.id())).as("nothing overwritten").isEqualTo(annaSaved);
        assertThat(auditLines(s, policy.id())).as("no audit line").isEqualTo(lines);
        assertThat(s.repositories().policies().stamp(policy.id()).orElseThrow()).isEqualTo(theirs);

        // Ben opens the policy again: his save goes through, on top of Anna's change
        Editing<Policy> reopened = policies.openForEdit(policy.id());
        assertThat(reopened.version()).isEqualTo(theirs.version());
        assertThat(reopened.record().owner()).isEqualTo("Mrs A Head");
        policies.save(withOwner(reopened.record(), "Mr B Deputy"), reopened.version());
        RecordStamp now = s.repositories().policies().stamp(policy.id()).orElseThrow();
        assertThat(now.version()).isEqualTo(theirs.version() + 1);
        assertThat(now.changedBy()).isEqualTo(editors.login(Editors.BEN));
        assertThat(policies.policy(policy.id()).owner()).isEqualTo("Mr B Deputy");
        assertThat(auditLines(s, policy.id())).isEqualTo(lines + 1);
    }

    @Test
    void theAudienceAndStatusAreNamedWithTheirLabels() {
        TrackerServices s = open();
        Policy policy = somePolicy(s);
        Editing<Policy> a = s.policyService().openForEdit(policy.id());
        Editing<Policy> b = s.policyService().openForEdit(policy.id());
        s.policyService().retire(policy.id());
        Policy withGovernors = withAudience(b.record(), EnumSet.of(StaffCategory.GOVERNOR));
        assertThatThrownBy(() -> s.policyService().save(withGovernors, b.version()))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("since you opened it; nothing was saved. ")
                .hasMessageContaining("Status: theirs 'Retired', yours 'Active'")
                .hasMessageContaining("Who must read it: theirs '" + String.join(", ", policy.audience().stream().sorted()
                        .map(StaffCategory::label).toList()) + "', yours 'Governor'");
        assertThat(s.policyService().policy(policy.id()).status()).as("their retirement stands")
                .isEqualTo(PolicyStatus.RETIRED);
        assertThat(s.policyService().policy(policy.id()).audience()).isEqualTo(policy.audience());
        assertThat(a.version()).isEqualTo(b.version());
    }

    @Test
    void aStaleSaveThatSaysWhatTheirChangeSaidHasNothingToSaveAndIsNotRefused() {
        TrackerServices s = open();
        Policy policy = somePolicy(s);
        Editing<Policy> a = s.policyService().openForEdit(policy.id());
        Editing<Policy> b = s.policyService().openForEdit(policy.id());
        s.policyService().save(withOwner(a.record(), "Ms Same"), a.version());
        int lines = auditLines(s, policy.id());
        Policy result = s.policyService().save(withOwner(b.record(), "Ms Same"), b.version());
        assertThat(result.owner()).isEqualTo("Ms Same");
        assertThat(s.repositories().policies().stamp(policy.id()).orElseThrow().version()).isEqualTo(a.version() + 1);
        assertThat(auditLines(s, policy.id())).isEqualTo(lines);
    }

    @Test
    void aSaveFromTheCurrentVersionGoesThroughAndAnUnchangedOneMovesNothing() {
        TrackerServices s = open();
        Policy policy = somePolicy(s);
        Editing<Policy> a = s.policyService().openForEdit(policy.id());
        s.policyService().save(a.record(), a.version());
        assertThat(s.repositories().policies().stamp(policy.id()).orElseThrow().version()).isEqualTo(a.version());
        s.policyService().save(withOwner(a.record(), "Mr New"), a.version());
        assertThat(s.repositories().policies().stamp(policy.id()).orElseThrow().version()).isEqualTo(a.version() + 1);
        // the same form saved twice: the second is from a version that has gone
        assertThatThrownBy(() -> s.policyService().save(withOwner(a.record(), "Mr Newer"), a.version()))
                .isInstanceOf(UserException.class)
                .hasMessageEndingWith("Owner (SLT contact): theirs 'Mr New', yours 'Mr Newer'");
    }

    @Test
    void aRefusedTitleIsStillRefusedByNameBeforeAnyVersionCheck() {
        TrackerServices s = open();
        Policy policy = somePolicy(s);
        Policy other = s.allPolicies().stream().filter(p -> p.id() != policy.id()).findFirst().orElseThrow();
        Editing<Policy> a = s.policyService().openForEdit(policy.id());
        Policy renamed = new Policy(policy.id(), policy.schoolId(), other.title(), policy.referenceCode(), policy.area(),
                policy.statutory(), policy.owner(), policy.approvingBody(), policy.reviewMonths(), policy.reackMonths(),
                policy.graceDays(), policy.nextReviewOverride(), policy.status(), policy.audience());
        assertThatThrownBy(() -> s.policyService().save(renamed, a.version()))
                .hasMessage("Title: there is already a policy called '" + other.title() + "'");
        assertThatThrownBy(() -> s.policyService().openForEdit(999_999))
                .isInstanceOf(UserException.class).hasMessage("No policy with id 999999");
    }

    private static Policy withOwner(Policy p, String owner) {
        return new Policy(p.id(), p.schoolId(), p.title(), p.referenceCode(), p.area(), p.statutory(), owner,
                p.approvingBody(), p.reviewMonths(), p.reackMonths(), p.graceDays(), p.nextReviewOverride(), p.status(),
                p.audience());
    }

    private static Policy withAudience(Policy p, Set<StaffCategory> audience) {
        return new Policy(p.id(), p.schoolId(), p.title(), p.referenceCode(), p.area(), p.statutory(), p.owner(),
                p.approvingBody(), p.reviewMonths(), p.reackMonths(), p.graceDays(), p.nextReviewOverride(), p.status(),
                audience);
    }
}
