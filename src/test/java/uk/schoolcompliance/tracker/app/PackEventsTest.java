package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.TermEvent;
import uk.schoolcompliance.tracker.domain.report.Term;

/** The term's approvals and reviews, and approvers' names replaced in a pack without names. */
class PackEventsTest {

    @TempDir
    Path dir;

    @Test
    void theTermsEventsAreInTheTermUpToTheAsOfDateInDateOrder() {
        try (TrackerServices s = TestDemo.open(dir)) {
            Term term = Term.containing(TestDemo.AS_OF);
            ComplianceCalculator calc = s.compliance().calculator(TestDemo.AS_OF, Optional.empty());
            List<TermEvent> events = PackEvents.termEvents(calc, term, Map.of());
            assertThat(events).isNotEmpty().allSatisfy(e -> {
                assertThat(term.contains(e.date())).isTrue();
                assertThat(e.date()).isBeforeOrEqualTo(TestDemo.AS_OF);
            });
            assertThat(events).extracting(TermEvent::date).isSorted();
            LocalDate first = events.get(0).date();
            List<TermEvent> earlier = PackEvents.termEvents(s.compliance().calculator(first, Optional.empty()), term,
                    Map.of());
            assertThat(earlier).as("nothing after the as-of date").allMatch(e -> !e.date().isAfter(first))
                    .hasSizeLessThan(events.size() + 1);
            assertThat(PackEvents.termEvents(calc, Term.parse("Autumn 2019"), Map.of())).isEmpty();
        }
    }

    @Test
    void anApproverWhoIsOnTheStaffIsNumberedWithoutNamesAndKeptWithThem() {
        try (TrackerServices s = TestDemo.open(dir)) {
            // the demo's Social Media Policy 1.0 was approved by a person on the staff list, Mark Phillips
            StaffMember head = s.allStaff().stream().filter(m -> m.fullName().equals("Mark Phillips")).findFirst()
                    .orElseThrow();
            ComplianceCalculator calc = s.compliance().calculator(TestDemo.AS_OF, Optional.empty());
            Map<String, String> unnamed = PackEvents.approverRedactions(calc, Map.of(head.id(), "Person 0007"), false);
            assertThat(unnamed).containsEntry("Mark Phillips", "Person 0007");
            assertThat(PackEvents.redact("version 1.0, approved by Mark Phillips", unnamed))
                    .isEqualTo("version 1.0, approved by Person 0007");
            assertThat(PackEvents.approverRedactions(calc, Map.of(head.id(), "Person 0007"), true)).isEmpty();
            assertThat(PackEvents.redact("no one named", unnamed)).isEqualTo("no one named");
        }
    }

    @Test
    void theTermsApprovalsAndReviewsNumberTheApproverAndReviewerWhoArePeopleWithoutNames() {
        try (TrackerServices s = TestDemo.open(dir)) {
            StaffMember head = s.allStaff().stream().filter(m -> m.fullName().equals("Mark Phillips")).findFirst()
                    .orElseThrow();
            ComplianceCalculator calc = s.compliance().calculator(TestDemo.AS_OF, Optional.empty());
            var social = calc.data().policies().stream().filter(p -> p.title().equals("Social Media Policy")).findFirst()
                    .orElseThrow();
            // the demo's Social Media Policy 1.0 (approved by Mark Phillips) read in a term that holds its approval
            Term then = Term.containing(calc.data().versions(social.id()).get(0).approvedOn());
            Map<String, String> unnamed = PackEvents.approverRedactions(calc, Map.of(head.id(), "Person 0007"), false);
            List<TermEvent> events = PackEvents.termEvents(s.compliance().calculator(TestDemo.AS_OF, Optional.empty()),
                    then, unnamed);
            assertThat(events).filteredOn(e -> e.policy().equals("Social Media Policy")).extracting(TermEvent::detail)
                    .singleElement().asString().contains("by Person 0007").doesNotContain("Mark Phillips");
            // reviewers who are on the staff list are numbered too (this term, the Behaviour Policy's, James Carter)
            Term term = Term.containing(TestDemo.AS_OF);
            assertThat(PackEvents.termEvents(calc, term, Map.of())).extracting(TermEvent::detail)
                    .anyMatch(d -> d.contains("by James Carter"));
            List<String> details = PackEvents.termEvents(calc, term, PackEvents.approverRedactions(calc,
                    numbered(s.allStaff()), false)).stream().map(TermEvent::detail).toList();
            assertThat(details).isNotEmpty();
            for (StaffMember m : s.allStaff()) {
                assertThat(details).noneMatch(d -> d.contains("by " + m.fullName()));
            }
        }
    }

    private static Map<Long, String> numbered(List<StaffMember> staff) {
        Map<Long, String> out = new java.util.HashMap<>();
        staff.forEach(m -> out.put(m.id(), "Person " + m.id()));
        return out;
    }
}
