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

    /** Parses an ISO date given on the command line or in a file, with a message that names the field. */
    public static LocalDate parseIsoField(String text, String field) {
        try {
            return parseIso(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a date (use YYYY-MM-DD)");
        }
    }
}
