package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.store.AuditFilter;
import uk.schoolcompliance.tracker.store.AuditRecord;

/** Leavers' personal details are erased after the retention period, counts kept, audit entries redacted. */
class RetentionServiceTest {

    @TempDir
    Path dir;

    @Test
    void aLeaverIsDueOnlyAfterTheRetentionPeriodAndErasureLeavesNoTrace() {
        TrackerServices s = TestDemo.open(dir);
        StaffMember leaver = s.staff().findAll().stream().filter(m -> m.leaveDate() == null && m.email() != null)
                .min(java.util.Comparator.comparing(StaffMember::startDate)).orElseThrow();
        assertThat(leaver.startDate()).isBefore(LocalDate.of(2019, 6, 1));
        LocalDate left = LocalDate.of(2019, 8, 31);
        s.staff().update(leaver.withLeaveDate(left));
        var version = s.versions().findAll().get(0);
        s.acknowledgements().insert(new Acknowledgement(0, leaver.id(), version.id(), LocalDate.of(2019, 6, 1),
                AckMethod.PAPER, "Office", "signed by " + leaver.fullName(), false, null), "scan.pdf", new byte[] {1, 2, 3});
        int acksBefore = s.acknowledgements().findByStaff(leaver.id()).size();
        Summary summaryBefore = s.compliance().summary(TestDemo.AS_OF);

        assertThat(s.retention().retentionYears()).isEqualTo(6);
        assertThat(s.retention().due(LocalDate.of(2025, 8, 30))).noneMatch(c -> c.staff().id() == leaver.id());
        List<RetentionService.Candidate> due = s.retention().due(LocalDate.of(2025, 8, 31));
        assertThat(due).anySatisfy(c -> {
            assertThat(c.staff().id()).isEqualTo(leaver.id());
            assertThat(c.dueOn()).isEqualTo(LocalDate.of(2025, 8, 31));
            assertThat(c.acknowledgements()).isEqualTo(acksBefore);
        });

        int redacted = s.retention().erase(List.of(leaver.id()), TestDemo.AS_OF);
        assertThat(redacted).isGreaterThanOrEqualTo(3); // create, update, acknowledgement at least

        StaffMember erased = s.staff().findById(leaver.id()).orElseThrow();
        assertThat(erased.givenName()).isEqualTo("Erased");
        assertThat(erased.familyName()).isEqualTo("person #" + leaver.id());
        assertThat(erased.email()).isNull();
        assertThat(erased.staffRef()).isNull();
        assertThat(erased.category()).isEqualTo(leaver.category());
        assertThat(erased.leaveDate()).isEqualTo(left);
        assertThat(s.acknowledgements().findByStaff(leaver.id())).hasSize(acksBefore)
                .allSatisfy(a -> assertThat(a.note()).isNull());
        // the figures are the same: leavers never counted, counts are kept
        assertThat(s.compliance().summary(TestDemo.AS_OF)).isEqualTo(summaryBefore);
        // nothing in the whole audit log names them any more
        for (AuditRecord r : s.auditQueries().search(AuditFilter.all(100_000))) {
            String text = r.entry().before() + " " + r.entry().after() + " " + r.entry().operator();
            assertThat(text).doesNotContain(leaver.fullName()).doesNotContain(leaver.email());
            if (leaver.staffRef() != null && leaver.staffRef().length() >= 3) {
                assertThat(text).doesNotContain("\"" + leaver.staffRef() + "\"");
            }
        }
        assertThat(s.auditQueries().search(new AuditFilter("staff", null, null, null, null, 100)))
                .anySatisfy(r -> assertThat(r.entry().action()).isEqualTo("erase"));
        assertThat(s.backups().list()).anySatisfy(b -> assertThat(b.reason()).isEqualTo("before-erasure"));
        assertThat(IntegrityCheck.run(s.db().file()).ok()).isTrue();
        // not due any more; erasing again is refused
        assertThat(s.retention().due(TestDemo.AS_OF)).noneMatch(c -> c.staff().id() == leaver.id());
        assertThatThrownBy(() -> s.retention().erase(List.of(leaver.id()), TestDemo.AS_OF))
                .isInstanceOf(UserException.class).hasMessageContaining("not due for erasure");
    }

    @Test
    void someoneStillInPostIsNeverErased() {
        TrackerServices s = TestDemo.open(dir);
        StaffMember inPost = s.staff().findAll().stream().filter(m -> m.leaveDate() == null).findFirst().orElseThrow();
        assertThatThrownBy(() -> s.retention().erase(List.of(inPost.id()), LocalDate.of(2100, 1, 1)))
                .isInstanceOf(UserException.class);
        assertThat(s.staff().findById(inPost.id()).orElseThrow()).isEqualTo(inPost);
    }

    @Test
    void redactionReplacesPersonalFieldsAndMentions() {
        List<String> needles = List.of("Ada Lovelace", "ada@school.uk");
        assertThat(RetentionService.redact("{\"givenName\":\"Ada\",\"category\":\"teacher\",\"list\":[\"to Ada Lovelace\"]}",
                needles, true)).isEqualTo("{\"givenName\":\"[erased]\",\"category\":\"teacher\",\"list\":[\"[erased]\"]}");
        assertThat(RetentionService.redact("{\"givenName\":\"Bob\",\"note\":\"ask ADA@school.uk\"}", needles, false))
                .isEqualTo("{\"givenName\":\"Bob\",\"note\":\"[erased]\"}");
        assertThat(RetentionService.redact(null, needles, true)).isNull();
    }
}
