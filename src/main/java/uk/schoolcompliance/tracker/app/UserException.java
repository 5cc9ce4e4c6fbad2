package uk.schoolcompliance.tracker.app;

/**
 * A problem with what the user gave us (a file, a field, a date): its message names the file, line
 * and field, and nothing was changed. The command line prints it on one line and exits with 1.
 */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * True when {@code t} is a problem the person can act on from its message alone: a {@link UserException} or a
     * database problem (unreadable file, disk full, held read-only by another copy); the command line prints it as
     * one "error: ..." line.
     */
    public static boolean explainsItself(Throwable t) {
        return t instanceof UserException || t instanceof uk.schoolcompliance.tracker.store.StoreException;
    }
}
