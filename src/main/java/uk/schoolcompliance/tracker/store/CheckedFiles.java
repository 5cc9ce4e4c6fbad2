package uk.schoolcompliance.tracker.store;

/**
 * Where opening a file remembers that SQLite's quick check passed on it today, and what the file looked like then
 * (issue 17: the check costs seconds on a trust's file). The store decides what a record says and when it may be
 * trusted ({@link QuickCheckGate}); whoever opens the file (the app, with a small settings file of this computer's
 * user) only keeps the text. A record that cannot be read or written only means the next open checks again.
 */
public interface CheckedFiles {

    /** The text last remembered for the file at this canonical path, or null. */
    String recall(String canonicalPath);

    /** Remembers {@code record} for the file at this canonical path (best effort; a failure is ignored). */
    void remember(String canonicalPath, String record);

    /** Remembers nothing: every open checks (the tests' and tools' default). */
    CheckedFiles NONE = new CheckedFiles() {
        @Override
        public String recall(String canonicalPath) {
            return null;
        }

        @Override
        public void remember(String canonicalPath, String record) {
            // nothing kept
        }
    };
}
