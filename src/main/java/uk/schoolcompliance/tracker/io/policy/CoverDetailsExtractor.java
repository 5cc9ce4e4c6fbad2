package uk.schoolcompliance.tracker.io.policy;

import uk.schoolcompliance.tracker.domain.CoverDetails;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.schoolcompliance.tracker.domain.Dates;

/**
 * Reads the cover details of a policy document from its text. Real documents put them in a table
 * ("Approved by: | Mark Phillips | Date: | December 2023"), on separate lines, or, once text
 * extraction has run the table cells together, with no separators at all
 * ("Approved by:Mark PhillipsDate: December 2023Last reviewed on:September 2026..."). Each label
 * ends the value of the one before it, so all three forms read the same.
 */
public final class CoverDetailsExtractor {

    /** How far into the document the cover details are looked for. */
    static final int COVER_CHARS = 4000;

    private enum Field { APPROVED_BY, APPROVED_ON, LAST_REVIEWED, NEXT_REVIEW, VERSION, TITLE, IGNORE }

    /** Labels, longest first within a field so the most specific wins at a position. */
    private static final Object[][] LABELS = {
            {Field.NEXT_REVIEW, "next review due by", "next review due on", "next review due", "next review date",
                    "date of next review", "next review by", "due for review", "to be reviewed by",
                    "next review", "review due", "review date"},
            {Field.LAST_REVIEWED, "last reviewed on", "last reviewed", "date of last review", "last review date",
                    "date reviewed", "reviewed on", "last review", "reviewed"},
            {Field.APPROVED_ON, "date of approval", "date approved", "approval date", "date ratified", "date adopted",
                    "approved on", "ratified on", "adopted on", "date"},
            {Field.APPROVED_BY, "ratified by", "approved by", "adopted by", "agreed by", "approving body"},
            {Field.VERSION, "version number", "version no", "version"},
            {Field.TITLE, "policy title", "title"},
            {Field.IGNORE, "image", "signed", "signature", "page", "author", "owner", "policy lead", "status",
                    "statutory", "chair of governors"},
    };
    /** Labels that count even without a colon after them (specific enough not to occur in prose by chance). */
    private static final List<String> WITHOUT_COLON = List.of("next review due by", "next review due on",
            "next review due", "next review date", "date of next review", "to be reviewed by", "last reviewed on",
            "date of last review", "ratified by", "approved by", "approved on", "ratified on", "adopted on",
            "date approved", "date of approval", "approval date", "review date", "next review");

    private static final Pattern LABEL;
    private static final List<Field> GROUP_FIELDS = new ArrayList<>();
    private static final List<String> GROUP_LABELS = new ArrayList<>();

    static {
        List<String[]> all = new ArrayList<>();
        for (Object[] row : LABELS) {
            for (int i = 1; i < row.length; i++) {
                all.add(new String[] {((Field) row[0]).name(), (String) row[i]});
            }
        }
        all.sort((a, b) -> Integer.compare(b[1].length(), a[1].length()));
        StringBuilder sb = new StringBuilder();
        for (String[] l : all) {
            GROUP_FIELDS.add(Field.valueOf(l[0]));
            GROUP_LABELS.add(l[1]);
            sb.append(sb.isEmpty() ? "" : "|").append('(').append(labelRegex(l[1])).append(')');
        }
        LABEL = Pattern.compile(sb.toString());
    }

    /**
     * A label matches at a word start, or glued to the end of the previous value when it starts with a
     * capital ("PhillipsDate:"); the rest is case-insensitive. Without a colon only the specific labels.
     */
    private static String labelRegex(String label) {
        char first = label.charAt(0);
        String rest = Pattern.quote(label.substring(1)).replace(" ", "\\E\\s+\\Q");
        String start = "(?:(?<!\\p{L})[" + first + Character.toUpperCase(first) + "]|(?<=\\p{Ll})"
                + Character.toUpperCase(first) + ")";
        String colon = WITHOUT_COLON.contains(label) ? "(?:\\s*[:\\-\u2013]|(?=\\s|\\p{Lu}|\\d))" : "(?:\\s*:|(?=\\t))";
        return start + "(?i:" + rest + ")" + colon;
    }

    private record Hit(Field field, int start, int end, String label) {
    }

    private CoverDetailsExtractor() {
    }

