package uk.schoolcompliance.tracker.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Every user-visible string comes from the en-GB bundle {@code ui/messages.properties}. */
public final class I18n {

    public static final Locale LOCALE = Locale.UK;
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("uk.schoolcompliance.tracker.ui.messages", LOCALE);

    private I18n() {
    }

    public static String t(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(args);
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }
}
