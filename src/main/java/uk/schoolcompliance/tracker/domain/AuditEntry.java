package uk.schoolcompliance.tracker.domain;

import java.time.Instant;

/**
 * One line of the audit log: who changed what, with JSON snapshots before and after. {@code login} is the server's
 * login that wrote it (#19, filled by the database from {@code session_user}); null on a file.
 */
public record AuditEntry(long id, Instant at, String osUser, String operator, String entity, Long entityId,
                         String action, String before, String after, String login) {

    /** A line without a server login (a file's). */
    public AuditEntry(long id, Instant at, String osUser, String operator, String entity, Long entityId,
                      String action, String before, String after) {
        this(id, at, osUser, operator, entity, entityId, action, before, after, null);
    }

    /** Who did it: the server's login when there is one, else the computer's user. */
    public String who() {
        return login != null && !login.isBlank() ? login : osUser;
    }
}
