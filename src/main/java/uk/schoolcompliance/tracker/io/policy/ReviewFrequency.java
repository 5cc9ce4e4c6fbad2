package uk.schoolcompliance.tracker.io.policy;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Review (and re-acknowledgement) frequencies as schools write them, in months: "Annually" 12,
 * "Every 2 years" / "2 yearly" / "Biennial" 24, "3 yearly" / "Triennial" 36, "24 months", "24",
 * "Termly" 4, and "Live document" / "None" / "N/A" for no cycle (null).
 */
public final class ReviewFrequency {

    private static final Pattern YEARS = Pattern.compile("^(?:every\\s+)?(\\d{1,2})\\s*(?:-\\s*)?(?:years?|yearly|yrs?|y)$");
    private static final Pattern MONTHS = Pattern.compile("^(?:every\\s+)?(\\d{1,3})\\s*(?:months?|monthly|mths?|m)?$");

    private ReviewFrequency() {
    }

    /**
     * @return months, or null for a live document with no cycle
     * @throws IllegalArgumentException naming the value when it is not a frequency
     */
    public static Integer parse(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[.()]", " ").replaceAll("\\s+", " ").strip();
        switch (t) {
            case "annually", "annual", "yearly", "every year", "each year", "once a year", "1 year", "one year" -> {
                return 12;
            }
            case "biennial", "biennially", "every two years", "two yearly", "two years" -> {
                return 24;
            }
            case "triennial", "triennially", "every three years", "three yearly", "three years" -> {
                return 36;
            }
            case "every four years", "four yearly", "four years" -> {
                return 48;
            }
            case "termly", "every term", "each term" -> {
                return 4;
            }
            case "six monthly", "half yearly", "twice a year" -> {
                return 6;
            }
            case "live document", "live", "none", "n/a", "na", "-", "ongoing", "as required", "as needed", "no review",
                 "not applicable" -> {
                return null;
            }
            default -> {
            }
        }
        Matcher y = YEARS.matcher(t);
        if (y.matches()) {
            int n = Integer.parseInt(y.group(1));
            if (n > 0 && n <= 10) {
                return n * 12;
            }
        }
        Matcher m = MONTHS.matcher(t);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            if (n > 0 && n <= 120) {
                return n;
            }
        }
        throw new IllegalArgumentException("'" + text.strip() + "' is not a review frequency (e.g. Annually, "
                + "Every 2 years, 24 months, Live document)");
    }

    /** How a frequency reads for people: "Annually", "Every 2 years", "Every 6 months", "Live document". */
    public static String describe(Integer months) {
        return uk.schoolcompliance.tracker.domain.FrequencyWords.describe(months);
    }
}
