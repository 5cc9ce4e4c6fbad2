package uk.schoolcompliance.tracker.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Where an editable record stands (issue #19, optimistic locking): its version, bumped by every change, and who made
 * the last change and when ({@code changedBy} is the server login on PostgreSQL, the operator's name on a file; both
 * are null for a record not changed since versions were kept).
 */
public record RecordStamp(long version, String changedBy, Instant changedAt) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** "changed by LOGIN at HH:MM since you opened it", the time in {@code zone} (the app's clock's). */
    public String changedSinceOpened(ZoneId zone) {
        String who = changedBy == null || changedBy.isBlank() ? "someone else" : changedBy;
        String when = changedAt == null ? "" : " at " + HH_MM.format(changedAt.atZone(zone));
        return "changed by " + who + when + " since you opened it";
    }
}
