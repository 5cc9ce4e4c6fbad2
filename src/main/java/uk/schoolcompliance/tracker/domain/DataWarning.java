package uk.schoolcompliance.tracker.domain;

import java.util.Locale;

/**
 * Something in the data a person should correct; {@code subject} names the record (the policy, or the
 * staff in post). Every warning is made in one place, {@link ComplianceCalculator#dataWarnings()}, which
 * the dashboard, the governors' pack and {@code warnings} all show.
 */
public record DataWarning(Kind kind, String subject, String message) {

    public enum Kind {
        /** Rule 4: a hand-set next-review date on or before the last review (read by month). */
        REVIEW_DATE_ERROR,
        /** An active policy with no version, so nobody can acknowledge it. */
        NO_VERSION,
        /** The current version's document is not stored. */
        NO_DOCUMENT,
        /** People in post without an email address (cannot be chased by email). */
        NO_EMAIL;

        /** The code scripts see ({@code warnings --json}): {@code review-date-error}, {@code no-email}, ... */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
