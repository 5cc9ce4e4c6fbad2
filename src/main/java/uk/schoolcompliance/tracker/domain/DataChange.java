package uk.schoolcompliance.tracker.domain;

/**
 * What another user's write changed on a trust's server (issue #19, PostgreSQL {@code LISTEN/NOTIFY}): the kind of
 * record ({@code staff}, {@code acknowledgement}, {@code induction_item}, {@code policy}, {@code review}, ...; the audit
 * log's entity names), its id when there is one, and the school it belongs to (null: trust-wide, the file's settings,
 * or not known).
 */
public record DataChange(String entity, Long entityId, Long schoolId) {

    /** Reads the notification's payload, {@code entity:id:school} with either number empty. */
    public static DataChange parse(String payload) {
        String[] parts = (payload == null ? "" : payload).split(":", -1);
        return new DataChange(parts[0], parts.length > 1 ? number(parts[1]) : null, parts.length > 2 ? number(parts[2]) : null);
    }

    /** The payload {@link #parse} reads. */
    public String payload() {
        return entity + ":" + (entityId == null ? "" : entityId) + ":" + (schoolId == null ? "" : schoolId);
    }

    private static Long number(String s) {
        try {
            return s.isEmpty() ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
