package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.StaffImportService.Preview;
import uk.schoolcompliance.tracker.domain.StaffMember;

/** "Not in this file": who it is, the date they may be marked as left on, and marking them only as previewed. */
class NotInFileTest {

    static final LocalDate TODAY = TestDemo.AS_OF;

    @TempDir
    Path dir;

    private static Preview missing(List<StaffMember> people) {
        return new Preview("staff.csv", null, List.of(), List.of(), people, null);
    }

    @Test
    void theMissingAreThePeopleInPostTodayWhomNoRowMatched() {
        try (TrackerServices s = TestDemo.open(dir)) {
            List<StaffMember> all = s.allStaff();
            long school = s.repositories().settings().schoolId().orElseThrow();
            StaffMember matched = all.stream().filter(m -> m.inPostOn(TODAY)).findFirst().orElseThrow();
            StaffMatching.Result r = new StaffMatching.Result(List.of(), List.of(), all, school, Set.of(matched.id()));
            List<StaffMember> out = NotInFile.among(r, TODAY);
            assertThat(out).doesNotContain(matched).allMatch(m -> m.inPostOn(TODAY));
            assertThat(out).hasSize((int) all.stream().filter(m -> m.inPostOn(TODAY)).count() - 1);
            assertThat(all).anyMatch(m -> !m.inPostOn(TODAY)); // the demo has leavers, and they are never missing
            assertThat(NotInFile.among(new StaffMatching.Result(List.of(), List.of(), all, school + 99, Set.of()), TODAY))
                    .as("only the file's own school").isEmpty();
        }
    }

    @Test
    void theLeaveDateIsNeverAfterTodayNorBeforeSomeonesStart() {
        StaffMember late = new StaffMember(7, 1, "Lena", "Late", null, null,
                uk.schoolcompliance.tracker.domain.StaffCategory.TEACHER, null, LocalDate.of(2026, 11, 2), null, null, null);
        Preview p = missing(List.of(late));
        assertThatThrownBy(() -> NotInFile.checkLeaveDate(p, TODAY.plusDays(1), TODAY)).hasMessage(
                "staff.csv: Leave date: 25/11/2026 is after today (24/11/2026); nothing was imported");
        assertThatThrownBy(() -> NotInFile.checkLeaveDate(p, LocalDate.of(2026, 11, 1), TODAY)).hasMessage(
                "staff.csv: Leave date: 01/11/2026 is before Lena Late's start date (02/11/2026); nothing was imported");
        NotInFile.checkLeaveDate(p, LocalDate.of(2026, 11, 2), TODAY); // the first day they can be gone
        NotInFile.checkLeaveDate(p, TODAY, TODAY);
    }

    @Test
    void markingLeftChangesOnlyThePeopleAsPreviewedAndRefusesAnyoneChangedSince() {
        try (TrackerServices s = TestDemo.open(dir)) {
            NotInFile notInFile = new NotInFile(s.repositories().staff());
            List<StaffMember> inPost = s.allStaff().stream().filter(m -> m.inPostOn(TODAY)).limit(2).toList();
            LocalDate leftOn = TODAY.minusDays(1);
            int[] marked = new int[1];
            s.repositories().db().inTransaction(() -> marked[0] = notInFile.markLeft(missing(inPost), leftOn));
            assertThat(marked[0]).isEqualTo(2);
            assertThat(inPost).allSatisfy(m -> assertThat(s.repositories().staff().findById(m.id()).orElseThrow()
                    .leaveDate()).isEqualTo(leftOn));

            StaffMember stale = inPost.get(0); // its leave date was set since this "preview"
            assertThatThrownBy(() -> notInFile.unchangedSincePreview(missing(List.of(stale)), 4, stale))
                    .isInstanceOf(UserException.class).hasMessage("staff.csv line 4: " + stale.fullName()
                            + " was changed since the preview; nothing was imported, preview the file again");
        }
    }
}
