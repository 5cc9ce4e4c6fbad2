package uk.schoolcompliance.tracker.app;

import java.time.LocalDate;
import java.util.Optional;

import uk.schoolcompliance.tracker.domain.Dates;

/**
 * The checks the services make on every date a user gives them, whatever face it came through
 * (a field in the window, a command-line option, a date read from a file), so a bad date is refused
 * the same way everywhere with one line naming the field: it must lie in the window of
 * {@link Dates#outsideWindow sane dates}, and the date something was done (a tick, a signature, a
 * completed review) cannot be after today by the app's clock.
 */
final class UserDates {

    private UserDates() {
    }

    /** Refuses a date outside the window ({@code field: 31/12/9999 is too far ahead: ...}); null passes. */
    static void inWindow(LocalDate date, LocalDate today, String field) {
        problem(date, today).ifPresent(p -> {
            throw new UserException(field + ": " + p);
        });
    }

    /** Why a date (null passes) is outside the window, as one sentence starting with the date. */
    static Optional<String> problem(LocalDate date, LocalDate today) {
        return date == null ? Optional.empty() : Dates.outsideWindow(date, today);
    }

    /**
     * The date something was done: required, in the window and not after today
     * ({@code Done on: 25/11/2026 is in the future (today is 24/11/2026)}).
     */
    static void done(LocalDate date, LocalDate today, String field, String whenMissing) {
        if (date == null) {
            throw new UserException(field + ": " + whenMissing);
        }
        notAfterToday(date, today, field);
        inWindow(date, today, field);
    }

    /** Refuses a date after today by the app's clock. */
    static void notAfterToday(LocalDate date, LocalDate today, String field) {
        if (date != null && date.isAfter(today)) {
            throw new UserException(field + ": " + Dates.forPeople(date) + " is in the future (today is "
                    + Dates.forPeople(today) + ")");
        }
    }
}
