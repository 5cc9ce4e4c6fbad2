package uk.schoolcompliance.tracker.domain;

/** Who is making a change: the operating-system user plus the operator name set in the app. */
public record Actor(String osUser, String operator) {

    public static Actor fromSystem(String operator) {
        String os = System.getProperty("user.name", "unknown");
        return new Actor(os, operator == null || operator.isBlank() ? os : operator.trim());
    }

    /** The name shown as "recorded by" / "done by". */
    public String displayName() {
        return operator == null || operator.isBlank() ? osUser : operator;
    }
}
