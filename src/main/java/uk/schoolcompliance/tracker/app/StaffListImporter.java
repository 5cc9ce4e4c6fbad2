package uk.schoolcompliance.tracker.app;

import java.nio.file.Path;
import java.util.List;

import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * Reads a school's staff list for the first-run wizard: a preview first, which changes nothing, then
 * the rows are saved by {@link SchoolSetupService} in the same transaction as the rest of the school.
 *
 * <p>The wizard only depends on this interface; {@link CsvStaffListImporter} is the built-in one.
 * Point {@code TrackerServices.staffListImporter()} at the full staff import when it lands.
 */
public interface StaffListImporter {

    /** What a file would import: the people (not yet saved, ids 0) and notes worth showing. */
    record Preview(String source, List<StaffMember> staff, List<String> warnings) {
        public Preview {
            staff = List.copyOf(staff);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads the whole file and checks every row; nothing is saved.
     *
     * @throws UserException naming the file, line and field of the first problem (all or nothing)
     */
    Preview preview(Path file);
}
