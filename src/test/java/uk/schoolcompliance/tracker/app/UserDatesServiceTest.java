package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionItemKind;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.safety.DataChecksum;

/**
 * The services, whichever face calls them, take the real date of a tick, a signature and a completed
 * review (last Tuesday is fine, tomorrow is not), and refuse any date outside the window of sane
 * dates, with one line naming the field and nothing changed.
 */
class UserDatesServiceTest {

    static final LocalDate TODAY = TestDemo.AS_OF; // 24/11/2026
    static final LocalDate LAST_TUESDAY = LocalDate.of(2026, 11, 17);

    @TempDir
    Path dir;
    TrackerServices s;
    Path db;

    @BeforeEach
    void demo() {
        db = TestDemo.copy(dir);
        s = TrackerServices.open(db, TestDemo.ACTOR, TestDemo.CLOCK);
    }

    private InductionItem aTask() {
        StaffMember starter = s.staffService().create(new StaffMember(0, 0, "Nina", "Newman", null, null,
                StaffCategory.TEACHER, "Post", TODAY.minusDays(10), null, null, null), TODAY);
        return s.repositories().induction().items(starter.id()).stream().filter(i -> i.kind() == InductionItemKind.TASK)
                .findFirst().orElseThrow();
    }

    @Test
    void anInductionTickTakesItsRealDateButNeverOneAfterToday() {
        InductionItem task = aTask();
        String before = DataChecksum.of(db);
        assertThatThrownBy(() -> s.inductionService().tick(task.id(), TODAY.plusDays(1), "Office"))
                .isInstanceOf(UserException.class)
                .hasMessage("Done on: 25/11/2026 is in the future (today is 24/11/2026)");
        assertThatThrownBy(() -> s.inductionService().tick(task.id(), LocalDate.of(1900, 1, 1), "Office"))
                .isInstanceOf(UserException.class)
                .hasMessage("Done on: 01/01/1900 is too long ago: dates from 01/01/1950 are accepted");
        assertThatThrownBy(() -> s.inductionService().tick(task.id(), null, "Office"))
                .hasMessage("Done on: a date is required");
        assertThat(DataChecksum.of(db)).isEqualTo(before);

        s.inductionService().tick(task.id(), LAST_TUESDAY, "Office");
        assertThat(s.repositories().induction().findItem(task.id()).orElseThrow().doneOn()).isEqualTo(LAST_TUESDAY);
    }

    @Test
    void aCompletedReviewTakesItsRealDateButNeverOneAfterToday() {
        Policy p = s.policyService().policyByTitle("Complaints Procedure");
        String before = DataChecksum.of(db);
        assertThatThrownBy(() -> s.reviewService().complete(p.id(), TODAY.plusDays(1), ReviewOutcome.NO_CHANGE, null, null))
                .isInstanceOf(UserException.class)
                .hasMessage("Completed on: 25/11/2026 is in the future (today is 24/11/2026)");
        assertThatThrownBy(() -> s.reviewService().complete(p.id(), LocalDate.of(1, 1, 1), ReviewOutcome.NO_CHANGE, null, null))
                .hasMessage("Completed on: 01/01/0001 is too long ago: dates from 01/01/1950 are accepted");
        assertThatThrownBy(() -> s.reviewService().plan(p.id(), LocalDate.of(9999, 12, 31), "Head"))
                .hasMessage("Meeting date: 31/12/9999 is too far ahead: dates up to 24/11/2036 (10 years from today) are accepted");
        assertThatThrownBy(() -> s.reviewService().setNextReview(p.id(), LocalDate.of(9999, 12, 31)))
                .hasMessageStartingWith("Next review (by hand): 31/12/9999 is too far ahead");
        assertThat(DataChecksum.of(db)).isEqualTo(before);

        s.reviewService().complete(p.id(), LAST_TUESDAY, ReviewOutcome.NO_CHANGE, null, null);
        assertThat(s.repositories().reviews().findByPolicy(p.id())).anyMatch(r -> LAST_TUESDAY.equals(r.completedOn()));
    }

