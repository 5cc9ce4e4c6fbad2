package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** The one place dates are formatted: dd/MM/yyyy for people, ISO (yyyy-MM-dd) for files and the database. */
public final class Dates {

    public static final DateTimeFormatter PEOPLE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    public static String forPeople(LocalDate date) {
        return date == null ? "" : PEOPLE.format(date);
    }

    public static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public static LocalDate parseIso(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }

    /**
     * Parses an ISO date given on the command line or in a file, with a message that names the field: null when
     * absent; given but empty, or not a date written YYYY-MM-DD with a four-digit year ({@code +999999999-12-31}
     * parses as an ISO date, then overflows every date sum made with it), is refused.
     */
    public static LocalDate parseIsoField(String text, String field) {
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException(field + ": is empty (use YYYY-MM-DD)");
        }
        try {
            if (!text.trim().matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
            }
            return parseIso(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a date (use YYYY-MM-DD)");
        }
    }
}
