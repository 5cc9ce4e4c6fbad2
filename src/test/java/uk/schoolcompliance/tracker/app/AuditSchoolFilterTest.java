package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.AuditFilter;
import uk.schoolcompliance.tracker.domain.AuditRecord;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

/** Issue 16: the audit log of one school of a trust (the demo trust on a new file). */
class AuditSchoolFilterTest {

    @TempDir
    Path dir;

    TrackerServices s;
    School a;
    School b;
    School central;
    StaffMember inA;
    StaffMember inB;
    Policy ownOfA;
    Policy trustWide;
    PolicyVersion trustWideVersion;
    Acknowledgement ackOfA;

    @BeforeEach
    void build() {
        s = TestDemo.openTrust(dir);
        List<School> choices = s.schoolService().choices();
        a = choices.get(0);
        b = choices.get(1);
        central = choices.get(choices.size() - 1);
        inA = s.staffService().create(person(a, "Ada"), TestDemo.AS_OF);
        inB = s.staffService().create(person(b, "Bea"), TestDemo.AS_OF);
        ownOfA = s.policyService().save(policy(a.id(), "Forest School Policy"));
        trustWide = s.policyService().save(policy(null, "Trust Estates Policy"));
        trustWideVersion = s.policyService().addVersion(new PolicyService.NewVersion(trustWide.id(), "1.0",
                TestDemo.AS_OF.minusDays(10), true, null, null, null, null, null));
        ackOfA = s.acknowledgementService().recordSession(trustWideVersion.id(), TestDemo.AS_OF, AckMethod.PAPER, null,
                List.of(inA.id())).get(0);
    }

    private static StaffMember person(School school, String given) {
        return new StaffMember(0, school.id(), given, "Auditson", null, null, StaffCategory.TEACHER, null,
                LocalDate.of(2026, 1, 5), null, null, null);
    }

    private static Policy policy(Long school, String title) {
        return new Policy(0, school, title, null, null, false, null, null, 12, null, null, null, PolicyStatus.ACTIVE,
                StaffCategory.ALL_STAFF);
    }

    private List<AuditRecord> log(School school) {
        return s.auditLog().search(AuditFilter.all(1_000_000).forSchool(school));
    }

    private static boolean has(List<AuditRecord> log, String entity, long id) {
        return log.stream().anyMatch(r -> r.entry().entity().equals(entity) && r.entry().entityId() != null
                && r.entry().entityId() == id);
    }

    @Test
    void aSchoolsLogHasItsPeopleAndItsOwnPoliciesButNotTrustWideEdits() {
        List<AuditRecord> ofA = log(a);
        assertThat(has(ofA, "staff", inA.id())).isTrue();
        assertThat(has(ofA, "policy", ownOfA.id())).isTrue();
        assertThat(has(ofA, "acknowledgement", ackOfA.id())).as("its person's sign-off of a trust-wide policy").isTrue();
        assertThat(has(ofA, "staff", inB.id())).isFalse();
        assertThat(has(ofA, "policy", trustWide.id())).isFalse();
        assertThat(has(ofA, "policy_version", trustWideVersion.id())).isFalse();
        assertThat(ofA).allMatch(r -> r.entry().entity().matches("staff|acknowledgement|induction_plan|induction_item"
                + "|policy|policy_version|review|acknowledgement_session|acknowledgement_import|school"));

        List<AuditRecord> ofB = log(b);
        assertThat(has(ofB, "staff", inB.id())).isTrue();
        assertThat(has(ofB, "staff", inA.id())).isFalse();
        assertThat(has(ofB, "policy", ownOfA.id())).isFalse();
        assertThat(has(ofB, "acknowledgement", ackOfA.id())).isFalse();
    }

    @Test
    void theCentralTeamHasTheTrustWidePoliciesAndAllSchoolsHasEverything() {
        List<AuditRecord> ofCentral = log(central);
        assertThat(has(ofCentral, "policy", trustWide.id())).isTrue();
        assertThat(has(ofCentral, "policy_version", trustWideVersion.id())).isTrue();
        assertThat(has(ofCentral, "policy", ownOfA.id())).isFalse();
        assertThat(has(ofCentral, "staff", inA.id())).isFalse();
        assertThat(has(ofCentral, "acknowledgement", ackOfA.id())).as("a school's person's sign-off").isFalse();

        List<AuditRecord> all = log(null);
        assertThat(all).hasSize(s.repositories().audit().count());
        for (String entity : List.of("staff", "policy")) {
            assertThat(has(all, entity, entity.equals("staff") ? inA.id() : ownOfA.id())).isTrue();
        }
        assertThat(has(all, "policy", trustWide.id())).isTrue();
        // the schools' and the central team's logs never share an entry
        List<Long> ids = new java.util.ArrayList<>();
        for (School x : s.schoolService().choices()) {
            log(x).forEach(r -> ids.add(r.entry().id()));
        }
        assertThat(ids).doesNotHaveDuplicates();
    }
}
