package uk.schoolcompliance.tracker.ui.staff;

import java.time.LocalDate;

import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.InductionRules;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.I18n;

/** How the staff pages word a person's standing on a date: left, starts, absent, leaving, new, in post. */
final class StaffWords {

    private StaffWords() {
    }

    static String status(StaffMember s, LocalDate d) {
        if (s.leftBy(d)) {
            return I18n.t("staff.state.left", Dates.forPeople(s.leaveDate()));
        }
        if (s.startDate().isAfter(d)) {
            return I18n.t("staff.state.starts", Dates.forPeople(s.startDate()));
        }
        if (s.absentOn(d)) {
            return I18n.t("staff.state.absent");
        }
        if (s.leaveDate() != null) {
            return I18n.t("staff.state.leaving", Dates.forPeople(s.leaveDate()));
        }
        if (InductionRules.isNewStarter(s.startDate(), d)) {
            return I18n.t("staff.state.new");
        }
        return I18n.t("staff.state.inPost");
    }
}
