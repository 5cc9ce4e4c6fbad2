package uk.schoolcompliance.tracker.app;

import java.nio.file.Path;
import java.util.Locale;

/** Where the app keeps its data: the user's data folder of each operating system. */
public final class AppPaths {

    public static final String APP_FOLDER = "compliance-tracker";

    private AppPaths() {
    }

    /** {@code ~/.local/share/compliance-tracker} (or $XDG_DATA_HOME), {@code %APPDATA%}, or Application Support. */
    public static Path dataFolder() {
        String override = System.getProperty("tracker.data.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Compliance Tracker");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Compliance Tracker");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve(APP_FOLDER);
    }

    /**
     * Settings of this computer's user (who is using the app), never the school's data: {@code tracker.config.dir}
     * when set, else {@code tracker.data.dir} when set, else {@code ~/.config/compliance-tracker} (or
     * $XDG_CONFIG_HOME) on Linux and the data folder on Windows and macOS.
     */
    public static Path configFolder() {
        String override = System.getProperty("tracker.config.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String data = System.getProperty("tracker.data.dir");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if ((data != null && !data.isBlank()) || os.contains("win") || os.contains("mac")) {
            return dataFolder();
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config"))
                .resolve(APP_FOLDER);
    }

    /** The file that remembers who is using the app on this computer ({@link OperatorName}). */
    public static Path userSettings() {
        return configFolder().resolve("user.properties");
    }

    /** The school's own database. */
    public static Path defaultDatabase() {
        return dataFolder().resolve("tracker.db");
    }

    /** The demo school's database, kept apart from the school's own. */
    public static Path demoDatabase() {
        return dataFolder().resolve("demo-school.db");
    }

    /** The demo trust (three small schools), offered beside the demo school. */
    public static Path demoTrustDatabase() {
        return dataFolder().resolve(DEMO_TRUST_FILE);
    }

    /** The demo trust's file name: a missing file of this name opened as a demo is built as the demo trust. */
    public static final String DEMO_TRUST_FILE = "demo-trust.db";
}
