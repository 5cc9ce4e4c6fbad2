package uk.schoolcompliance.tracker.ui.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.acknowledgements.AcknowledgementsViewModel.Group;

/** The outstanding list on its own, over a handful of gaps: filtering, grouping, the absent apart, counts, chasing. */
class OutstandingListTest {

    private static final LocalDate START = LocalDate.of(2020, 9, 1);
    private static final StaffMember ZED = person(1, "Zed", "Adams", "zed@school.uk ", StaffCategory.TEACHER);
    private static final StaffMember AMY = person(2, "Amy", "Brown", null, StaffCategory.SUPPORT);
    private static final StaffMember BEA = person(3, "Bea", "adams", "bea@school.uk", StaffCategory.TEACHER);
    private static final StaffMember ABE = person(4, "Abe", "Absent", "abe@school.uk", StaffCategory.TEACHER);
    private static final Policy CONDUCT = policy(10, "Staff Code of Conduct");
    private static final Policy SAFEGUARDING = policy(11, "Child Protection");

    private static StaffMember person(long id, String given, String family, String email, StaffCategory category) {
        return new StaffMember(id, 1, given, family, null, email, category, null, START, null, null, null);
    }

    private static Policy policy(long id, String title) {
        return new Policy(id, null, title, null, "HR", false, null, null, 12, null, 14, null, PolicyStatus.ACTIVE,
                Set.of(StaffCategory.values()));
    }

    private static Obligation gap(StaffMember s, Policy p, ObligationStatus status) {
        return new Obligation(s, p, null, status, START, null);
    }

    private static final List<Obligation> GAPS = List.of(
            gap(ZED, CONDUCT, ObligationStatus.OVERDUE),
            gap(AMY, CONDUCT, ObligationStatus.DUE),
            gap(ABE, CONDUCT, ObligationStatus.ABSENT),
            gap(BEA, SAFEGUARDING, ObligationStatus.OVERDUE),
            gap(ZED, SAFEGUARDING, ObligationStatus.DUE));

    private static OutstandingList listed(MatrixModel.Filter f) {
        OutstandingList list = new OutstandingList();
        list.setGaps(GAPS);
        list.apply(f);
        return list;
    }

    @Test
    void nothingIsShownUntilTheFiltersApplyThenOnlyWhatTheyKeep() {
        OutstandingList list = new OutstandingList();
        list.setGaps(GAPS);
        assertThat(list.shown()).isEmpty();
        list.apply(MatrixModel.Filter.NONE);
        assertThat(list.shown()).containsExactlyElementsOf(GAPS);
        list.apply(new MatrixModel.Filter(StaffCategory.SUPPORT, null, null, false, ""));
        assertThat(list.shown()).extracting(Obligation::staff).containsExactly(AMY);
        list.apply(new MatrixModel.Filter(null, null, null, true, ""));
        assertThat(list.shown()).extracting(Obligation::status).containsOnly(ObligationStatus.OVERDUE).hasSize(2);
    }

    @Test
    void groupsFollowTheListByPolicyOrByFamilyNameWithTheAbsentLastAndApart() {
        OutstandingList list = listed(MatrixModel.Filter.NONE);
        List<Group> byPolicy = list.groups(false);
        assertThat(byPolicy).extracting(Group::title).containsExactly("Staff Code of Conduct", "Child Protection",
                "On long-term absence, not chased");
        assertThat(byPolicy.get(0).gaps()).extracting(Obligation::staff).containsExactly(ZED, AMY);
        assertThat(byPolicy.get(0).overdue()).isEqualTo(1);
        assertThat(byPolicy.get(2).absent()).isTrue();
        assertThat(byPolicy.get(2).gaps()).extracting(Obligation::staff).containsExactly(ABE);

        List<Group> byStaff = list.groups(true);
        assertThat(byStaff).extracting(Group::title).as("family name, case-blind, then given name")
                .containsExactly("adams, Bea", "Adams, Zed", "Brown, Amy", "On long-term absence, not chased");
        assertThat(byStaff.get(1).gaps()).extracting(g -> g.policy().title())
                .containsExactly("Child Protection", "Staff Code of Conduct");

        assertThat(listed(new MatrixModel.Filter(null, null, null, true, "")).groups(false))
                .as("no absent group when none is listed").noneMatch(Group::absent);
    }

    @Test
    void theCountsLeaveTheAbsentOutAndCountThemApart() {
        OutstandingList list = listed(MatrixModel.Filter.NONE);
        assertThat(list.outstandingCount()).isEqualTo(4);
        assertThat(list.absentCount()).isEqualTo(1);
        assertThat(list.countLine()).isEqualTo("4 outstanding (2 overdue), plus 1 on long-term absence, not chased");
        assertThat(listed(new MatrixModel.Filter(StaffCategory.SUPPORT, null, null, false, "")).countLine())
                .isEqualTo("1 outstanding (0 overdue), plus 0 on long-term absence, not chased");
    }

    @Test
    void chasingMailsEachAddressOnceNeverTheAbsentAndCountsThoseWithoutOne() {
        assertThat(OutstandingList.chaseEmails(GAPS)).containsExactly("zed@school.uk", "bea@school.uk");
        assertThat(OutstandingList.withoutEmail(GAPS)).isEqualTo(1);
        assertThat(OutstandingList.withoutEmail(List.of(gap(person(5, "No", "Mail", " ", StaffCategory.TEACHER), CONDUCT,
                ObligationStatus.ABSENT)))).as("absent: not chased at all").isZero();
        assertThat(OutstandingList.mailto(List.of("a@x.uk"), "Read: A+B & C"))
                .isEqualTo("mailto:?bcc=a@x.uk&subject=Read%3A%20A%2BB%20%26%20C");
    }
}
