package uk.schoolcompliance.tracker.io;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything held about one person, as sections of tables, ready to be written as PDF and CSV: details,
 * acknowledgements, induction, audit entries.
 */
public record SubjectAccessReport(String schoolName, String personName, LocalDate producedOn, List<Section> sections) {

    /** One section: a title, column headers, and rows of the same width. */
    public record Section(String title, List<String> headers, List<List<String>> rows) {
    }
}
