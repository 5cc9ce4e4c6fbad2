package uk.schoolcompliance.tracker.app;

import java.time.LocalDate;
import java.util.List;

import uk.schoolcompliance.tracker.app.StaffImportService.Preview;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.StaffCsvReader.Field;
import uk.schoolcompliance.tracker.store.StaffRepository;

/**
 * "Not in this file" ({@link StaffImportService}): the school's people in post today whom no row of the staff list
 * matched, and marking them as left on a date (never after today, never before a person's start date) inside the
 * import's transaction, refusing anyone changed since the preview.
 */
final class NotInFile {

    private final StaffRepository staffRepository;

    NotInFile(StaffRepository staffRepository) {
        this.staffRepository = staffRepository;
    }

    /** The people of {@code schoolId} in post on {@code today} on the register whom no row matched. */
    static List<StaffMember> among(StaffMatching.Result matching, LocalDate today) {
        return matching.register().stream().filter(s -> s.schoolId() == matching.schoolId() && s.inPostOn(today)
                && !matching.matched().contains(s.id())).toList();
    }

    /**
     * Checks the date the people not in the file would be marked as left on: never after today, never before a
     * person's start date (the first day they can be gone). One line naming the file and the field.
     */
    static void checkLeaveDate(Preview preview, LocalDate leftOn, LocalDate today) {
        if (leftOn.isAfter(today)) {
            throw new UserException(preview.source() + ": " + Field.LEAVE_DATE.label() + ": " + Dates.forPeople(leftOn)
                    + " is after today (" + Dates.forPeople(today) + "); nothing was imported");
        }
        for (StaffMember m : preview.missing()) {
            if (leftOn.isBefore(m.startDate())) {
                throw new UserException(preview.source() + ": " + Field.LEAVE_DATE.label() + ": " + Dates.forPeople(leftOn)
                        + " is before " + m.fullName() + "'s start date (" + Dates.forPeople(m.startDate())
                        + "); nothing was imported");
            }
        }
    }

    /** Marks everyone the preview found missing as left on {@code leftOn}; call inside the import's transaction. */
    int markLeft(Preview preview, LocalDate leftOn) {
        int marked = 0;
        for (StaffMember m : preview.missing()) {
            unchangedSincePreview(preview, 0, m);
            staffRepository.update(m.withLeaveDate(leftOn));
            marked++;
        }
        return marked;
    }

    /** Refuses the import (one line, nothing written) when {@code before} was changed since the preview was made. */
    void unchangedSincePreview(Preview preview, long line, StaffMember before) {
        StaffMember now = staffRepository.findById(before.id()).orElse(null);
        if (!before.equals(now)) {
            throw new UserException(preview.source() + (line > 0 ? " line " + line : "") + ": " + before.fullName()
                    + " was changed since the preview; nothing was imported, preview the file again");
        }
    }
}
