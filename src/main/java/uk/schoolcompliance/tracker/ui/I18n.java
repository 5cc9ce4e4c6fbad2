package uk.schoolcompliance.tracker.ui;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible string comes from the en-GB bundles in {@code ui/i18n/}: {@code main} for the
 * window and one per feature, so features never edit each other's files. Keys are unique across
 * bundles (checked by I18nTest).
 */
public final class I18n {

    public static final Locale LOCALE = Locale.UK;
    /** The bundles, searched in order. */
    public static final List<String> BUNDLE_NAMES =
            List.of("main", "staff", "policies", "acknowledgements", "reports", "safety", "setup", "help");
    private static final List<ResourceBundle> BUNDLES = load();

    private I18n() {
    }

    private static List<ResourceBundle> load() {
        List<ResourceBundle> out = new ArrayList<>();
        for (String name : BUNDLE_NAMES) {
            out.add(ResourceBundle.getBundle("uk.schoolcompliance.tracker.ui.i18n." + name, LOCALE));
        }
        return Collections.unmodifiableList(out);
    }

    public static String t(String key, Object... args) {
        for (ResourceBundle b : BUNDLES) {
            if (b.containsKey(key)) {
                String pattern = b.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(args);
            }
        }
        throw new MissingResourceException("No text for " + key, I18n.class.getName(), key);
    }

    public static boolean has(String key) {
        return BUNDLES.stream().anyMatch(b -> b.containsKey(key));
    }

    public static List<ResourceBundle> bundles() {
        return BUNDLES;
    }
}
