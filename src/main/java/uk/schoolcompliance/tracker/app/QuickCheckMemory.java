package uk.schoolcompliance.tracker.app;

import java.nio.file.Path;
import java.util.Properties;

import uk.schoolcompliance.tracker.store.CheckedFiles;

/**
 * Where this computer's user remembers the files whose quick check passed today (issue 17): a small settings file in
 * the config folder, one line per file (its canonical path = the day and what the file looked like). The store
 * decides what is compared and when a record may be trusted; this only keeps the text. Only today's records are
 * kept (an older one never skips a check), so the file stays small. Two processes writing at once lose at most one
 * record, which only means one more check.
 */
public final class QuickCheckMemory {

    /** The settings file's name in the config folder. */
    public static final String FILE_NAME = "checked-files.properties";

    private static final QuickCheckMemory NONE = new QuickCheckMemory(null);

    private final Path file;

    private QuickCheckMemory(Path file) {
        this.file = file;
    }

    /** Remembers nothing: every open checks. */
    public static QuickCheckMemory none() {
        return NONE;
    }

    /** Remembers in {@code settingsFile}. */
    public static QuickCheckMemory at(Path settingsFile) {
        return new QuickCheckMemory(settingsFile);
    }

    /** Remembers in the config folder of this computer's user ({@link AppPaths#configFolder()}). */
    public static QuickCheckMemory forThisComputer() {
        return at(AppPaths.configFolder().resolve(FILE_NAME));
    }

    CheckedFiles checkedFiles() {
        if (file == null) {
            return CheckedFiles.NONE;
        }
        return new CheckedFiles() {
            @Override
            public String recall(String canonicalPath) {
                return SettingsFile.load(file).getProperty(canonicalPath);
            }

            @Override
            public void remember(String canonicalPath, String record) {
                synchronized (QuickCheckMemory.class) {
                    Properties all = SettingsFile.load(file);
                    String day = record.substring(0, Math.max(0, record.indexOf('|')));
                    all.entrySet().removeIf(e -> !String.valueOf(e.getValue()).startsWith(day + "|"));
                    all.setProperty(canonicalPath, record);
                    try {
                        SettingsFile.store(file, all, "Compliance Tracker: files whose quick check passed today",
                                "which files were checked");
                    } catch (UserException e) {
                        // not remembered: the next open checks again
                    }
                }
            }
        };
    }
}
