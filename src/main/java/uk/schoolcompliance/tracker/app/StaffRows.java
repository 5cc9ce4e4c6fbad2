package uk.schoolcompliance.tracker.app;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.StaffCsvReader.Field;

/**
 * How a row of a staff file meets a person on the register ({@link StaffImportService}): the name key rows are
 * matched by, telling two people of one name apart, merging a row into a person, and the fields it would change.
 */
final class StaffRows {

    private StaffRows() {
    }

    static StaffMember inSchool(StaffMember s, long school) {
        return new StaffMember(s.id(), school, s.givenName(), s.familyName(), s.staffRef(), s.email(), s.category(),
                s.jobTitle(), s.startDate(), s.leaveDate(), s.absenceFrom(), s.absenceTo(), s.dateOfBirth());
    }

    /** "Mark Ahmed, started 21/04/2025, P123" for the candidates of an ambiguous row. */
    static String describe(List<StaffMember> people) {
        return people.stream().map(s -> s.fullName() + ", started " + Dates.forPeople(s.startDate())
                + (s.leaveDate() == null ? "" : ", left " + Dates.forPeople(s.leaveDate())) + ", "
                + (!blank(s.staffRef()) ? s.staffRef() : !blank(s.email()) ? s.email() : "no staff reference or email"))
                .collect(Collectors.joining("; "));
    }

    /** Same date of birth when both have one, else the same start date. */
    static boolean samePerson(StaffMember s, StaffImportService.PreviewRow row) {
        if (s.dateOfBirth() != null && row.dateOfBirth() != null) {
            return s.dateOfBirth().equals(row.dateOfBirth());
        }
        return s.startDate().equals(row.startDate());
    }

    static StaffMember merge(StaffMember m, StaffImportService.PreviewRow r, long schoolId) {
        if (m == null) {
            return new StaffMember(0, schoolId, r.givenName(), r.familyName(), r.staffRef(), r.email(), r.category(),
                    r.jobTitle(), r.startDate(), r.leaveDate(), null, null, r.dateOfBirth());
        }
        return new StaffMember(m.id(), m.schoolId(), r.givenName(), r.familyName(), or(r.staffRef(), m.staffRef()),
                or(r.email(), m.email()), r.category(), or(r.jobTitle(), m.jobTitle()), r.startDate(),
                r.leaveDate() != null ? r.leaveDate() : m.leaveDate(), m.absenceFrom(), m.absenceTo(),
                or(r.dateOfBirth(), m.dateOfBirth()));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Given and family name, ignoring case, spaces and Unicode composition ("Zoë" typed either way). */
    static String nameKey(String given, String family) {
        return squash(given) + "|" + squash(family);
    }

    private static String squash(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).replaceAll("\\s+", "")
                .toLowerCase(Locale.ROOT);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    static List<StaffImportService.Change> changes(StaffMember a, StaffMember b) {
        List<StaffImportService.Change> out = new ArrayList<>();
        diff(out, Field.GIVEN_NAME.label(), a.givenName(), b.givenName());
        diff(out, Field.FAMILY_NAME.label(), a.familyName(), b.familyName());
        diff(out, Field.STAFF_REF.label(), a.staffRef(), b.staffRef());
        diff(out, Field.EMAIL.label(), a.email(), b.email());
        diff(out, Field.CATEGORY.label(), a.category().label(), b.category().label());
        diff(out, Field.JOB_TITLE.label(), a.jobTitle(), b.jobTitle());
        diff(out, Field.START_DATE.label(), Dates.forPeople(a.startDate()), Dates.forPeople(b.startDate()));
        diff(out, Field.LEAVE_DATE.label(), Dates.forPeople(a.leaveDate()), Dates.forPeople(b.leaveDate()));
        diff(out, Field.DATE_OF_BIRTH.label(), Dates.forPeople(a.dateOfBirth()), Dates.forPeople(b.dateOfBirth()));
        return out;
    }

    private static void diff(List<StaffImportService.Change> out, String field, String before, String after) {
        String x = before == null ? "" : before;
        String y = after == null ? "" : after;
        if (!Objects.equals(x, y)) {
            out.add(new StaffImportService.Change(field, x, y));
        }
    }
}
