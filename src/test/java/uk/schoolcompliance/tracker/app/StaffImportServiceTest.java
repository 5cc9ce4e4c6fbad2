package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.StaffImportService.Kind;
import uk.schoolcompliance.tracker.app.StaffImportService.Preview;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.StaffFiles;

@ParameterizedClass
@EnumSource(StoreKind.class)
class StaffImportServiceTest {

    @Parameter
    StoreKind store;

    static final LocalDate TODAY = TestDemo.AS_OF; // 2026-11-24

    @TempDir
    Path dir;

    TrackerServices empty() {
        return store.empty(dir);
    }

    /** The preview hands ui and cli app records: rows, problems, columns read and ignored (no io types). */
    @Test
    void thePreviewNamesEachColumnItReadAndTheOnesItIgnoredAsAppRecords() {
        TrackerServices s = empty();
        Preview p = s.staffImport().preview("sims-export.csv", StaffFiles.bytes("sims-export.csv"));
        assertThat(p.file().source()).isEqualTo("sims-export.csv");
        assertThat(p.file().columns()).contains(
                new StaffImportService.ColumnMapping("Given name", "Forename"),
                new StaffImportService.ColumnMapping("Family name", "Legal surname"),
                new StaffImportService.ColumnMapping("Staff reference", "Staff code"),
                new StaffImportService.ColumnMapping("Start date", "Employment start"));
        assertThat(p.file().ignoredColumns()).containsExactly("Title", "Gender", "Contract type");
        assertThat(p.file().rows()).hasSize(9);
        StaffImportService.PreviewRow first = p.file().rows().get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.staffRef()).isEqualTo("P20001");
        assertThat(first.startDate()).isEqualTo(LocalDate.of(2019, 9, 1));

