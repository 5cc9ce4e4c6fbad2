package uk.schoolcompliance.tracker.io.policy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.schoolcompliance.tracker.domain.Dates;

/**
 * Dates as policy documents and school spreadsheets write them: {@code 01/09/2025}, {@code 1.9.25},
 * {@code 2025-09-01}, {@code 1st September 2025}, {@code December 2023}, {@code Sept 2027},
 * {@code Autumn 2026}, {@code Spring 1 2027}, {@code Summer term 2025/26}.
 *
 * <p>A date given only as a month means the 1st for a past event (approved, last reviewed) and the
 * last day for a deadline (next review due). A term always means its last day: Autumn 1 31 Oct,
 * Autumn (2) 31 Dec, Spring 1 end of February, Spring (2) 31 Mar, Summer 1 31 May, Summer (2) 31 Jul.
 */
public final class LooseDates {

    /** How the date is used: a past event or a deadline (decides where a month-only date falls). */
    public enum Use { EVENT, DEADLINE }

    /** A date found in a text: where it was, what was written and what it means. */
    public record Found(LocalDate date, int start, int end, String written) {
    }


    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|"
            + "november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\\.?";
    private static final String YEAR = "((?:19|20)\\d\\d)(?:\\s*[/-]\\s*(\\d{2}|\\d{4}))?";

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:of\\s+)?" + MONTH + ",?\\s*((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)(?<![a-z])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?i)(?<![a-z])" + MONTH + ",?\\s*(?:'(\\d\\d)|((?:19|20)\\d\\d))(?!\\d)");
    private static final Pattern TERM = Pattern.compile(
            "(?i)(?<![a-z])(autumn|spring|summer)(?:\\s*(?:term|half[- ]?term))?\\s*([12])?(?:\\s*(?:term|half[- ]?term))?"
                    + "[\\s,]*(?:of\\s+)?" + YEAR + "(?!\\d)");

    private LooseDates() {
    }

    /** Parses a whole value (surrounding words allowed); empty when no date is in it. */
    public static Optional<LocalDate> parse(String text, Use use) {
        return find(text, use).map(Found::date);
    }

    /** The first date in the text (the earliest by position), read for the given use. */
    public static Optional<Found> find(String text, Use use) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Found best = null;
        for (Pattern p : new Pattern[] {ISO, NUMERIC, DAY_MONTH_YEAR, MONTH_DAY_YEAR, TERM, MONTH_YEAR}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                LocalDate d = interpret(p, m, use);
                if (d != null) {
                    // earlier wins; at the same start the longer (more precise) match wins
                    if (best == null || m.start() < best.start()
                            || (m.start() == best.start() && m.end() > best.end())) {
                        best = new Found(d, m.start(), m.end(), m.group());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static LocalDate interpret(Pattern p, Matcher m, Use use) {
        try {
            if (p == ISO) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (p == NUMERIC) {
                return LocalDate.of(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if (p == DAY_MONTH_YEAR) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if (p == MONTH_DAY_YEAR) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if (p == MONTH_YEAR) {
                int year = m.group(2) != null ? 2000 + Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(3));
                YearMonth ym = YearMonth.of(year, month(m.group(1)));
                return use == Use.EVENT ? ym.atDay(1) : ym.atEndOfMonth();
            }
            if (p == TERM) {
                return term(m.group(1), m.group(2), Integer.parseInt(m.group(3)), m.group(4));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /**
     * The last day of a term. With an academic year ({@code 2026/27}) the autumn term is in the first
     * calendar year and spring and summer in the second.
     */
    static LocalDate term(String name, String half, int year, String secondYear) {
        String n = name.toLowerCase(Locale.ROOT);
        int y = year;
        if (secondYear != null && !n.equals("autumn")) {
            y = year + 1;
        }
        boolean first = "1".equals(half);
        return switch (n) {
            case "autumn" -> first ? LocalDate.of(y, 10, 31) : LocalDate.of(y, 12, 31);
            case "spring" -> first ? YearMonth.of(y, 2).atEndOfMonth() : LocalDate.of(y, 3, 31);
            default -> first ? LocalDate.of(y, 5, 31) : LocalDate.of(y, 7, 31);
        };
    }

    private static Month month(String word) {
        Month m = Dates.monthNamed(word.replace(".", ""));
        if (m == null) {
            throw new DateTimeException("not a month: " + word);
        }
        return m;
    }

    private static int year(String text) {
        int y = Integer.parseInt(text);
        return text.length() == 2 ? 2000 + y : y;
    }
}
