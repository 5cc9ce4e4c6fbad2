package uk.schoolcompliance.tracker.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The categories of people a school keeps, as stored in {@code staff_category.code}. */
public enum StaffCategory {
    TEACHER("teacher", "Teacher"),
    TEACHING_ASSISTANT("teaching-assistant", "Teaching assistant"),
    SUPPORT("support", "Support staff"),
    SLT("slt", "Senior leadership"),
    GOVERNOR("governor", "Governor"),
    VOLUNTEER("volunteer", "Volunteer"),
    SUPPLY("supply", "Supply / agency"),
    CONTRACTOR("contractor", "Contractor");

    /** "All staff": teachers, teaching assistants, support staff, SLT and supply/agency staff. */
    public static final Set<StaffCategory> ALL_STAFF =
            Set.copyOf(EnumSet.of(TEACHER, TEACHING_ASSISTANT, SUPPORT, SLT, SUPPLY));
    /** "Everyone": every category. */
    public static final Set<StaffCategory> EVERYONE = Set.copyOf(EnumSet.allOf(StaffCategory.class));

    private final String code;
    private final String label;

    StaffCategory(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static StaffCategory fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown staff category code: " + code));
    }

    /**
     * Lenient reading of the words schools use in their MIS exports ("TA", "HLTA", "Admin",
     * "Leadership", "Agency", ...). Empty when the word is not recognised.
     */
    public static Optional<StaffCategory> parseLenient(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").trim();
        if (w.isEmpty()) {
            return Optional.empty();
        }
        for (StaffCategory c : values()) {
            if (w.equals(c.code.replace('-', ' ')) || w.equals(c.label.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").trim())) {
                return Optional.of(c);
            }
        }
        return Optional.ofNullable(switch (w) {
            case "teacher", "teachers", "teaching staff", "class teacher", "qualified teacher", "ect", "nqt" -> TEACHER;
            case "teaching assistant", "teaching assistants", "ta", "tas", "hlta", "lsa", "learning support assistant",
                 "classroom assistant" -> TEACHING_ASSISTANT;
            case "support", "support staff", "admin", "administration", "administrative", "office", "office staff",
                 "premises", "site", "caretaker", "midday", "lunchtime", "catering", "cleaner", "cleaning" -> SUPPORT;
            case "slt", "leadership", "senior leadership", "senior leadership team", "leadership team", "head",
                 "headteacher", "deputy", "deputy head" -> SLT;
            case "governor", "governors", "trustee", "trustees" -> GOVERNOR;
            case "volunteer", "volunteers" -> VOLUNTEER;
            case "supply", "agency", "supply agency", "supply teacher", "agency staff", "supply staff" -> SUPPLY;
            case "contractor", "contractors", "contract" -> CONTRACTOR;
            default -> null;
        });
    }

    /**
     * Reads an audience as schools write it: "Everyone", "All staff", or a list of category words
     * separated by ';' or ',' (e.g. "Teachers; Teaching assistants"), which may mix in "All staff".
     *
     * @throws IllegalArgumentException naming the word that is not a category
     */
    public static Set<StaffCategory> parseAudience(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("audience is empty");
        }
        EnumSet<StaffCategory> out = EnumSet.noneOf(StaffCategory.class);
        for (String part : text.split("[;,/]|\\band\\b|&")) {
            String w = part.trim().toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            if (w.equals("everyone") || w.equals("all")) {
                out.addAll(EVERYONE);
            } else if (w.equals("all staff") || w.equals("staff")) {
                out.addAll(ALL_STAFF);
            } else {
                out.add(parseLenient(w).orElseThrow(() ->
                        new IllegalArgumentException("'" + part.trim() + "' is not a staff category")));
            }
        }
        return out;
    }
}
