package uk.schoolcompliance.tracker.domain;

import java.util.Arrays;

/** The phase of education a school (or a trust's central team) works in; stored in {@code school.phase}. */
public enum SchoolPhase {
    PRIMARY("primary", "Primary"),
    SECONDARY("secondary", "Secondary"),
    SPECIAL("special", "Special"),
    ALL_THROUGH("all-through", "All-through"),
    TRUST("trust", "Trust (central team)");

    private final String code;
    private final String label;

    SchoolPhase(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException naming the unknown code */
    public static SchoolPhase fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not a school phase "
                        + "(primary, secondary, special, all-through, trust)"));
    }

    @Override
    public String toString() {
        return label;
    }
}
