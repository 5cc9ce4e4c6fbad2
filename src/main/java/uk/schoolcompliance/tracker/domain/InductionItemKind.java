package uk.schoolcompliance.tracker.domain;

public enum InductionItemKind {
    /** "Read and acknowledge policy X": done when the acknowledgement exists. */
    POLICY("policy"),
    /** A task ticked off by hand (meet the DSL, IT account, ...). */
    TASK("task");

    private final String code;

    InductionItemKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static InductionItemKind fromCode(String code) {
        return "policy".equals(code) ? POLICY : TASK;
    }
}
