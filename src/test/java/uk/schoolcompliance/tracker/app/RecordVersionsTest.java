package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionItemKind;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.RecordStamp;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.store.RecordVersions;
import uk.schoolcompliance.tracker.store.StoreException;

/**
 * Issue #19, V85: every editable table's change moves its record's version by one and names who and when (the server
 * login on PostgreSQL, the operator on a file), whichever path made it; a stale version is refused by the store and
 * nothing is written. On both stores.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class RecordVersionsTest {

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    private void movesByOne(TrackerServices s, RecordVersions.Table table, long id, Runnable change) {
        RecordVersions versions = new RecordVersions(s.repositories().db(), s.repositories().audit());
        RecordStamp before = versions.stamp(table, id).orElseThrow();
        change.run();
        RecordStamp after = versions.stamp(table, id).orElseThrow();
        assertThat(after.version()).as(table + " " + id).isEqualTo(before.version() + 1);
        assertThat(after.changedBy()).isEqualTo(store == StoreKind.POSTGRESQL ? "postgres" : TestDemo.ACTOR.operator());
        assertThat(after.changedAt()).isNotNull();
    }

    @Test
    void everyEditableRecordsChangeMovesItsVersionAndNamesWho() {
        TrackerServices s = store.demo(dir);
        var r = s.repositories();
        StaffMember person = s.allStaff().get(0);
        movesByOne(s, RecordVersions.Table.STAFF, person.id(), () -> s.staffService().markLeaver(person.id(), TestDemo.AS_OF));

        Policy policy = s.allPolicies().get(0);
        movesByOne(s, RecordVersions.Table.POLICY, policy.id(), () -> r.policies().update(policy.withStatus(
                policy.status() == PolicyStatus.RETIRED ? PolicyStatus.ACTIVE : PolicyStatus.RETIRED)));

        PolicyVersion awaiting = s.policyService().addVersion(new PolicyService.NewVersion(policy.id(), "9.9",
                TestDemo.AS_OF, false, null, null, null, "a correction awaiting approval", null));
        movesByOne(s, RecordVersions.Table.POLICY_VERSION, awaiting.id(),
                () -> r.versions().approve(awaiting.id(), "Full governing body", TestDemo.AS_OF, "FGB 1"));

        Review review = r.reviews().findAll().get(0);
        movesByOne(s, RecordVersions.Table.REVIEW, review.id(), () -> r.reviews().update(review));

        School school = r.schools().findAll().get(0);
        movesByOne(s, RecordVersions.Table.SCHOOL, school.id(), () -> r.schools().update(new School(school.id(),
                school.name() + " (renamed)", school.urn(), school.phase(), school.graceDays())));

        StaffMember starter = s.staffService().create(new StaffMember(0, 0, "Nina", "Starter", null, null,
                StaffCategory.TEACHER, null, TestDemo.AS_OF.minusDays(10), null, null, null, null), TestDemo.AS_OF);
        InductionItem task = r.induction().items(starter.id()).stream().filter(i -> i.kind() == InductionItemKind.TASK)
                .findFirst().orElseThrow();
        movesByOne(s, RecordVersions.Table.INDUCTION_PLAN, task.planId(),
                () -> movesByOne(s, RecordVersions.Table.INDUCTION_ITEM, task.id(),
                        () -> s.inductionService().tick(task.id(), TestDemo.AS_OF, "Office")));
    }

    @Test
    void theStoreRefusesAStaleVersionAndWritesNothing() {
        TrackerServices s = store.demo(dir);
        var r = s.repositories();
        StaffMember person = s.allStaff().get(0);
        long opened = r.staff().stamp(person.id()).orElseThrow().version();
        StaffMember renamed = new StaffMember(person.id(), person.schoolId(), "Renamed", person.familyName(),
                person.staffRef(), person.email(), person.category(), person.jobTitle(), person.startDate(),
                person.leaveDate(), person.absenceFrom(), person.absenceTo(), person.dateOfBirth());
        r.staff().update(renamed, opened);
        LongSupplier audits = () -> r.audit().recent(10_000, "staff", person.id()).size();
        long lines = audits.getAsLong();
        StaffMember again = new StaffMember(person.id(), person.schoolId(), "Again", person.familyName(),
                person.staffRef(), person.email(), person.category(), person.jobTitle(), person.startDate(),
                person.leaveDate(), person.absenceFrom(), person.absenceTo(), person.dateOfBirth());
        assertThatThrownBy(() -> r.staff().update(again, opened)).isInstanceOf(RecordVersions.Stale.class)
                .hasMessageContaining("since you opened it").hasMessageContaining("nothing was saved");
        assertThat(r.staff().findById(person.id()).orElseThrow().givenName()).isEqualTo("Renamed");
        assertThat(audits.getAsLong()).isEqualTo(lines);
        assertThat(r.staff().stamp(person.id()).orElseThrow().version()).isEqualTo(opened + 1);
        assertThatThrownBy(() -> s.staffService().openForEdit(999_999)).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> r.staff().update(again.withId(999_999), 1L)).isInstanceOf(StoreException.class);
    }
}
