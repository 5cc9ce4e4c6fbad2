package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A staff member's acknowledgement of one policy version. Never edited: a correction voids it
 * ({@code voided} true, with a reason) and a voided acknowledgement no longer counts.
 */
public record Acknowledgement(
        long id,
        long staffId,
        long versionId,
        LocalDate date,
        AckMethod method,
        String recordedBy,
        String note,
        boolean voided,
        String voidReason) {

    public Acknowledgement {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(method, "method");
    }

    /** Counts on D when not voided and dated on or before D. */
    public boolean countsOn(LocalDate d) {
        return !voided && !date.isAfter(d);
    }
}
