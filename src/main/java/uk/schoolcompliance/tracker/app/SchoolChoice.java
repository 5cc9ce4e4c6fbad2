package uk.schoolcompliance.tracker.app;

import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.Properties;

import uk.schoolcompliance.tracker.store.FilePermissions;

/**
 * The school chosen in the window's top bar, remembered per database file on this computer (a small owner-only
 * properties file beside the user's settings, {@link AppPaths#userSettings()}): a trust's office manager who works on
 * one academy finds it chosen again next time. Empty means "All schools". Reading never fails (a damaged file
 * remembers nothing); a session-only store ({@code file} null) keeps the choice for this run.
 */
public final class SchoolChoice {

    private static final String ALL = "all";
    private final Path file;
    private final Properties memory = new Properties();

    public SchoolChoice(Path file) {
        this.file = file;
    }

    /** The real file of this computer's user. */
    public static SchoolChoice forThisComputer() {
        return new SchoolChoice(AppPaths.userSettings().resolveSibling("schools.properties"));
    }

    /** Keeps the choice for this run only, writing no file. */
    public static SchoolChoice sessionOnly() {
        return new SchoolChoice(null);
    }

    private static String key(Path database) {
        return "school." + database.toAbsolutePath().normalize();
    }

    /** The school id chosen for this database, or empty for all schools (or nothing remembered). */
    public synchronized OptionalLong remembered(Path database) {
        String v = load().getProperty(key(database));
        if (v == null || v.equals(ALL)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(v.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Remembers the school chosen for this database (empty: all schools). */
    public synchronized void remember(Path database, OptionalLong school) {
        Properties p = load();
        p.setProperty(key(database), school.isPresent() ? String.valueOf(school.getAsLong()) : ALL);
        if (file == null) {
            memory.clear();
            memory.putAll(p);
            return;
        }
        SettingsFile.store(file, p, "Compliance Tracker: the school chosen in the top bar, per database",
                "the school chosen");
    }

    private Properties load() {
        Properties p = new Properties();
        if (file == null) {
            p.putAll(memory);
            return p;
        }
        return SettingsFile.load(file); // a damaged file remembers nothing
    }
}
