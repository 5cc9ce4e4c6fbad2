package uk.schoolcompliance.tracker.domain;

/** A policy's review standing; the codes are part of the command-line contract. */
public enum ReviewStatus {
    OVERDUE("overdue", "Overdue"),
    DUE_SOON("due-soon", "Due soon"),
    IN_DATE("in-date", "In date"),
    NO_DATE("no-date", "No date");

    private final String code;
    private final String label;

    ReviewStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
