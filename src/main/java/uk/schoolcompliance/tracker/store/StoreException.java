package uk.schoolcompliance.tracker.store;

/** A database problem, with a message a person can act on. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
