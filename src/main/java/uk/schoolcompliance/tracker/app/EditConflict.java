package uk.schoolcompliance.tracker.app;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.FrequencyWords;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.RecordStamp;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * The words for a save refused because someone else changed the record since its user opened it (issue #19): one
 * line, "Staff member Jane Smith was changed by office_jane at 14:32 since you opened it; nothing was saved. Job
 * title: theirs 'Deputy head', yours 'Teacher'", each field whose value differs given as theirs (now in the
 * database) and yours (the form's).
 */
final class EditConflict {

    /** One field whose saved value (theirs) differs from the one being saved (yours). */
    record Field(String label, String theirs, String yours) {
    }

    private EditConflict() {
    }

    static UserException refused(String what, RecordStamp theirs, ZoneId zone, List<Field> fields) {
        StringBuilder m = new StringBuilder(what).append(" was ").append(theirs.changedSinceOpened(zone))
                .append("; nothing was saved.");
        String sep = " ";
        for (Field f : fields) {
            m.append(sep).append(f.label()).append(": theirs ").append(f.theirs()).append(", yours ").append(f.yours());
            sep = "; ";
        }
        return new UserException(m.toString());
    }

    static List<Field> staff(StaffMember theirs, StaffMember yours) {
        List<Field> out = new ArrayList<>();
        text(out, "Given name", theirs.givenName(), yours.givenName());
        text(out, "Family name", theirs.familyName(), yours.familyName());
        text(out, "School", theirs.schoolId() == 0 ? null : "#" + theirs.schoolId(),
                yours.schoolId() == 0 ? null : "#" + yours.schoolId());
        text(out, "Category", theirs.category().label(), yours.category().label());
        text(out, "Job title", theirs.jobTitle(), yours.jobTitle());
        text(out, "Email", theirs.email(), yours.email());
        text(out, "Staff reference", theirs.staffRef(), yours.staffRef());
        date(out, "Start date", theirs.startDate(), yours.startDate());
        date(out, "Leave date", theirs.leaveDate(), yours.leaveDate());
        date(out, "Absence from", theirs.absenceFrom(), yours.absenceFrom());
        date(out, "Absence to", theirs.absenceTo(), yours.absenceTo());
        date(out, "Date of birth", theirs.dateOfBirth(), yours.dateOfBirth());
        return out;
    }

    /** A policy's fields, labelled as on the policy form; {@code schoolName} names an "Applies to" school id. */
    static List<Field> policy(Policy theirs, Policy yours, java.util.function.LongFunction<String> schoolName) {
        List<Field> out = new ArrayList<>();
        text(out, "Title", theirs.title(), yours.title());
        text(out, "Applies to", appliesTo(theirs, schoolName), appliesTo(yours, schoolName));
        text(out, "Reference", theirs.referenceCode(), yours.referenceCode());
        text(out, "Area", theirs.area(), yours.area());
        text(out, "Statutory", theirs.statutory() ? "yes" : "no", yours.statutory() ? "yes" : "no");
        text(out, "Owner (SLT contact)", theirs.owner(), yours.owner());
        text(out, "Approving body", theirs.approvingBody(), yours.approvingBody());
        text(out, "Review frequency", FrequencyWords.describe(theirs.reviewMonths()),
                FrequencyWords.describe(yours.reviewMonths()));
        date(out, "Next review (by hand)", theirs.nextReviewOverride(), yours.nextReviewOverride());
        text(out, "Re-acknowledge", reack(theirs.reackMonths()), reack(yours.reackMonths()));
        text(out, "Grace period (days)", theirs.graceDays() == null ? "school default" : theirs.graceDays().toString(),
                yours.graceDays() == null ? "school default" : yours.graceDays().toString());
        text(out, "Status", theirs.status().label(), yours.status().label());
        text(out, "Who must read it", audience(theirs), audience(yours));
        return out;
    }

    /** A school's name, URN and phase, labelled as in the schools form. */
    static List<Field> school(uk.schoolcompliance.tracker.domain.School theirs, uk.schoolcompliance.tracker.domain.School yours) {
        List<Field> out = new ArrayList<>();
        text(out, "Name", theirs.name(), yours.name());
        text(out, "URN", theirs.urn(), yours.urn());
        text(out, "Phase", theirs.phase(), yours.phase());
        return out;
    }

    /** A planned review (theirs, as it stands) against the plan being saved: meeting, reviewer, and a completion. */
    static List<Field> plan(uk.schoolcompliance.tracker.domain.Review theirs, LocalDate meeting, String reviewer) {
        List<Field> out = new ArrayList<>();
        date(out, "Completed on", theirs.completedOn(), null);
        date(out, "Meeting date", theirs.plannedMeeting(), meeting);
        text(out, "Reviewer", theirs.reviewer(), reviewer);
        return out;
    }

    /** The policy's newest review (theirs) against a completion being recorded: its date, outcome and reviewer. */
    static List<Field> completion(uk.schoolcompliance.tracker.domain.Review theirs, LocalDate completedOn,
            uk.schoolcompliance.tracker.domain.ReviewOutcome outcome, String reviewer) {
        List<Field> out = new ArrayList<>();
        date(out, "Completed on", theirs.completedOn(), completedOn);
        text(out, "Outcome", theirs.outcome() == null ? null : theirs.outcome().label(),
                outcome == null ? null : outcome.label());
        if (reviewer != null) {
            text(out, "Reviewer", theirs.reviewer(), reviewer);
        }
        return out;
    }

    private static String appliesTo(Policy p, java.util.function.LongFunction<String> schoolName) {
        return p.schoolId() == null ? "the whole trust" : schoolName.apply(p.schoolId());
    }

    private static String reack(Integer months) {
        return months == null ? "never" : FrequencyWords.describe(months);
    }

    private static String audience(Policy p) {
        return p.audience().stream().sorted().map(c -> c.label()).reduce((a, b) -> a + ", " + b).orElse(null);
    }

    private static void text(List<Field> out, String label, String theirs, String yours) {
        String t = blankToNull(theirs);
        String y = blankToNull(yours);
        if (!Objects.equals(t, y)) {
            out.add(new Field(label, quote(t), quote(y)));
        }
    }

    private static void date(List<Field> out, String label, LocalDate theirs, LocalDate yours) {
        if (!Objects.equals(theirs, yours)) {
            out.add(new Field(label, theirs == null ? "(none)" : Dates.forPeople(theirs),
                    yours == null ? "(none)" : Dates.forPeople(yours)));
        }
    }

    private static String quote(String s) {
        return s == null ? "(none)" : "'" + s + "'";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
