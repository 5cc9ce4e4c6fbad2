package uk.schoolcompliance.tracker.store;

/** A database problem, with a message a person can act on. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }

    /**
     * True when the database could not be reached at all (a trust's server went away mid-session, or is not back
     * yet): nothing was changed, and trying again once it is back may succeed.
     */
    public boolean connectionLost() {
        for (Throwable t = getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException e && ServerConnection.lostConnection(e)) {
                return true;
            }
        }
        return false;
    }
}
