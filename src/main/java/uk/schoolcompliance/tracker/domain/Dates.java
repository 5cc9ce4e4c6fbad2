package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place dates are formatted and read: dd/MM/yyyy for people, ISO (yyyy-MM-dd) for files, the
 * command line and the database.
 *
 * <p><b>Reading what a person typed</b> ({@link #readForPeople}): {@code 27/11/2026}, {@code 1/2/2026},
 * {@code 1/2/26}, {@code 27.11.2026}, {@code 27-11-2026}, {@code 27 Nov 2026}, {@code 27 November 2026},
 * {@code 27th November 2026}, {@code 27-Nov-2026} and ISO {@code 2026-11-27}; spaces around the text
 * do not matter. Day first, always (a school in England). The reading is strict: {@code 31/11/2026}
 * is refused with the reason ("November 2026 has 30 days"), never rounded to 30/11/2026.
 *
 * <p><b>Two-digit years</b> fall in the hundred years that end {@value #YEARS_AHEAD} years after today:
 * in 2026, {@code 00}..{@code 36} are 2000..2036 and {@code 37}..{@code 99} are 1937..1999 (so
 * {@code 1/9/98} is 1998, a plausible start date, rather than 2098).
 *
 * <p><b>The window</b>: every date a user gives (a field in the window, a command-line option, a
 * date in an imported file) must lie between {@link #EARLIEST} and {@value #YEARS_AHEAD} years after
 * today by the app's clock. It catches typing slips ({@code 0202}, {@code 9999}) that would otherwise
 * leave a policy "In date" until the year 10000. The floor is 1950 rather than a later year because a
 * long-serving member of staff may well have started in the 1980s.
 */
public final class Dates {

    public static final DateTimeFormatter PEOPLE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The earliest date accepted from a user. */
    public static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    /** How many years after today the latest date accepted from a user is. */
    public static final int YEARS_AHEAD = 10;

    private static final String PEOPLE_HINT = " is not a date (use dd/mm/yyyy, e.g. 27/11/2026)";
    private static final String ISO_HINT = " is not a date (use YYYY-MM-DD)";

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2}) ?([/.-]) ?(\\d{1,2}) ?\\2 ?(\\d{4}|\\d{2})");
    private static final Pattern ISO_LOOSE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern ISO_STRICT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WORDS = Pattern.compile(
            "(?i)(\\d{1,2})(?:st|nd|rd|th)?[ -]?(?:of )?([a-z]+)\\.?,?[ -]?(\\d{4}|\\d{2})");

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("january", Month.JANUARY),
            Map.entry("feb", Month.FEBRUARY), Map.entry("february", Month.FEBRUARY),
            Map.entry("mar", Month.MARCH), Map.entry("march", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("april", Month.APRIL),
            Map.entry("may", Month.MAY),
            Map.entry("jun", Month.JUNE), Map.entry("june", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("july", Month.JULY),
            Map.entry("aug", Month.AUGUST), Map.entry("august", Month.AUGUST),
            Map.entry("sep", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER), Map.entry("september", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER), Map.entry("october", Month.OCTOBER),
            Map.entry("nov", Month.NOVEMBER), Map.entry("november", Month.NOVEMBER),
            Map.entry("dec", Month.DECEMBER), Map.entry("december", Month.DECEMBER));

    private Dates() {
    }

    /** The month a name or its usual abbreviation means ("Nov", "november", "Sept"), in any case; null if none. */
    public static Month monthNamed(String word) {
        return word == null ? null : MONTHS.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * What a person typed, read: a date ({@code date} set), nothing ({@link #blank()}: no text), or
     * why it is not an acceptable date ({@code problem}: one sentence quoting the text). {@code shaped}
     * says the text has the shape of a whole date (day, month and year), so a problem is about the date
     * itself (31/11/2026, 9999) rather than text still being typed (27/1).
     */
    public record Reading(String text, LocalDate date, String problem, boolean shaped) {

        /** Nothing was typed (only spaces at most). */
        public boolean blank() {
            return date == null && problem == null;
        }

        /** A date, or blank: nothing is wrong with the text. */
        public boolean ok() {
            return problem == null;
        }
    }

    public static String forPeople(LocalDate date) {
        return date == null ? "" : PEOPLE.format(date);
    }

    public static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** A date the app itself wrote (the database, its own files); not for what a user gives. */
    public static LocalDate parseIso(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    }

    /**
     * Parses an ISO date given on the command line or in a file, with a message that names the field: null when
     * absent; given but empty, or not a date written YYYY-MM-DD with a four-digit year ({@code +999999999-12-31}
     * parses as an ISO date, then overflows every date sum made with it), is refused.
     *
     * @deprecated a date a user gives must also be inside the window: use
     * {@link #parseIsoField(String, String, LocalDate)} with today from the app's clock.
     */
    @Deprecated
    public static LocalDate parseIsoField(String text, String field) {
        if (text == null) {
            return null;
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException(field + ": no date given (use YYYY-MM-DD)");
        }
        try {
            if (!text.trim().matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
            }
            return parseIso(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + text + "'" + ISO_HINT);
        }
    }

    /**
     * A date given on the command line (an option such as {@code --as-of}): strictly YYYY-MM-DD and
     * within the window around {@code today}. {@code null} (the option was not given) is null; an
     * empty value, an impossible date or one outside the window is an {@link IllegalArgumentException}
     * with one line naming the option.
     */
    public static LocalDate parseIsoField(String text, String field, LocalDate today) {
        if (text == null) {
            return null;
        }
        Reading r = readIso(text, today);
        if (r.blank()) {
            throw new IllegalArgumentException(field + ": no date given (use YYYY-MM-DD)");
        }
        if (!r.ok()) {
            throw new IllegalArgumentException(field + ": " + r.problem());
        }
        return r.date();
    }

    /** Reads what a person typed (see the class comment for the forms), then checks the window. */
    public static Reading readForPeople(String text, LocalDate today) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            return new Reading(text, null, null, false);
        }
        String quoted = "'" + t + "'";
        Matcher m = NUMERIC.matcher(t);
        if (m.matches()) {
            return resolve(text, quoted, year(m.group(4), today), number(m.group(3)), number(m.group(1)), today);
        }
        m = ISO_LOOSE.matcher(t);
        if (m.matches()) {
            return resolve(text, quoted, number(m.group(1)), number(m.group(2)), number(m.group(3)), today);
        }
        m = WORDS.matcher(t);
        if (m.matches()) {
            Month month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month == null) {
                return new Reading(text, null, quoted + " is not a date: '" + m.group(2) + "' is not a month", true);
            }
            return resolve(text, quoted, year(m.group(3), today), month.getValue(), number(m.group(1)), today);
        }
        return new Reading(text, null, quoted + PEOPLE_HINT, false);
    }

    /** Reads a date given as YYYY-MM-DD (the command line), then checks the window. */
    public static Reading readIso(String text, LocalDate today) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Reading(text, null, null, false);
        }
        String quoted = "'" + t + "'";
        Matcher m = ISO_STRICT.matcher(t);
        if (!m.matches()) {
            return new Reading(text, null, quoted + ISO_HINT, false);
        }
        return resolve(text, quoted, number(m.group(1)), number(m.group(2)), number(m.group(3)), today);
    }

    /** The latest date accepted from a user: {@value #YEARS_AHEAD} years after today. */
    public static LocalDate latestAccepted(LocalDate today) {
        return today.plusYears(YEARS_AHEAD);
    }

    /**
     * Why a date is outside the window of dates accepted from a user, as one sentence starting with
     * the date; empty when it is inside (from {@link #EARLIEST} to {@link #latestAccepted}).
     */
    public static Optional<String> outsideWindow(LocalDate date, LocalDate today) {
        return windowReason(date, today).map(reason -> forPeople(date) + " is " + reason);
    }

    private static Optional<String> windowReason(LocalDate date, LocalDate today) {
        if (date.isBefore(EARLIEST)) {
            return Optional.of("too long ago: dates from " + forPeople(EARLIEST) + " are accepted");
        }
        LocalDate latest = latestAccepted(today);
        if (date.isAfter(latest)) {
            return Optional.of("too far ahead: dates up to " + forPeople(latest) + " (" + YEARS_AHEAD
                    + " years from today) are accepted");
        }
        return Optional.empty();
    }

    /** Checks the day and month exist (strictly: no rounding), then the window. */
    private static Reading resolve(String text, String quoted, int year, int month, int day, LocalDate today) {
        if (month < 1 || month > 12) {
            return new Reading(text, null, quoted + " is not a date: there is no month " + month, true);
        }
        if (day < 1) {
            return new Reading(text, null, quoted + " is not a date: there is no day " + day, true);
        }
        YearMonth ym = YearMonth.of(year, month);
        if (day > ym.lengthOfMonth()) {
            return new Reading(text, null, quoted + " is not a date: "
                    + ym.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + year + " has "
                    + ym.lengthOfMonth() + " days", true);
        }
        LocalDate date = ym.atDay(day);
        Optional<String> outside = windowReason(date, today);
        if (outside.isPresent()) {
            String subject = quoted.equals("'" + forPeople(date) + "'") || quoted.equals("'" + date + "'") ? quoted
                    : quoted + " (" + forPeople(date) + ")";
            return new Reading(text, null, subject + " is " + outside.get(), true);
        }
        return new Reading(text, date, null, true);
    }

    /** A four-digit year as written; a two-digit one in the hundred years ending ten years after today. */
    private static int year(String digits, LocalDate today) {
        int y = number(digits);
        if (digits.length() != 2) {
            return y;
        }
        int last = today.getYear() + YEARS_AHEAD;
        int candidate = last - Math.floorMod(last - y, 100);
        return candidate;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
