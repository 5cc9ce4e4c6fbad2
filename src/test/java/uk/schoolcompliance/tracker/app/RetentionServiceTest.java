package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.domain.AuditFilter;
import uk.schoolcompliance.tracker.domain.AuditRecord;

/** Leavers' personal details are erased after the retention period, counts kept, audit entries redacted. */
class RetentionServiceTest {

    @TempDir
    Path dir;

    @Test
    void aLeaverIsDueOnlyAfterTheRetentionPeriodAndErasureLeavesNoTrace() {
        TrackerServices s = TestDemo.open(dir);
        StaffMember leaver = s.repositories().staff().findAll().stream().filter(m -> m.leaveDate() == null && m.email() != null)
                .min(java.util.Comparator.comparing(StaffMember::startDate)).orElseThrow();
        assertThat(leaver.startDate()).isBefore(LocalDate.of(2019, 6, 1));
        LocalDate left = LocalDate.of(2019, 8, 31);
        s.repositories().staff().update(leaver.withLeaveDate(left));
        var version = s.repositories().versions().findAll().get(0);
        s.repositories().acknowledgements().insert(new Acknowledgement(0, leaver.id(), version.id(), LocalDate.of(2019, 6, 1),
                AckMethod.PAPER, "Office", "signed by " + leaver.fullName(), false, null), "scan.pdf", new byte[] {1, 2, 3});
        int acksBefore = s.repositories().acknowledgements().findByStaff(leaver.id()).size();
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

        StaffMember erased = s.repositories().staff().findById(leaver.id()).orElseThrow();
        assertThat(erased.givenName()).isEqualTo("Erased");
        assertThat(erased.familyName()).isEqualTo("person #" + leaver.id());
        assertThat(erased.email()).isNull();
        assertThat(erased.staffRef()).isNull();
        assertThat(erased.category()).isEqualTo(leaver.category());
        assertThat(erased.leaveDate()).isEqualTo(left);
        assertThat(s.repositories().acknowledgements().findByStaff(leaver.id())).hasSize(acksBefore)
                .allSatisfy(a -> assertThat(a.note()).isNull());
        // the figures are the same: leavers never counted, counts are kept
        assertThat(s.compliance().summary(TestDemo.AS_OF)).isEqualTo(summaryBefore);
        // nothing in the audit lines about their records names them any more (lines about other records, such
        // as a policy naming them as its owner, are kept as written: see erasingDanColeLeavesDanColeman...)
        List<AuditRecord> aboutThem = s.repositories().auditQueries().aboutStaff(leaver.id());
        assertThat(aboutThem).hasSize(redacted + 1); // and the line recording the erasure
        for (AuditRecord r : aboutThem) {
            String text = r.entry().before() + " " + r.entry().after();
            assertThat(text).doesNotContain(leaver.givenName()).doesNotContain(leaver.familyName())
                    .doesNotContain(leaver.email()).doesNotContain("\"" + leaver.staffRef() + "\"")
                    .doesNotContain(leaver.jobTitle());
            if (!r.entry().action().equals("erase")) {
                assertThat(r.redactedOn()).isEqualTo(TestDemo.AS_OF);
            }
        }
        assertThat(s.repositories().auditQueries().search(new AuditFilter("staff", null, null, null, null, 100)))
                .anySatisfy(r -> assertThat(r.entry().action()).isEqualTo("erase"));
        assertThat(s.backups().list()).anySatisfy(b -> assertThat(b.reason()).isEqualTo("before-erasure"));
        assertThat(IntegrityCheck.run(s.repositories().db().file()).ok()).isTrue();
        // not due any more; erasing again is refused
        assertThat(s.retention().due(TestDemo.AS_OF)).noneMatch(c -> c.staff().id() == leaver.id());
        assertThatThrownBy(() -> s.retention().erase(List.of(leaver.id()), TestDemo.AS_OF))
                .isInstanceOf(UserException.class).hasMessageContaining("not due for erasure");
    }