    /**
     * Extracts the cover details. {@code fallbackTitle} (usually the file name) is used when the text has
     * no title line; {@code today} decides whether a review date is already past.
     */
    public static CoverDetails extract(String text, String fallbackTitle, LocalDate today) {
        String cover = text.length() > COVER_CHARS ? text.substring(0, COVER_CHARS) : text;
        List<Hit> hits = new ArrayList<>();
        Matcher m = LABEL.matcher(cover);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    hits.add(new Hit(GROUP_FIELDS.get(g - 1), m.start(), m.end(), GROUP_LABELS.get(g - 1)));
                    break;
                }
            }
        }
        Map<Field, String> values = new EnumMap<>(Field.class);
        Map<Field, String> labels = new EnumMap<>(Field.class);
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            int end = i + 1 < hits.size() ? hits.get(i + 1).start() : cover.length();
            String raw = cover.substring(h.end(), end);
            String value = firstLine(raw);
            if (h.field() == Field.APPROVED_BY && value.matches("(?is).*\\bon\\s*:?$")) {
                // "Ratified by governors on" | "1st September 2025": the date is in the next cell
                value = firstLine(raw.replaceFirst("[\t]", " "));
            }
            if (value.isEmpty() || values.containsKey(h.field())) {
                continue;
            }
            // a bare "Date:" is the approval date only on the cover, before the body starts
            values.put(h.field(), value);
            labels.put(h.field(), h.label());
        }

        String approvedBy = values.get(Field.APPROVED_BY);
        LocalDate approvedOn = values.containsKey(Field.APPROVED_ON)
                ? LooseDates.parse(values.get(Field.APPROVED_ON), LooseDates.Use.EVENT).orElse(null) : null;
        if (approvedBy != null) {
            // "Ratified by governors on 12 March 2025": the approver, then the date
            Optional<LooseDates.Found> inline = LooseDates.find(approvedBy, LooseDates.Use.EVENT);
            if (inline.isPresent()) {
                if (approvedOn == null) {
                    approvedOn = inline.get().date();
                }
                approvedBy = approvedBy.substring(0, inline.get().start());
            }
            approvedBy = cleanName(approvedBy);
            if (!approvedBy.isEmpty() && Character.isLowerCase(approvedBy.charAt(0))) {
                approvedBy = Character.toUpperCase(approvedBy.charAt(0)) + approvedBy.substring(1);
            }
            if (approvedBy.isEmpty() || approvedBy.length() > 80) {
                approvedBy = null;
            }
        }
        LocalDate lastReviewed = date(values.get(Field.LAST_REVIEWED), LooseDates.Use.EVENT);
        LocalDate nextReview = date(values.get(Field.NEXT_REVIEW), LooseDates.Use.DEADLINE);
        String version = null;
        if (values.containsKey(Field.VERSION)) {
            Matcher v = Pattern.compile("^v?(\\d+(?:\\.\\d+){0,2}[a-z]?)\\b", Pattern.CASE_INSENSITIVE)
                    .matcher(values.get(Field.VERSION));
            version = v.find() ? v.group(1) : null;
        }
        String title = title(text, hits, values.get(Field.TITLE), fallbackTitle);

        List<String> warnings = new ArrayList<>();
        if (approvedBy == null && approvedOn == null) {
            warnings.add("No approval found: the document does not say who approved it or when.");
        } else if (approvedOn == null) {
            warnings.add("No approval date found.");
        }
        LocalDate reference = lastReviewed != null ? lastReviewed : approvedOn;
        if (nextReview != null && reference != null && nextReview.isBefore(reference.plusMonths(1))) {
            warnings.add("The review dates contradict each other: next review due " + Dates.forPeople(nextReview)
                    + " is less than a month after " + (lastReviewed != null ? "the last review " : "the approval ")
                    + Dates.forPeople(reference) + ".");
        }
        if (nextReview != null && today != null && nextReview.isBefore(today)) {
            warnings.add("The review date " + Dates.forPeople(nextReview) + " has already passed.");
        }
        if (nextReview == null) {
            warnings.add("No next review date found.");
        }
        return new CoverDetails(title, approvedBy, approvedOn, lastReviewed, nextReview, version, warnings);
    }

    private static LocalDate date(String value, LooseDates.Use use) {
        return value == null ? null : LooseDates.parse(value, use).orElse(null);
    }

    private static String firstLine(String s) {
        String t = s.replaceFirst("^[\\s:\\-\u2013|]+", "");
        int nl = indexOfAny(t, '\n', '\r', '\t');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }

    private static int indexOfAny(String s, char... cs) {
        int best = -1;
        for (char c : cs) {
            int i = s.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    private static String cleanName(String s) {
        return s.replaceAll("\\s+", " ").replaceAll("(?i)[\\s,;:\\-\u2013]+(on|dated?)?\\s*$", "").strip();
    }

    private static String title(String text, List<Hit> hits, String labelled, String fallback) {
        if (labelled != null && !labelled.isBlank()) {
            return clip(labelled);
        }
        for (String line : text.split("\\R")) {
            String t = line.strip().replaceFirst("^#+\\s*", "").strip();
            if (t.isEmpty()) {
                continue;
            }
            Matcher m = LABEL.matcher(t);
            if (m.find()) {
                t = t.substring(0, m.start()).strip();
                if (t.isEmpty()) {
                    continue;
                }
            }
            if (t.length() <= 120) {
                return clip(t);
            }
            break;
        }
        return fallback == null ? null : prettify(fallback);
    }

    private static String clip(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 120 ? t.substring(0, 120).strip() : t;
    }

    /** "social-media-policy.docx" becomes "Social media policy". */
    static String prettify(String fileName) {
        String base = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").replaceAll("[_\\-]+", " ").strip();
        return base.isEmpty() ? base : base.substring(0, 1).toUpperCase(Locale.ROOT) + base.substring(1);
    }
}
