package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.StaffCategory;

/** Issue 16: a policy added in the window applies to the whole trust or to one school, and an edit keeps its owner. */
class PolicyAppliesToTest {

    @TempDir
    Path dir;

    private TrackerServices trust() {
        TrackerServices s = TestDemo.openTrust(dir);
        return s;
    }

    private static Policy policy(Long school, String title) {
        return new Policy(0, school, title, null, null, false, null, null, 12, null, null, null, PolicyStatus.ACTIVE,
                StaffCategory.ALL_STAFF);
    }

    @Test
    void aNewPolicyIsOneSchoolsOwnOrTrustWide() {
        TrackerServices s = trust();
        School school = s.schoolService().choices().get(1);
        School trustRow = s.schoolService().schools().stream().filter(School::isTrust).findFirst().orElseThrow();
        int audit = s.repositories().audit().count();
        Policy own = s.policyService().save(policy(school.id(), "Forest School Policy"));
        assertThat(s.policyService().policy(own.id()).schoolId()).isEqualTo(school.id());
        Policy wide = s.policyService().save(policy(null, "Trust Whistleblowing Policy"));
        assertThat(s.policyService().policy(wide.id()).schoolId()).as("none named on a trust: trust-wide").isNull();
        Policy viaRow = s.policyService().save(policy(trustRow.id(), "Trust Estates Policy"));
        assertThat(s.policyService().policy(viaRow.id()).schoolId()).as("the trust's own row: trust-wide").isNull();
        assertThat(s.repositories().audit().count()).isEqualTo(audit + 3);
    }

    @Test
    void anUnknownSchoolAndAChangeOfOwnerByAnEditAreRefusedAndNothingChanges() {
        TrackerServices s = trust();
        School school = s.schoolService().choices().get(0);
        School other = s.schoolService().choices().get(1);
        int policies = s.repositories().policies().findAll().size();
        assertThatThrownBy(() -> s.policyService().save(policy(987654L, "Ghost Policy")))
                .isInstanceOf(UserException.class).hasMessage("Applies to: no school 987654 in this file");
        assertThat(s.repositories().policies().findAll()).hasSize(policies);

        Policy own = s.policyService().save(policy(school.id(), "Forest School Policy"));
        int audit = s.repositories().audit().count();
        Policy moved = new Policy(own.id(), other.id(), own.title(), own.referenceCode(), own.area(), own.statutory(),
                own.owner(), own.approvingBody(), own.reviewMonths(), own.reackMonths(), own.graceDays(),
                own.nextReviewOverride(), own.status(), own.audience());
        assertThatThrownBy(() -> s.policyService().save(moved)).isInstanceOf(UserException.class)
                .hasMessage("Applies to: 'Forest School Policy' is " + school.name() + "'s own policy, not "
                        + other.name() + "'s own");
        Policy widened = new Policy(own.id(), null, own.title(), own.referenceCode(), own.area(), own.statutory(),
                own.owner(), own.approvingBody(), own.reviewMonths(), own.reackMonths(), own.graceDays(),
                own.nextReviewOverride(), own.status(), own.audience());
        assertThatThrownBy(() -> s.policyService().save(widened)).isInstanceOf(UserException.class)
                .hasMessage("Applies to: 'Forest School Policy' is " + school.name() + "'s own policy, not trust-wide");
        assertThat(s.policyService().policy(own.id()).schoolId()).isEqualTo(school.id());
        assertThat(s.repositories().audit().count()).isEqualTo(audit);
        // an edit that keeps the owner is saved
        Policy renamed = new Policy(own.id(), own.schoolId(), "Forest School and Outdoor Learning Policy", null, null,
                false, null, null, 12, null, null, null, PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF);
        assertThat(s.policyService().save(renamed).schoolId()).isEqualTo(school.id());
    }
}
