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
}
