package uk.schoolcompliance.tracker.domain;

import java.util.Arrays;

public enum ReviewOutcome {
    NO_CHANGE("no-change", "No change"),
    MINOR_AMENDMENTS("minor-amendments", "Minor amendments"),
    NEW_VERSION("new-version", "New version"),
    RETIRED("retired", "Retired");

    private final String code;
    private final String label;

    ReviewOutcome(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static ReviewOutcome fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown review outcome: " + code));
    }

    @Override
    public String toString() {
        return label;
    }
}
