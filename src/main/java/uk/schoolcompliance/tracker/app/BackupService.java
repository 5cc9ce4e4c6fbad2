package uk.schoolcompliance.tracker.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.schoolcompliance.tracker.store.Backup;
import uk.schoolcompliance.tracker.store.Backups;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.SettingsRepository;
import uk.schoolcompliance.tracker.store.StoreException;

/**
 * Backups of the open database: on opening at most once a day, before every import (importers call
 * {@link #beforeImport}), before a migration (done by {@code Database.open}), by hand, and restoring one.
 * Each backup is taken with SQLite's online backup and the folder is rotated (see {@code BackupRotation}).
 */
public final class BackupService {

    private final Database db;
    private final SettingsRepository settings;

    public BackupService(Database db, SettingsRepository settings) {
        this.db = db;
        this.settings = settings;
    }

    /** Where backups go: the school's chosen folder, else {@code <name>-backups} beside the database. */
    public Path folder() {
        return Backups.folder(db);
    }

    /** Chooses another folder for future backups (null or blank: back beside the database). */
    public void chooseFolder(Path folder) {
        settings.set(Backups.FOLDER_SETTING, folder == null ? "" : folder.toAbsolutePath().toString());
    }

    /** The backups, newest first. */
    public List<Backup> list() {
        return Backups.list(db.file(), folder());
    }

    public Optional<Backup> newest() {
        return list().stream().findFirst();
    }

    /** The daily backup: taken when the app opens the database unless one was already taken today. */
    public Optional<Backup> backupOnOpen(LocalDate today) {
        boolean takenToday = list().stream().anyMatch(b -> b.takenAt().toLocalDate().equals(today));
        return takenToday ? Optional.empty() : Optional.of(Backups.create(db, "daily"));
    }

    public Backup backupNow() {
        return Backups.create(db, "manual");
    }

    /** To be called by every importer before it writes: a backup to go back to if the import was a mistake. */
    public Backup beforeImport() {
        if (db.isReadOnly()) { // the import would be refused anyway: say why before copying anything
            throw new StoreException(db.readOnlyReason());
        }
        return Backups.create(db, "before-import");
    }

    /** A backup taken before a named kind of change ("before-erasure", ...). */
    public Backup before(String what) {
        return Backups.create(db, "before-" + what);
    }

    /** A backup to a file of the user's choosing (never overwrites). */
    public Path backupTo(Path target) {
        new OutputFiles(db).check(target);
        if (java.nio.file.Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new UserException(target + ": already exists; a backup never overwrites a file, so choose a new name");
        }
        Backups.copyTo(db, target);
        return target;
    }

    /**
     * Replaces the database file {@code target} by the backup {@code from}, keeping a copy of what it replaced.
     * The caller reopens the database afterwards.
     */
    public static Optional<Path> restore(Path target, Path from, Clock clock) {
        return Backups.restore(target, from, clock);
    }

    /**
     * Backups of a database file that is not open here (the command line's {@code backup}): it is checked, then
     * opened read-only, so a backup can be taken while the app has it open.
     */
    public static BackupService ofFile(Path file, Clock clock) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new UserException(file + ": no such database file");
        }
        Database.verifyFile(file);
        Database db = Database.openReadOnly(file, clock);
        return new BackupService(db, new SettingsRepository(db, null));
    }
}
