package uk.schoolcompliance.tracker.domain;

/** Something in the data a person should correct; {@code subject} names the policy or person. */
public record DataWarning(Kind kind, String subject, String message) {

    public enum Kind {
        /** Rule 4: a hand-set next-review date on or before the last review. */
        REVIEW_DATE_ERROR,
        /** An active policy with no version, so nobody can acknowledge it. */
        NO_VERSION,
        /** The current version's document is not stored. */
        NO_DOCUMENT,
        /** People in post without an email address (cannot be chased by email). */
        NO_EMAIL
    }
}
