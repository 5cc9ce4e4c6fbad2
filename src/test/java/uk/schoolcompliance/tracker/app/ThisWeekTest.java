package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.DataWarning;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

@ParameterizedClass
@EnumSource(StoreKind.class)
class ThisWeekTest {

    @Parameter
    StoreKind store;

    @Test
    void theDemoSchoolsJobsAsOfTheAnchorDateMostUrgentFirst(@TempDir Path dir) {
        TrackerServices services = store.demo(dir);
        List<ThisWeek.Item> items = services.compliance().thisWeek(TestDemo.AS_OF);
        assertThat(items).extracting(ThisWeek.Item::kind, ThisWeek.Item::subject, ThisWeek.Item::count,
                ThisWeek.Item::since).containsExactly(
                // statutory reviews only (the overdue Social Media Policy is not statutory), longest overdue first
                tuple(ThisWeek.Kind.STATUTORY_REVIEW_OVERDUE, "Complaints Procedure", 1, LocalDate.of(2026, 6, 14)),
                tuple(ThisWeek.Kind.STATUTORY_REVIEW_OVERDUE, "Teacher Pay Policy", 1, LocalDate.of(2026, 10, 8)),
                tuple(ThisWeek.Kind.STATUTORY_REVIEW_OVERDUE, "Capability Policy", 1, LocalDate.of(2026, 11, 15)),
                tuple(ThisWeek.Kind.STATUTORY_REVIEW_OVERDUE, "Grievance Procedure", 1, LocalDate.of(2026, 11, 15)),
                tuple(ThisWeek.Kind.STATUTORY_REVIEW_OVERDUE, "Special Educational Needs and Disabilities Policy", 1,
                        LocalDate.of(2026, 11, 19)),
                // one line per safeguarding policy: how many people are overdue, since the oldest due date
                tuple(ThisWeek.Kind.SAFEGUARDING_ACK_OVERDUE, "Intimate Care Policy", 6, LocalDate.of(2025, 3, 31)),
                tuple(ThisWeek.Kind.SAFEGUARDING_ACK_OVERDUE, "Visitors and Volunteers Policy", 2, LocalDate.of(2025, 7, 7)),
                tuple(ThisWeek.Kind.SAFEGUARDING_ACK_OVERDUE, "Online Safety Policy", 4, LocalDate.of(2025, 10, 15)),
                tuple(ThisWeek.Kind.SAFEGUARDING_ACK_OVERDUE, "Low-Level Concerns Policy", 10, LocalDate.of(2025, 12, 22)),
                tuple(ThisWeek.Kind.SAFEGUARDING_ACK_OVERDUE, "Child Protection and Safeguarding Policy", 6,
                        LocalDate.of(2026, 9, 15)),
                tuple(ThisWeek.Kind.SAFEGUARDING_ACK_OVERDUE, "Keeping Children Safe in Education Part 1", 5,
                        LocalDate.of(2026, 9, 15)),
                // one line per new starter: how many items are overdue
                tuple(ThisWeek.Kind.INDUCTION_OVERDUE, "Chloe Allen", 5, LocalDate.of(2026, 10, 19)),
                tuple(ThisWeek.Kind.INDUCTION_OVERDUE, "Megan Robinson", 3, LocalDate.of(2026, 11, 2)),
                tuple(ThisWeek.Kind.INDUCTION_OVERDUE, "Ben Wilson", 4, LocalDate.of(2026, 11, 23)),
                tuple(ThisWeek.Kind.DATA_WARNING, "Social Media Policy", 1, null),
                tuple(ThisWeek.Kind.DATA_WARNING, "Staff in post", 1, null));

        ComplianceCalculator calc = services.compliance().calculator(TestDemo.AS_OF);
        // every item names its record; the figures agree with the dashboard's
        Map<String, Long> ids = new java.util.HashMap<>();
        calc.data().policies().forEach(p -> ids.put(p.title(), p.id()));
        items.stream().filter(i -> i.kind() != ThisWeek.Kind.INDUCTION_OVERDUE && i.warning() == null)
                .forEach(i -> assertThat(i.policyId()).as(i.subject()).isEqualTo(ids.get(i.subject())));
        assertThat(items.stream().filter(i -> i.kind() == ThisWeek.Kind.INDUCTION_OVERDUE).mapToInt(ThisWeek.Item::count)
                .sum()).isEqualTo(calc.summary().inductionOverdueItems());
        items.stream().filter(i -> i.kind() == ThisWeek.Kind.INDUCTION_OVERDUE)
                .forEach(i -> assertThat(i.staffId()).isNotNull());
        assertThat(items.stream().filter(i -> i.kind() == ThisWeek.Kind.DATA_WARNING).map(ThisWeek.Item::warning).toList())
                .isEqualTo(calc.dataWarnings());
        assertThat(items.get(items.size() - 2).policyId()).isEqualTo(ids.get("Social Media Policy"));
        assertThat(items.get(items.size() - 1).policyId()).isNull(); // no email: the staff list, not a policy
    }

    @Test
    void aWarningOpensThePolicyItIsAboutEvenWhenTwoSchoolsShareItsTitle() {
        LocalDate d = LocalDate.of(2026, 6, 1);
        Policy a = policy(1, 1L, "Behaviour Policy");
        Policy b = policy(2, 2L, "Behaviour Policy");
        Policy c = policy(3, 2L, "Charging Policy");
        // school 1's has its document; school 2's has none; the charging policy has no version at all
        PolicyVersion withDoc = new PolicyVersion(10, 1, "1.0", "sha", null, null, "FGB", d.minusYears(1), null,
                d.minusYears(1), null, true);
        PolicyVersion noDoc = new PolicyVersion(11, 2, "1.0", null, null, null, "FGB", d.minusYears(1), null,
                d.minusYears(1), null, true);
        StaffMember noMail = new StaffMember(1, 1, "Ann", "Lee", "R1", null, StaffCategory.TEACHER, "Teacher",
                d.minusYears(2), null, null, null);
        SchoolData data = new SchoolData(List.of(noMail), List.of(a, b, c), List.of(withDoc, noDoc), List.of(),
                List.of(), Map.of(), 14);
        ComplianceCalculator calc = new ComplianceCalculator(data, d);
        assertThat(ThisWeek.of(calc)).filteredOn(i -> i.kind() == ThisWeek.Kind.DATA_WARNING)
                .extracting(i -> i.warning().kind(), ThisWeek.Item::policyId)
                .containsExactly(tuple(DataWarning.Kind.NO_DOCUMENT, 2L), tuple(DataWarning.Kind.NO_VERSION, 3L),
                        tuple(DataWarning.Kind.NO_EMAIL, null));
    }

    @Test
    void nothingToDoIsAnEmptyList() {
        SchoolData data = new SchoolData(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), 14);
        assertThat(ThisWeek.of(new ComplianceCalculator(data, LocalDate.of(2026, 6, 1)))).isEmpty();
    }

    private static Policy policy(long id, Long school, String title) {
        return new Policy(id, school, title, "P" + id, "Behaviour", true, null, null, 12, null, null, null,
                PolicyStatus.ACTIVE, Set.of(StaffCategory.GOVERNOR));
    }
}
