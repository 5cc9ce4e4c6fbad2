package uk.schoolcompliance.tracker.store;

import uk.schoolcompliance.tracker.domain.Backup;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A database file that cannot be opened (damaged, truncated, not SQLite, another program's, from a newer
 * version). The file was left untouched; the message names the newest backup beside it, which the app offers
 * to restore.
 */
public final class UnreadableDatabaseException extends StoreException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private final Path file;
    private final transient Backup newestBackup;

    private UnreadableDatabaseException(String message, Throwable cause, Path file, Backup newestBackup) {
        super(message, cause);
        this.file = file;
        this.newestBackup = newestBackup;
    }

    static UnreadableDatabaseException of(Path file, StoreException cause) {
        if (cause instanceof UnreadableDatabaseException u) {
            return u;
        }
        Optional<Backup> newest = Backups.newestBeside(file);
        String message = cause.getMessage();
        if (newest.isPresent()) {
            Backup b = newest.get();
            message += ". The newest backup is " + b.file() + " (taken " + b.takenAt().format(WHEN)
                    + "): restore it with Restore from backup in the app, or `restore --db " + file + " --from "
                    + b.file() + "`";
        } else {
            message += ". No backup of it was found in " + Backups.defaultFolder(file);
        }
        return new UnreadableDatabaseException(message, cause, file, newest.orElse(null));
    }

    public Path file() {
        return file;
    }

    public Optional<Backup> newestBackup() {
        return Optional.ofNullable(newestBackup);
    }
}