    @Test
    void aSignatureTakesItsRealDateButNeverOneAfterTodayNorOutsideTheWindow() {
        AcknowledgementService acks = s.acknowledgementService();
        StaffMember who = s.staffService().identify("P10237");
        Policy p = acks.findPolicy("Low-Level Concerns Policy");
        PolicyVersion v = acks.findVersion(p, null, TODAY);
        String before = DataChecksum.of(db);
        assertThatThrownBy(() -> acks.record(new AcknowledgementService.Recording(who.id(), v.id(), TODAY.plusDays(1),
                AckMethod.PAPER, null, null)))
                .hasMessage("Date: 25/11/2026 is in the future (today is 24/11/2026)");
        assertThatThrownBy(() -> acks.recordSession(v.id(), TODAY.plusYears(20), AckMethod.PAPER, null, List.of(who.id())))
                .hasMessage("Date: 24/11/2046 is in the future (today is 24/11/2026)");
        assertThatThrownBy(() -> acks.recordSession(v.id(), LocalDate.of(1900, 1, 1), AckMethod.PAPER, null, List.of(who.id())))
                .hasMessage("Date: 01/01/1900 is too long ago: dates from 01/01/1950 are accepted");
        assertThat(DataChecksum.of(db)).isEqualTo(before);
    }

    @Test
    void approvalAndEffectiveDatesAreRefusedOutsideTheWindow() {
        Policy p = s.policyService().policyByTitle("Low-Level Concerns Policy");
        String before = DataChecksum.of(db);
        assertThatThrownBy(() -> s.policyService().addVersion(new PolicyService.NewVersion(p.id(), "9.0",
                LocalDate.of(9999, 12, 31), false, null, null, null, null, null)))
                .hasMessage("Effective from: 31/12/9999 is too far ahead: dates up to 24/11/2036 (10 years from today) are accepted");
        assertThatThrownBy(() -> s.policyService().addVersion(new PolicyService.NewVersion(p.id(), "9.0",
                TODAY, false, "FGB", LocalDate.of(0, 1, 1), null, null, null)))
                .hasMessage("Approved on: 01/01/0000 is too long ago: dates from 01/01/1950 are accepted");
        assertThatThrownBy(() -> s.policyService().save(p.withNextReviewOverride(LocalDate.of(3000, 1, 1))))
                .hasMessageStartingWith("Next review (by hand): 01/01/3000 is too far ahead");
        assertThat(DataChecksum.of(db)).isEqualTo(before);
    }

    @Test
    void staffDatesAreRefusedOutsideTheWindowFieldByField() {
        StaffMember m = new StaffMember(0, 0, "Old", "Timer", null, null, StaffCategory.SUPPORT, "Caretaker",
                LocalDate.of(1949, 9, 1), LocalDate.of(2099, 7, 31), null, null);
        assertThat(s.staffService().validate(m))
                .containsEntry(StaffService.START_DATE, "Start date: 01/09/1949 is too long ago: dates from 01/01/1950 are accepted")
                .containsEntry(StaffService.LEAVE_DATE,
                        "Leave date: 31/07/2099 is too far ahead: dates up to 24/11/2036 (10 years from today) are accepted");
        int before = s.repositories().staff().count();
        assertThatThrownBy(() -> s.staffService().create(m, TODAY)).isInstanceOf(UserException.class)
                .hasMessageContaining("Start date: 01/09/1949 is too long ago");
        assertThat(s.repositories().staff().count()).isEqualTo(before);
        // a long-serving caretaker who started in 1986 is a real record
        assertThat(s.staffService().validate(new StaffMember(0, 0, "Long", "Server", null, null, StaffCategory.SUPPORT,
                "Caretaker", LocalDate.of(1986, 9, 1), null, null, null))).isEmpty();
    }
}
