package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a policy document says about itself on its cover: title, who approved it and when, when it
 * was last reviewed, when the next review is due and the version if stated. Any of them may be null
 * when the document does not say. {@code warnings} are problems a person should look at (never fixed
 * silently).
 */
public record CoverDetails(
        String title,
        String approvedBy,
        LocalDate approvedOn,
        LocalDate lastReviewed,
        LocalDate nextReviewDue,
        String version,
        List<String> warnings) {

    public CoverDetails {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
