package uk.schoolcompliance.tracker.domain.report;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school term of a calendar year: Autumn (1 September – 31 December), Spring (1 January – 31 March)
 * and Summer (1 April – 31 August). Written the way schools say it: "Autumn 2026".
 */
public record Term(Season season, int year) implements Comparable<Term> {

    public enum Season {
        SPRING("Spring", Month.JANUARY, Month.MARCH),
        SUMMER("Summer", Month.APRIL, Month.AUGUST),
        AUTUMN("Autumn", Month.SEPTEMBER, Month.DECEMBER);

        private final String label;
        private final Month first;
        private final Month last;

        Season(String label, Month first, Month last) {
            this.label = label;
            this.first = first;
            this.last = last;
        }

        public String label() {
            return label;
        }
    }

    private static final Pattern TEXT = Pattern.compile("(?i)\\s*(autumn|spring|summer)\\s+(\\d{4})\\s*");

    /** The term containing the date. */
    public static Term containing(LocalDate date) {
        for (Season s : Season.values()) {
            if (date.getMonthValue() >= s.first.getValue() && date.getMonthValue() <= s.last.getValue()) {
                return new Term(s, date.getYear());
            }
        }
        throw new IllegalStateException("no term contains " + date);
    }

    /**
     * Reads "Autumn 2026" (any case).
     *
     * @throws IllegalArgumentException naming the text when it is not a term
     */
    public static Term parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("--term: '" + text + "' is not a term (use e.g. \"Autumn 2026\", "
                    + "\"Spring 2027\" or \"Summer 2027\")");
        }
        Season season = Season.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        return new Term(season, Integer.parseInt(m.group(2)));
    }

    public LocalDate start() {
        return LocalDate.of(year, season.first, 1);
    }

    public LocalDate end() {
        return LocalDate.of(year, season.last, 1).plusMonths(1).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(start()) && !date.isAfter(end());
    }

    public Term next() {
        return switch (season) {
            case SPRING -> new Term(Season.SUMMER, year);
            case SUMMER -> new Term(Season.AUTUMN, year);
            case AUTUMN -> new Term(Season.SPRING, year + 1);
        };
    }

    public Term previous() {
        return switch (season) {
            case SPRING -> new Term(Season.AUTUMN, year - 1);
            case SUMMER -> new Term(Season.SPRING, year);
            case AUTUMN -> new Term(Season.SUMMER, year);
        };
    }

    /** {@code count} terms starting from this one, going forward. */
    public List<Term> andFollowing(int count) {
        List<Term> out = new ArrayList<>();
        Term t = this;
        for (int i = 0; i < count; i++) {
            out.add(t);
            t = t.next();
        }
        return out;
    }

    public String label() {
        return season.label + " " + year;
    }

    /** The school year the term belongs to, "2026/27" (Autumn starts it). */
    public String academicYearLabel() {
        int first = season == Season.AUTUMN ? year : year - 1;
        return first + "/" + String.format("%02d", (first + 1) % 100);
    }

    @Override
    public int compareTo(Term o) {
        return start().compareTo(o.start());
    }

    @Override
    public String toString() {
        return label();
    }
}
