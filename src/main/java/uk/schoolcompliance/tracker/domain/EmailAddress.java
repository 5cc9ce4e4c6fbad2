package uk.schoolcompliance.tracker.domain;

import java.util.regex.Pattern;

/**
 * The one check of an e-mail address, for the staff form, the staff import and the service behind both: something
 * before one {@code @}, a domain with a dot after it, no spaces. Deliberately loose (a school's addresses are
 * whatever its provider issues); it catches typing slips such as a missing {@code @} or a space, not every RFC case.
 */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    private EmailAddress() {
    }

    /** Whether {@code text} (already trimmed) has the shape of an e-mail address. */
    public static boolean isValid(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
