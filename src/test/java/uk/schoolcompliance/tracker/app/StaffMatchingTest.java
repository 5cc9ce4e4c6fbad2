package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.StaffImportService.FileRead;
import uk.schoolcompliance.tracker.app.StaffImportService.Kind;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.StaffCsvReader;

/** Matching a staff list's rows to the register on its own: entries, problems by line, who was matched; no writes. */
class StaffMatchingTest {

    private static final String HEADER = "Staff ID,First name,Surname,Email,Category,Job title,Start date\n";

    @TempDir
    Path dir;

    private static FileRead file(String csv) {
        return FileRead.of(StaffCsvReader.read("staff.csv", (HEADER + csv).getBytes(StandardCharsets.UTF_8)));
    }

    private static StaffMatching matching(TrackerServices s) {
        return new StaffMatching(s.repositories().settings(), s.repositories().staff(), TestDemo.CLOCK);
    }

    @Test
    void aRowMatchesByReferenceAndTheMatchIsRecordedWithoutWriting() {
        try (TrackerServices s = TestDemo.open(dir)) {
            StaffMember known = s.allStaff().stream().filter(m -> m.staffRef() != null && m.inPostOn(TestDemo.AS_OF))
                    .findFirst().orElseThrow();
            int audit = s.repositories().audit().count();
            StaffMatching.Result r = matching(s).match(file(known.staffRef().toLowerCase() + ",Someone,Else,,Teacher,,"
                    + "01/09/2020\n"));
            assertThat(r.problems()).isEmpty();
            assertThat(r.entries()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(Kind.CHANGED);
                assertThat(e.before()).isEqualTo(known);
                assertThat(e.after().givenName()).isEqualTo("Someone");
            });
            assertThat(r.matched()).containsExactly(known.id());
            assertThat(r.register()).hasSize(s.staffCount());
            assertThat(s.repositories().audit().count()).as("matching writes nothing").isEqualTo(audit);
        }
    }

    @Test
    void aPersonWithoutReferenceOrEmailIsFoundByNameAndStartDateOnlyOnce() {
        try (TrackerServices s = TestDemo.open(dir)) {
            StaffMember volunteer = s.staffService().create(new StaffMember(0, 0, "Rosa", "Vale", null, null,
                    StaffCategory.VOLUNTEER, null, LocalDate.of(2024, 9, 2), null, null, null), TestDemo.AS_OF);
            StaffMatching.Result r = matching(s).match(file(
                    "V1,Rosa,VALE,,Volunteer,Reader,02/09/2024\n"     // now has a staff ID: still Rosa
                    + ",rosa,vale,,Volunteer,,02/09/2024\n"));        // the same person twice
            assertThat(r.entries()).singleElement().satisfies(e -> assertThat(e.before()).isEqualTo(volunteer));
            assertThat(r.problems()).extracting(StaffImportService.Problem::toString)
                    .containsExactly("line 3: row: matches Rosa Vale, as line 2 does");
            assertThat(r.matched()).containsExactly(volunteer.id());
        }
    }

    @Test
    void aStartDateOutsideTheWindowIsAProblemAndTheRowIsNotMatched() {
        try (TrackerServices s = TestDemo.open(dir)) {
            StaffMatching.Result r = matching(s).match(file(",Old,Timer,,Teacher,,01/09/1900\n"
                    + ",New,Person,,Teacher,,01/09/2026\n"));
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.field()).isEqualTo("Start date");
            });
            assertThat(r.entries()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(Kind.NEW);
                assertThat(e.line()).isEqualTo(3);
            });
            assertThat(r.matched()).isEmpty();
        }
    }
}