    @Test
    void someoneStillInPostIsNeverErased() {
        TrackerServices s = TestDemo.open(dir);
        StaffMember inPost = s.repositories().staff().findAll().stream().filter(m -> m.leaveDate() == null).findFirst().orElseThrow();
        assertThatThrownBy(() -> s.retention().erase(List.of(inPost.id()), LocalDate.of(2100, 1, 1)))
                .isInstanceOf(UserException.class);
        assertThat(s.repositories().staff().findById(inPost.id()).orElseThrow()).isEqualTo(inPost);
    }

    @Test
    void redactionReplacesPersonalAndFreeTextFieldsOnlyAndMatchesNoText() {
        assertThat(RetentionService.redact("{\"givenName\":\"Ada\",\"category\":\"teacher\",\"recordedBy\":\"Ada Lovelace\","
                + "\"list\":[\"to Ada Lovelace\"],\"nested\":{\"email\":\"ada@school.uk\",\"staffId\":3}}"))
                .isEqualTo("{\"givenName\":\"[erased]\",\"category\":\"teacher\",\"recordedBy\":\"Ada Lovelace\","
                        + "\"list\":[\"to Ada Lovelace\"],\"nested\":{\"email\":\"[erased]\",\"staffId\":3}}");
        assertThat(RetentionService.redact("{\"note\":\"ask Ada\",\"voidReason\":\"wrong person\",\"reason\":\"left early\","
                + "\"evidenceName\":\"ada.pdf\",\"staffRef\":null,\"voided\":true}"))
                .isEqualTo("{\"note\":\"[erased]\",\"voidReason\":\"[erased]\",\"reason\":\"[erased]\","
                        + "\"evidenceName\":\"[erased]\",\"staffRef\":null,\"voided\":true}");
        assertThat(RetentionService.redact("not json about Ada")).isEqualTo(RetentionService.ERASED);
        assertThat(RetentionService.redact(null)).isNull();
    }

    // --- erasure is only ever as of today -------------------------------------------------------------------

    @Test
    void aFutureDateNeverErasesAndErasureIsStampedWithToday() {
        TrackerServices s = TestDemo.open(dir);
        long school = s.repositories().settings().schoolId().orElseThrow();
        // still employed: leaving next summer
        StaffMember leaving = s.repositories().staff().insert(person(school, "Lee", "Leaving", "LL1", "lee@oakfield.sch.uk",
                LocalDate.of(2010, 9, 1), LocalDate.of(2027, 7, 31)));
        StaffMember gone = s.repositories().staff().insert(person(school, "Gail", "Gone", "GG1", "gail@oakfield.sch.uk",
                LocalDate.of(2010, 9, 1), LocalDate.of(2019, 7, 31)));
        LocalDate future = LocalDate.of(2034, 1, 1);
        // the read-only list may look ahead
        assertThat(s.retention().due(future)).anySatisfy(c -> assertThat(c.staff().id()).isEqualTo(leaving.id()));

        for (LocalDate notToday : List.of(future, TestDemo.AS_OF.plusDays(1), LocalDate.of(2025, 1, 1))) {
            assertThatThrownBy(() -> s.retention().erase(List.of(leaving.id()), notToday))
                    .isInstanceOf(UserException.class)
                    .hasMessage("Erasure is only ever as of today (24/11/2026), not " + uk.schoolcompliance.tracker.domain
                            .Dates.forPeople(notToday));
            assertThatThrownBy(() -> s.retention().erase(List.of(gone.id()), notToday)).isInstanceOf(UserException.class);
        }
        assertThatThrownBy(() -> s.retention().erase(List.of(leaving.id()))).isInstanceOf(UserException.class)
                .hasMessageContaining("is not due for erasure on 24/11/2026");
        assertThat(s.repositories().staff().findById(leaving.id())).contains(leaving);
        assertThat(s.repositories().staff().findById(gone.id())).contains(gone);
        assertThat(s.backups().list()).as("nothing refused takes a backup").isEmpty();

        s.retention().erase(List.of(gone.id()));
        assertThat(s.repositories().erasure().erased()).containsEntry(gone.id(), TestDemo.AS_OF).doesNotContainKey(leaving.id());
        assertThat(s.repositories().auditQueries().aboutStaff(gone.id())).hasSize(2).allSatisfy(r ->
                assertThat(r.redactedOn()).isEqualTo(r.entry().action().equals("erase") ? null : TestDemo.AS_OF));
    }

