package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.AuditFilter;
import uk.schoolcompliance.tracker.domain.AuditRecord;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffMember;

/** The audit log names its records as a school would, and a person's name finds their ticks and sign-offs. */
class AuditServiceTest {

    @TempDir
    Path dir;

    private static StaffMember named(TrackerServices s, String given, String family) {
        return s.repositories().staff().findAll().stream().filter(m -> m.givenName().equals(given) && m.familyName().equals(family))
                .findFirst().orElseThrow();
    }

    private static List<String> names(List<AuditRecord> records) {
        return records.stream().map(AuditText::recordName).toList();
    }

    @Test
    void recordsAreNamedByPersonPolicyVersionAndInductionItem() {
        TrackerServices s = TestDemo.open(dir);
        List<AuditRecord> all = s.auditLog().search(AuditFilter.all(5_000));
        assertThat(all).hasSize(s.repositories().audit().count());
        StaffMember megan = named(s, "Megan", "Robinson");
        Policy capability = s.allPolicies().stream().filter(p -> p.title().equals("Capability Policy")).findFirst()
                .orElseThrow();
        PolicyVersion cap = s.versionsOf(capability.id()).get(0);

        assertThat(names(all)).contains("Megan Robinson", "Capability Policy", "Capability Policy v" + cap.label(),
                "Induction: Megan Robinson — Meet the designated safeguarding lead", "Induction: Megan Robinson",
                "Induction template: Teacher");
        assertThat(names(all)).anyMatch(n -> n.startsWith("Acknowledgement: Megan Robinson — "));
        assertThat(names(all)).anyMatch(n -> n.startsWith("Review: "));
        assertThat(names(all)).as("no record is left as a type and number when its names are known")
                .noneMatch(n -> n.matches("(Staff|Policy|Policy version|Acknowledgement|Induction item|Review) #\\d+"));
    }

    @Test
    void aPersonsNameFindsTheirRecordTheirAcknowledgementsAndTheirInductionTicks() {
        TrackerServices s = TestDemo.open(dir);
        StaffMember megan = named(s, "Megan", "Robinson");
        s.repositories().staff().update(megan.withJobTitle("Head of Year"));

        List<AuditRecord> found = s.auditLog().search(new AuditFilter(null, null, null, null, "megan  robinson", 5_000));
        assertThat(found).extracting(r -> r.entry().entity())
                .contains("staff", "acknowledgement", "induction_plan", "induction_item");
        long acks = s.acknowledgementsOf(megan.id()).size();
        assertThat(found).filteredOn(r -> r.entry().entity().equals("acknowledgement")).hasSize((int) acks);
        assertThat(found).filteredOn(r -> r.entry().entity().equals("induction_item"))
                .allSatisfy(r -> assertThat(r.entry().action()).isEqualTo("tick")).hasSize(5);
        assertThat(names(found)).allMatch(n -> n.contains("Megan Robinson"));

        AuditRecord edit = found.get(0);
        assertThat(AuditText.recordName(edit)).isEqualTo("Megan Robinson");
        assertThat(AuditText.changeLine(edit.entry().before(), edit.entry().after()))
                .isEqualTo("Job title: " + megan.jobTitle() + " → Head of Year");

        // a policy's version by its name and label; narrowed by record type, only that type
        assertThat(s.auditLog().search(new AuditFilter("policy_version", null, null, null, "Capability Policy v", 50)))
                .isNotEmpty().allSatisfy(r -> assertThat(AuditText.recordName(r)).startsWith("Capability Policy v"));
        // a LIKE wildcard typed is a character, not "anything"
        assertThat(s.auditLog().search(new AuditFilter(null, null, null, null, "Megan%Robinson", 50))).isEmpty();
    }

    @Test
    void aPersonErasedSinceReadsAsRetentionLeftThem() {
        TrackerServices s = TestDemo.open(dir);
        StaffMember earlier = s.repositories().staff().findAll().stream().filter(m -> m.leaveDate() == null
                && m.startDate().isBefore(LocalDate.of(2019, 1, 1))).findFirst().orElseThrow();
        s.repositories().staff().update(earlier.withLeaveDate(LocalDate.of(2019, 8, 31)));
        s.retention().erase(List.of(earlier.id()), TestDemo.AS_OF);

        List<AuditRecord> about = s.auditLog().search(AuditFilter.all(5_000)).stream()
                .filter(r -> r.entry().entityId() != null && r.entry().entity().equals("staff")
                        && r.entry().entityId() == earlier.id()).toList();
        assertThat(about).isNotEmpty().allSatisfy(r -> assertThat(AuditText.recordName(r))
                .isEqualTo("Erased person #" + earlier.id()));
        assertThat(s.auditLog().search(new AuditFilter(null, null, null, null, earlier.fullName(), 5_000)))
                .as("their name finds nothing of theirs any more").noneMatch(r -> r.entry().entity().equals("staff")
                        && r.entry().entityId() == earlier.id());
    }

    @Test
    void readableBeforeAndAfter() {
        assertThat(AuditText.changeLine("{\"jobTitle\":\"Teacher\",\"leaveDate\":null,\"category\":\"TEACHER\"}",
                "{\"jobTitle\":\"Head of Year\",\"leaveDate\":\"2027-07-31\",\"category\":\"TEACHING_ASSISTANT\"}"))
                .isEqualTo("Job title: Teacher → Head of Year; Leave date: (none) → 31/07/2027; "
                        + "Category: Teacher → Teaching assistant");
        // a void writes only what it changed: the rest of the record is not "removed"
        assertThat(AuditText.changeLine("{\"date\":\"2025-09-20\",\"voided\":false,\"voidReason\":null}",
                "{\"voided\":true,\"reason\":\"signed the wrong sheet\"}"))
                .isEqualTo("Voided: no → yes; Reason: (none) → signed the wrong sheet");
        assertThat(AuditText.changeLine(null, "{\"givenName\":\"Ada\",\"status\":\"ACTIVE\"}"))
                .isEqualTo("Given name: Ada; Status: Active");
    }
}
