package uk.schoolcompliance.tracker.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a member of staff acknowledged a policy. */
public enum AckMethod {
    PAPER("paper", "Paper sign-off sheet"),
    EMAIL("email", "Email"),
    ONLINE_FORM("online-form", "Online form"),
    IN_PERSON("in-person", "In person / INSET"),
    IN_APP("in-app", "In the app");

    /**
     * The method every recording in the window starts with ("Record one" and a sign-off session alike):
     * the paper sign-off sheet, how most schools collect signatures (and the command line's default).
     */
    public static final AckMethod DEFAULT = PAPER;

    private final String code;
    private final String label;

    AckMethod(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static AckMethod fromCode(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("unknown method: " + code
                + " (use paper, email, online-form, in-person or in-app)"));
    }

    public static Optional<AckMethod> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.code.equals(c) || m.name().equalsIgnoreCase(c)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
