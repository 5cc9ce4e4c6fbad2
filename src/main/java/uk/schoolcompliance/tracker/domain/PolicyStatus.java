package uk.schoolcompliance.tracker.domain;

import java.util.Arrays;

public enum PolicyStatus {
    DRAFT("draft", "Draft"), ACTIVE("active", "Active"), RETIRED("retired", "Retired");

    private final String code;
    private final String label;

    PolicyStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static PolicyStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown policy status: " + code));
    }
}