        Preview bad = s.staffImport().preview("bad.csv", ("Forename,Surname,Staff type,Start date\n"
                + "Ann,Lee,Teacher,31/02/2025\n").getBytes(StandardCharsets.UTF_8));
        assertThat(bad.problems()).hasSize(1);
        assertThat(bad.problems().get(0).line()).isEqualTo(2);
        assertThat(bad.problems().get(0).field()).isEqualTo("Start date");
        assertThat(bad.problems().get(0).toString()).startsWith("line 2: Start date: ");
    }

    @Test
    void aRealisticSimsExportGivesTheRightStaffAndReimportingChangesNothing() {
        TrackerServices s = empty();
        Preview p = s.staffImport().preview("sims-export.csv", StaffFiles.bytes("sims-export.csv"));
        assertThat(p.problems()).isEmpty();
        assertThat(p.counts()).isEqualTo("created 9, updated 0, unchanged 0");
        assertThat(s.repositories().staff().count()).as("a preview writes nothing").isZero();
        int auditBefore = s.repositories().audit().count();

        StaffImportService.Outcome o = s.staffImport().apply(p, TODAY);
        assertThat(o.counts()).isEqualTo("created 9, updated 0, unchanged 0");
        List<StaffMember> all = s.repositories().staff().findAll();
        assertThat(all).hasSize(9);
        StaffMember daniel = s.repositories().staff().findByRef("P20002").orElseThrow();
        assertThat(daniel.familyName()).isEqualTo("O'Neill");
        assertThat(daniel.jobTitle()).isEqualTo("Deputy headteacher, DSL");
        assertThat(daniel.category()).isEqualTo(StaffCategory.SLT);
        assertThat(daniel.startDate()).isEqualTo(LocalDate.of(2015, 9, 1));
        StaffMember amira = s.repositories().staff().findByRef("P20009").orElseThrow();
        assertThat(amira.leaveDate()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(s.repositories().staff().findByEmail("m.dunne@governors.example.org").orElseThrow().category())
                .isEqualTo(StaffCategory.GOVERNOR);
        // new starters (start in the future or the last 60 days) got an induction plan, no one else
        assertThat(o.plansCreated()).isEqualTo(2); // Sian (02/11) and Kwame (16/11); Peter (07/09) started 78 days ago
        assertThat(s.repositories().induction().planId(s.repositories().staff().findByRef("P20005").orElseThrow().id())).isPresent();
        assertThat(s.repositories().induction().planId(s.repositories().staff().findByRef("P20001").orElseThrow().id())).isEmpty();
        assertThat(s.repositories().audit().count()).isGreaterThan(auditBefore + 9);
        assertThat(s.repositories().audit().recent(50, "staff_import", null)).hasSize(1);

        Preview again = s.staffImport().preview("sims-export.csv", StaffFiles.bytes("sims-export.csv"));
        assertThat(again.counts()).isEqualTo("created 0, updated 0, unchanged 9");
        int auditNow = s.repositories().audit().count();
        assertThat(s.staffImport().apply(again, TODAY).counts()).isEqualTo("created 0, updated 0, unchanged 9");
        assertThat(s.repositories().staff().findAll()).isEqualTo(all);
        assertThat(s.repositories().audit().count()).as("only the import's own line").isEqualTo(auditNow + 1);
    }

    @Test
    void changesAreShownFieldByFieldAndMatchedByRefThenEmail() {
        TrackerServices s = empty();
        s.staffImport().apply(s.staffImport().preview("sims-export.csv", StaffFiles.bytes("sims-export.csv")), TODAY);
        String edited = "Staff ID,First name,Surname,Email,Category,Job title,Start date\n"
                + "P20001,Helen,Ashworth-Price,h.ashworth@brookfield.sch.uk,Teacher,\"Class teacher, Year 4\",01/09/2019\n"
                + ",Margaret,Dunne,M.DUNNE@governors.example.org,Governor,Vice chair,01/09/2020\n"
                + "P20010,Nadia,Qureshi,n.qureshi@brookfield.sch.uk,Teacher,Class teacher,05/01/2027\n";
        Preview p = s.staffImport().preview("edited.csv", edited.getBytes(StandardCharsets.UTF_8));
        assertThat(p.problems()).isEmpty();
        assertThat(p.counts()).isEqualTo("created 1, updated 2, unchanged 0");
        StaffImportService.Entry helen = p.entries().get(0);
        assertThat(helen.kind()).isEqualTo(Kind.CHANGED);
        assertThat(helen.changes()).extracting(StaffImportService.Change::toString).containsExactly(
                "Change[field=Family name, before=Ashworth, after=Ashworth-Price]",
                "Change[field=Job title, before=Class teacher, Year 3, after=Class teacher, Year 4]");
        assertThat(p.entries().get(1).changes()).extracting(StaffImportService.Change::field).containsExactly("Email", "Job title");
        s.staffImport().apply(p, TODAY);
        assertThat(s.repositories().staff().findByRef("P20001").orElseThrow().familyName()).isEqualTo("Ashworth-Price");
        // a file without leave dates does not bring a leaver back
        assertThat(s.repositories().staff().findByRef("P20009").orElseThrow().leaveDate()).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    void oneBadRowWritesNothingAndNamesTheLine() {
        TrackerServices s = store.demo(dir);
        int before = s.repositories().staff().count();
        int audit = s.repositories().audit().count();
        Preview p = s.staffImport().preview("one-bad-row.csv", StaffFiles.bytes("one-bad-row.csv"));
        assertThat(p.ok()).isFalse();
        assertThat(p.problems()).extracting(Object::toString)
                .containsExactly("line 5: Start date: '31/02/2025' is not a date (use dd/mm/yyyy)");
        assertThatThrownBy(() -> s.staffImport().apply(p, TODAY)).isInstanceOf(UserException.class)
                .hasMessageContaining("line 5").hasMessageContaining("nothing was imported");
        assertThat(s.repositories().staff().count()).isEqualTo(before);
        assertThat(s.repositories().audit().count()).isEqualTo(audit);
    }

    @Test
    void anEmailBelongingToSomeoneElseIsRejected() {
        TrackerServices s = store.demo(dir);
        String csv = "Staff ID,First name,Surname,Email,Category,Start date\n"
                + "X1,New,Person,s.whitfield@oakfield.sch.uk,Teacher,01/12/2026\n";
        Preview p = s.staffImport().preview("x.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(p.problems()).extracting(Object::toString).singleElement().asString()
                .startsWith("line 2: Email: 's.whitfield@oakfield.sch.uk' belongs to Sarah Whitfield");
    }

    @Test
    void aFailureHalfwayRollsTheWholeImportBack() {
        TrackerServices s = empty();
        Preview p = s.staffImport().preview("sims-export.csv", StaffFiles.bytes("sims-export.csv"));
        // someone else adds a staff member with the email of the 6th row between preview and import
        s.staffService().create(new StaffMember(0, 0, "Other", "Person", null, "k.mensah@brookfield.sch.uk",
                StaffCategory.SUPPORT, null, LocalDate.of(2010, 1, 1), null, null, null), TODAY);
        assertThatThrownBy(() -> s.staffImport().apply(p, TODAY)).isInstanceOf(RuntimeException.class);
        assertThat(s.repositories().staff().count()).isEqualTo(1);
    }

    // ---- re-importing the school's own MIS list: matching, "not in this file", marking left

    private static Preview preview(TrackerServices s, String name, String text) {
        return s.staffImport().preview(name, StaffFiles.utf8(text));
    }

    private static StaffMember byName(TrackerServices s, String given, String family) {
        List<StaffMember> found = s.repositories().staff().findAll().stream()
                .filter(m -> m.givenName().equals(given) && m.familyName().equals(family)).toList();
        assertThat(found).as(given + " " + family).hasSize(1);
        return found.get(0);
    }

    @Test
    void reimportingTheSchoolsOwnListChangesNothingAndMissesNobody() {
        TrackerServices s = store.demo(dir);
        List<StaffMember> before = s.repositories().staff().findAll();
        Preview p = preview(s, "staff.csv", StaffFiles.sampleStaff());
        assertThat(p.problems()).isEmpty();
        assertThat(p.counts()).isEqualTo("created 0, updated 0, unchanged 49");
        assertThat(p.missing()).isEmpty();
        int audit = s.repositories().audit().count();
        StaffImportService.Outcome o = s.staffImport().apply(p, TODAY, StaffImportService.Options.markMissingLeftOn(TODAY));
        assertThat(o).isEqualTo(new StaffImportService.Outcome(0, 0, 49, 0, 0));
        assertThat(s.repositories().staff().findAll()).isEqualTo(before);
        assertThat(s.repositories().audit().count()).as("only the import's own line").isEqualTo(audit + 1);
    }

    @Test
    void aVolunteerWithoutReferenceOrEmailIsMatchedByNameAndStartDateWhateverTheTrackerAddedSince() {
        TrackerServices s = store.demo(dir);
        // the office recorded Mark Ahmed's e-mail address in the tracker; the MIS still has none
        StaffMember mark = s.repositories().staff().update(byName(s, "Mark", "Ahmed").withEmail("mark.ahmed@example.org.uk"));
        int count = s.repositories().staff().count();
        Preview p = preview(s, "staff.csv", StaffFiles.sampleStaff());
        assertThat(p.problems()).isEmpty();
        assertThat(p.counts()).isEqualTo("created 0, updated 0, unchanged 49");
        // names are matched ignoring case and spaces
        Preview shouted = preview(s, "staff.csv", StaffFiles.sampleStaff().replace("Mark,Ahmed,,,", " MARK , ahmed ,,,"));
        assertThat(shouted.problems()).isEmpty();
        assertThat(shouted.count(Kind.NEW)).isZero();
        StaffImportService.Entry row = shouted.entries().stream().filter(e -> e.line() == 49).findFirst().orElseThrow();
        assertThat(row.before().id()).isEqualTo(mark.id());
        s.staffImport().apply(shouted, TODAY);
        assertThat(s.repositories().staff().count()).as("nobody duplicated").isEqualTo(count);
        assertThat(s.repositories().staff().findById(mark.id()).orElseThrow().email()).isEqualTo("mark.ahmed@example.org.uk");
    }

    @Test
    void aVolunteerWhoNowHasAStaffReferenceIsMatchedNotDuplicated() {
        TrackerServices s = store.demo(dir);
        StaffMember mark = byName(s, "Mark", "Ahmed");
        Preview p = preview(s, "staff.csv", StaffFiles.sampleStaff().replace("Mark,Ahmed,,,", "Mark,Ahmed,V900,,"));
        assertThat(p.problems()).isEmpty();
        assertThat(p.counts()).isEqualTo("created 0, updated 1, unchanged 48");
        StaffImportService.Entry e = p.entries().stream().filter(x -> x.kind() == Kind.CHANGED).findFirst().orElseThrow();
        assertThat(e.before().id()).isEqualTo(mark.id());
        assertThat(e.changes()).extracting(Object::toString).containsExactly("Change[field=Staff reference, before=, after=V900]");
        // ... but never someone whose own reference says otherwise
        s.repositories().staff().update(mark.withStaffRef("V111"));
        Preview other = preview(s, "staff.csv", StaffFiles.sampleStaff().replace("Mark,Ahmed,,,", "Mark,Ahmed,V900,,"));
        assertThat(other.counts()).isEqualTo("created 1, updated 0, unchanged 48");
    }

    @Test
    void peopleWithoutReferenceOrEmailAreToldApartByDateOfBirthWhenBothSidesHaveIt() {
        TrackerServices s = empty();
        String header = "First name,Surname,Date of birth,Staff type,Start date\n";
        s.staffImport().apply(preview(s, "first.csv", header
                + "Mark,Ahmed,03/07/1988,Volunteer,21/04/2025\n"
                + "Mark,Ahmed,11/11/1990,Volunteer,21/04/2025\n"), TODAY);
        assertThat(s.repositories().staff().findAll()).extracting(StaffMember::dateOfBirth)
                .containsExactlyInAnyOrder(LocalDate.of(1988, 7, 3), LocalDate.of(1990, 11, 11));
        long older = s.repositories().staff().findAll().stream().filter(m -> m.dateOfBirth().getYear() == 1988).findFirst().orElseThrow().id();
        long younger = s.repositories().staff().findAll().stream().filter(m -> m.dateOfBirth().getYear() == 1990).findFirst().orElseThrow().id();

        // the same file again: each matched by name and date of birth
        Preview same = preview(s, "first.csv", header + "Mark,Ahmed,03/07/1988,Volunteer,21/04/2025\n"
                + "Mark,Ahmed,11/11/1990,Volunteer,21/04/2025\n");
        assertThat(same.problems()).isEmpty();
        assertThat(same.counts()).isEqualTo("created 0, updated 0, unchanged 2");

        // the MIS corrected the older one's start date: still him, by date of birth
        Preview corrected = preview(s, "second.csv", header + "Mark,Ahmed,03/07/1988,Volunteer,22/04/2025\n");
        assertThat(corrected.problems()).isEmpty();
        assertThat(corrected.entries()).singleElement().satisfies(e -> {
            assertThat(e.before().id()).isEqualTo(older);
            assertThat(e.changes()).extracting(StaffImportService.Change::field).containsExactly("Start date");
        });
        s.staffImport().apply(corrected, TODAY);

        // a row without a date of birth falls back to the start date: only the younger one started on 21/04
        Preview noDob = preview(s, "third.csv", header + "Mark,Ahmed,,Volunteer,21/04/2025\n");
        assertThat(noDob.problems()).isEmpty();
        assertThat(noDob.entries()).singleElement().satisfies(e -> assertThat(e.before().id()).isEqualTo(younger));

        // a date of birth that is neither of theirs is a third person, never a guess
        Preview stranger = preview(s, "fourth.csv", header + "Mark,Ahmed,01/01/1970,Volunteer,21/04/2025\n");
        assertThat(stranger.counts()).isEqualTo("created 1, updated 0, unchanged 0");
    }

    @Test
    void aRowThatMatchesTwoPeopleIsAnErrorNamingTheLineAndTheCandidates() {
        TrackerServices s = store.demo(dir);
        // a second Mark Ahmed who started the same day, added by hand
        s.staffService().create(new StaffMember(0, 0, "Mark", "Ahmed", null, "m.ahmed@example.org", StaffCategory.VOLUNTEER,
                "Reading volunteer", LocalDate.of(2025, 4, 21), null, null, null), TODAY);
        int audit = s.repositories().audit().count();
        List<StaffMember> before = s.repositories().staff().findAll();
        Preview p = preview(s, "staff.csv", StaffFiles.sampleStaff());
        assertThat(p.ok()).isFalse();
        assertThat(p.problems()).extracting(Object::toString).containsExactly("line 49: row: matches 2 people in the tracker "
                + "(Mark Ahmed, started 21/04/2025, no staff reference or email; Mark Ahmed, started 21/04/2025, "
                + "m.ahmed@example.org): give the row their staff reference, email or date of birth");
        assertThat(p.missing()).as("not worked out while a row is rejected").isEmpty();
        assertThatThrownBy(() -> s.staffImport().apply(p, TODAY)).isInstanceOf(UserException.class)
                .hasMessageContaining("line 49").hasMessageContaining("nothing was imported");
        assertThat(s.repositories().staff().findAll()).isEqualTo(before);
        assertThat(s.repositories().audit().count()).isEqualTo(audit);
    }

    @Test
    void aStaffReferenceHeldByTwoPeopleIsAnErrorNotAGuess() {
        TrackerServices s = store.demo(dir);
        StaffMember adam = s.repositories().staff().findByRef("P10412").orElseThrow();
        // an old record carrying the same payroll number (the form would refuse it; older data may not)
        s.repositories().staff().insert(new StaffMember(0, adam.schoolId(), "Adam", "Warde", "P10412", null, StaffCategory.SUPPORT, null,
                LocalDate.of(2019, 1, 7), LocalDate.of(2020, 7, 31), null, null));
        Preview p = preview(s, "staff.csv", StaffFiles.sampleStaff());
        assertThat(p.problems()).extracting(Object::toString).containsExactly("line 27: Staff reference: 'P10412' "
                + "matches 2 people in the tracker (Adam Ward, started 04/04/2022, P10412; Adam Warde, started 07/01/2019, "
                + "left 31/07/2020, P10412)");
    }

    @Test
    void peopleInPostButNotInTheFileAreListedAndLeaversAndFutureStartersAreNot() {
        TrackerServices s = store.demo(dir);
        // not in post yet: a starter added by hand for January
        s.staffService().create(new StaffMember(0, 0, "Zara", "Iqbal", "P10999", "z.iqbal@oakfield.sch.uk",
                StaffCategory.TEACHER, null, LocalDate.of(2027, 1, 4), null, null, null), TODAY);
        // Adam Ward (in post), Jack Thompson (in post, on long-term absence), Grace Baker (left 31/08/2026)
        Preview p = preview(s, "staff.csv", StaffFiles.sampleStaffWithout("Adam Ward", "Jack Thompson", "Grace Baker"));
        assertThat(p.problems()).isEmpty();
        assertThat(p.counts()).isEqualTo("created 0, updated 0, unchanged 46");
        assertThat(p.missing()).extracting(StaffMember::fullName).containsExactly("Jack Thompson", "Adam Ward");
        assertThat(p.missing().get(0).absenceFrom()).isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @Test
    void peopleOfAnotherSchoolAreNeverMissingFromThisSchoolsFile() {
        TrackerServices s = store.demo(dir);
        long other = s.repositories().db().inTransaction(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("INSERT INTO school (name, phase, created_at) VALUES ('Brookfield', 'primary', '2026-01-01')");
                try (var rs = st.executeQuery("SELECT max(id) FROM school")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        s.repositories().staff().insert(new StaffMember(0, other, "Bea", "Other", "B1", "b.other@brookfield.sch.uk", StaffCategory.TEACHER,
                null, LocalDate.of(2020, 9, 1), null, null, null));
        assertThat(preview(s, "staff.csv", StaffFiles.sampleStaff()).missing()).isEmpty();
    }

    @Test
    void markingThemLeftIsPartOfTheImportAuditedAndAllOrNothing() {
        TrackerServices s = store.demo(dir);
        String file = StaffFiles.sampleStaffWithout("Adam Ward")
                + "Nadia,Qureshi,P10600,n.qureshi@oakfield.sch.uk,Teacher,Class teacher,04/01/2027,,,\n";
        Preview p = preview(s, "staff.csv", file);
        assertThat(p.missing()).extracting(StaffMember::fullName).containsExactly("Adam Ward");
        // someone takes the new starter's email between the preview and the import: the whole import fails...
        s.staffService().create(new StaffMember(0, 0, "Other", "Person", null, "n.qureshi@oakfield.sch.uk",
                StaffCategory.SUPPORT, null, LocalDate.of(2010, 1, 1), null, null, null), TODAY);
        List<StaffMember> before = s.repositories().staff().findAll();
        assertThatThrownBy(() -> s.staffImport().apply(p, TODAY, StaffImportService.Options.markMissingLeftOn(TODAY)))
                .isInstanceOf(RuntimeException.class);
        // ... and Adam Ward is not marked as left either
        assertThat(s.repositories().staff().findAll()).isEqualTo(before);
        assertThat(s.repositories().staff().findByRef("P10412").orElseThrow().leaveDate()).isNull();

        TrackerServices t = store.demo(dir);
        Preview q = preview(t, "staff.csv", file);
        LocalDate lastDay = LocalDate.of(2026, 11, 20);
        StaffImportService.Outcome o = t.staffImport().apply(q, TODAY, StaffImportService.Options.markMissingLeftOn(lastDay));
        assertThat(o).isEqualTo(new StaffImportService.Outcome(1, 0, 48, 1, 1));
        StaffMember adam = t.repositories().staff().findByRef("P10412").orElseThrow();
        assertThat(adam.leaveDate()).isEqualTo(lastDay);
        assertThat(t.repositories().audit().recent(5, "staff", adam.id())).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("update");
            assertThat(e.after()).contains("2026-11-20");
        });
        assertThat(t.repositories().audit().recent(5, "staff_import", null)).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("\"markedLeft\":1").contains("\"leftOn\":\"2026-11-20\""));
        // the next preview of the same file misses nobody: Adam has left
        assertThat(preview(t, "staff.csv", file).missing()).isEmpty();
    }

    @Test
    void theLeaveDateIsNeverAfterTodayNorBeforeTheirStartAndABadOneWritesNothing() {
        TrackerServices s = store.demo(dir);
        Preview p = preview(s, "staff.csv", StaffFiles.sampleStaffWithout("Adam Ward", "Chloe Williams"));
        int audit = s.repositories().audit().count();
        List<StaffMember> before = s.repositories().staff().findAll();
        assertThatThrownBy(() -> s.staffImport().apply(p, TODAY, StaffImportService.Options.markMissingLeftOn(TODAY.plusDays(1))))
                .isInstanceOf(UserException.class)
                .hasMessage("staff.csv: Leave date: 25/11/2026 is after today (24/11/2026); nothing was imported");
        // Chloe Williams started on 01/09/2025
        assertThatThrownBy(() -> s.staffImport().apply(p, TODAY, StaffImportService.Options.markMissingLeftOn(
                LocalDate.of(2025, 8, 31)))).isInstanceOf(UserException.class)
                .hasMessage("staff.csv: Leave date: 31/08/2025 is before Chloe Williams's start date (01/09/2025); "
                        + "nothing was imported");
        assertThat(s.repositories().staff().findAll()).isEqualTo(before);
        assertThat(s.repositories().audit().count()).isEqualTo(audit);
        // the first day they can be gone is their start date
        assertThat(s.staffImport().apply(p, TODAY, StaffImportService.Options.markMissingLeftOn(LocalDate.of(2025, 9, 1)))
                .markedLeft()).isEqualTo(2);
    }

    @Test
    void someoneChangedSinceThePreviewIsNotMarkedLeftBlindly() {
        TrackerServices s = store.demo(dir);
        Preview p = preview(s, "staff.csv", StaffFiles.sampleStaffWithout("Adam Ward"));
        StaffMember adam = s.repositories().staff().findByRef("P10412").orElseThrow();
        s.staffService().update(adam.withJobTitle("HLTA"));
        assertThatThrownBy(() -> s.staffImport().apply(p, TODAY, StaffImportService.Options.markMissingLeftOn(TODAY)))
                .isInstanceOf(UserException.class).hasMessageContaining("Adam Ward was changed since the preview");
        assertThat(s.repositories().staff().findByRef("P10412").orElseThrow().leaveDate()).isNull();
        // without marking anyone left, the same preview imports (nobody else changed)
        assertThat(s.staffImport().apply(p, TODAY).markedLeft()).isZero();
    }

    @Test
    void aPreviewWithPeopleMissingWritesNothing() {
        TrackerServices s = store.demo(dir);
        int audit = s.repositories().audit().count();
        List<StaffMember> before = s.repositories().staff().findAll();
        Preview p = preview(s, "staff.csv", StaffFiles.sampleStaffWithout("Adam Ward"));
        assertThat(p.missing()).hasSize(1);
        assertThat(s.repositories().staff().findAll()).isEqualTo(before);
        assertThat(s.repositories().audit().count()).isEqualTo(audit);
    }

    @Test
    void aFirstImportCanTakeExistingStaffAsInducted() {
        TrackerServices s = empty();
        String file = StaffFiles.sampleStaff();
        // the usual rule: everyone who started in the last 60 days or starts later gets a plan
        StaffImportService.Outcome usual = s.staffImport().apply(preview(s, "staff.csv", file), TODAY);
        assertThat(usual.plansCreated()).isEqualTo(4);

        TrackerServices t = store.empty(dir);
        StaffImportService.Outcome inducted = t.staffImport().apply(preview(t, "staff.csv", file), TODAY,
                StaffImportService.Options.NONE.withInduction(new uk.schoolcompliance.tracker.domain.InductionCutoff(TODAY)));
        assertThat(inducted.plansCreated()).isZero();
        assertThat(t.compliance().summary(TODAY).inductionOverdueItems()).isZero();
        assertThat(t.repositories().audit().recent(5, "staff_import", null)).singleElement()
                .satisfies(e -> assertThat(e.after()).contains("\"inductedBefore\":\"2026-11-24\""));
        assertThatThrownBy(() -> t.staffImport().apply(preview(t, "staff.csv", file), TODAY,
                StaffImportService.Options.NONE.withInduction(new uk.schoolcompliance.tracker.domain.InductionCutoff(
                        TODAY.plusDays(1))))).isInstanceOf(UserException.class)
                .hasMessage("staff.csv: Inducted before: 25/11/2026 is after today (24/11/2026); nothing was imported");
    }
}