    // --- erasure by id, never by text ----------------------------------------------------------------------

    private static StaffMember person(long school, String given, String family, String ref, String email, LocalDate start,
                                      LocalDate left) {
        return new StaffMember(0, school, given, family, ref, email, StaffCategory.TEACHER, "Teacher of " + family,
                start, left, null, null);
    }

    /** Every audit line by id, as it is now. */
    private static Map<Long, AuditRecord> auditLines(TrackerServices s) {
        Map<Long, AuditRecord> out = new LinkedHashMap<>();
        for (AuditRecord r : s.repositories().auditQueries().search(AuditFilter.all(1_000_000))) {
            out.put(r.entry().id(), r);
        }
        return out;
    }

    /** Asserts every line that existed before and is not about {@code erased}'s records is exactly as it was. */
    private static void assertOtherLinesUntouched(Map<Long, AuditRecord> before, TrackerServices s, Set<Long> aboutErased) {
        Map<Long, AuditRecord> after = auditLines(s);
        int checked = 0;
        for (AuditRecord was : before.values()) {
            if (aboutErased.contains(was.entry().id())) {
                continue;
            }
            assertThat(after.get(was.entry().id())).as("audit line %s", was.entry().id()).isEqualTo(was);
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static Set<Long> ids(List<AuditRecord> records) {
        Set<Long> out = new HashSet<>();
        records.forEach(r -> out.add(r.entry().id()));
        return out;
    }

    @Test
    void erasingDanColeLeavesDanColemanAndEveryOtherRecordAsItWas() {
        TrackerServices s = TestDemo.open(dir);
        long school = s.repositories().settings().schoolId().orElseThrow();
        StaffMember cole = s.repositories().staff().insert(person(school, "Dan", "Cole", "DC7", "dan.cole@oakfield.sch.uk",
                LocalDate.of(2010, 9, 1), LocalDate.of(2018, 8, 31)));
        // a colleague whose name, reference and e-mail all contain the leaver's
        StaffMember coleman = s.repositories().staff().insert(person(school, "Dan", "Coleman", "DC77", "dan.cole.man@oakfield.sch.uk",
                LocalDate.of(2012, 9, 1), null));
        var version = s.repositories().versions().findAll().get(0);
        s.repositories().acknowledgements().insert(new Acknowledgement(0, cole.id(), version.id(), LocalDate.of(2017, 9, 4),
                AckMethod.PAPER, "Office", "signed by Dan Cole at INSET", false, null), "dan-cole.pdf", new byte[] {1});
        Acknowledgement colemanAck = s.repositories().acknowledgements().insert(new Acknowledgement(0, coleman.id(), version.id(),
                LocalDate.of(2017, 9, 4), AckMethod.PAPER, "Dan Cole", "signed beside Dan Cole (DC7)", false, null));
        long colePlan = s.repositories().induction().createPlan(cole, LocalDate.of(2010, 9, 1)).orElseThrow();
        long colemanPlan = s.repositories().induction().createPlan(coleman, LocalDate.of(2012, 9, 1)).orElseThrow();
        var coleItem = s.repositories().induction().items(cole.id()).get(0);
        s.repositories().induction().tick(coleItem.id(), LocalDate.of(2010, 9, 2), "Dan Coleman");
        s.repositories().induction().untick(coleItem.id(), "Dan Cole asked to redo it");
        var colemanItem = s.repositories().induction().items(coleman.id()).get(0);
        s.repositories().induction().tick(colemanItem.id(), LocalDate.of(2012, 9, 2), "Dan Cole");
        Policy p = s.repositories().policies().findAll().get(0);
        s.repositories().policies().update(new Policy(p.id(), p.schoolId(), p.title(), p.referenceCode(), p.area(), p.statutory(),
                "Dan Cole (DSL)", p.approvingBody(), p.reviewMonths(), p.reackMonths(), p.graceDays(),
                p.nextReviewOverride(), p.status(), p.audience()));
        assertThat(colePlan).isNotEqualTo(colemanPlan);

        Map<Long, AuditRecord> before = auditLines(s);
        Set<Long> aboutCole = ids(s.repositories().auditQueries().aboutStaff(cole.id()));
        // his staff row (create), his acknowledgement, his plan, his item (create is in the plan line, tick, untick)
        assertThat(aboutCole).hasSize(5);
        int redacted = s.retention().erase(List.of(cole.id()));
        assertThat(redacted).isEqualTo(5);

        assertOtherLinesUntouched(before, s, aboutCole);
        for (AuditRecord r : s.repositories().auditQueries().aboutStaff(cole.id())) {
            if (!aboutCole.contains(r.entry().id())) {
                assertThat(r.entry().action()).isEqualTo("erase"); // the line recording the erasure itself
                continue;
            }
            String text = r.entry().before() + " " + r.entry().after();
            assertThat(text).doesNotContain("Cole\"").doesNotContain("Dan Cole ").doesNotContain("DC7")
                    .doesNotContain("dan.cole@").doesNotContain("Teacher of").doesNotContain("dan-cole.pdf")
                    .doesNotContain("redo it");
            assertThat(r.redactedOn()).isEqualTo(TestDemo.AS_OF);
        }
        // the live records of everyone else are as they were: names as written, never matched against his
        assertThat(s.repositories().staff().findById(coleman.id())).contains(coleman);
        assertThat(s.repositories().acknowledgements().findByStaff(coleman.id())).containsExactly(colemanAck);
        assertThat(s.repositories().induction().items(coleman.id()).get(0).doneBy()).isEqualTo("Dan Cole");
        assertThat(s.repositories().policies().findById(p.id()).orElseThrow().owner()).isEqualTo("Dan Cole (DSL)");
        // his own: the person who ticked his item is not him, and stays
        assertThat(s.repositories().induction().items(cole.id())).allSatisfy(i -> assertThat(i.doneBy()).isNotEqualTo("[erased]"));
        assertThat(s.repositories().acknowledgements().findByStaff(cole.id())).singleElement().satisfies(a -> {
            assertThat(a.note()).isNull();
            assertThat(a.recordedBy()).isEqualTo("Office");
        });
        assertThat(IntegrityCheck.run(s.repositories().db().file()).ok()).isTrue();
    }

    @Test
    void aShortReferenceErasesOnlyItsOwnerAndTwoErasuresInOneBatch() {
        TrackerServices s = TestDemo.open(dir);
        long school = s.repositories().settings().schoolId().orElseThrow();
        // "REA" is inside "already", "created", "reason", "area", "Reading"...; "A" and "1" are inside everything
        StaffMember rea = s.repositories().staff().insert(person(school, "Rea", "Short", "REA", null, LocalDate.of(2009, 9, 1),
                LocalDate.of(2016, 7, 31)));
        StaffMember a = s.repositories().staff().insert(person(school, "Al", "A", "1", "a@oakfield.sch.uk", LocalDate.of(2009, 9, 1),
                LocalDate.of(2017, 7, 31)));
        var version = s.repositories().versions().findAll().get(0);
        s.repositories().acknowledgements().insert(new Acknowledgement(0, rea.id(), version.id(), LocalDate.of(2015, 9, 4),
                AckMethod.PAPER, "Office", "already read it", false, null));
        Map<Long, AuditRecord> before = auditLines(s);
        Set<Long> about = ids(s.repositories().auditQueries().aboutStaff(rea.id()));
        about.addAll(ids(s.repositories().auditQueries().aboutStaff(a.id())));
        assertThat(about).hasSize(3);

        assertThat(s.retention().erase(List.of(rea.id(), a.id()))).isEqualTo(3);

        assertOtherLinesUntouched(before, s, about);
        assertThat(s.repositories().erasure().erased()).containsKeys(rea.id(), a.id());
        assertThat(s.repositories().staff().findById(rea.id()).orElseThrow().fullName()).isEqualTo("Erased person #" + rea.id());
        assertThat(s.repositories().staff().findById(a.id()).orElseThrow().staffRef()).isNull();
        for (long id : about) {
            AuditRecord r = auditLines(s).get(id);
            assertThat(r.redactedOn()).isEqualTo(TestDemo.AS_OF);
            assertThat(r.entry().before() + " " + r.entry().after()).doesNotContain("\"REA\"").doesNotContain("Short")
                    .doesNotContain("\"1\"").doesNotContain("a@oakfield").doesNotContain("already read");
        }
    }
}
