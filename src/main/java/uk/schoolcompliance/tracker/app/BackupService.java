package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.Backup;
import uk.schoolcompliance.tracker.store.Backups;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.Repositories;
import uk.schoolcompliance.tracker.store.RestoreQueries;
import uk.schoolcompliance.tracker.store.SettingsRepository;
import uk.schoolcompliance.tracker.store.StoreException;
import uk.schoolcompliance.tracker.store.UnreadableDatabaseException;

/**
 * Backups of the open database: on opening at most once a day, before every import (importers call
 * {@link #beforeImport}), before a migration (done by {@code Database.open}), by hand, and restoring one.
 * Each backup is taken with SQLite's online backup and the folder is rotated (see {@code BackupRotation}).
 */
public final class BackupService {

    /** Built on first use: Jackson's classes take a second to load, which the window's start does without (issue 17). */
    private static final class Mapper {
        static final JsonMapper JSON = JsonMapper.builder().build();
    }

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

    /** The backups, newest first. */
    public List<Backup> list() {
        if (db.isServer()) { // a server is backed up by its administrator (pg_dump, docs/server.md), not by the app
            return List.of();
        }
        return Backups.list(db.file(), folder());
    }

    public Optional<Backup> newest() {
        return list().stream().findFirst();
    }

    /** The daily backup: taken when the app opens the database unless one was already taken today. */
    public Optional<Backup> backupOnOpen(LocalDate today) {
        if (db.isServer()) {
            return Optional.empty();
        }
        boolean takenToday = list().stream().anyMatch(b -> b.takenAt().toLocalDate().equals(today));
        return takenToday ? Optional.empty() : Optional.of(Backups.create(db, "daily"));
    }

    public Backup backupNow() {
        if (db.isServer()) {
            throw new UserException(db.location() + " is a server: its administrator backs it up with pg_dump "
                    + "(docs/server.md)");
        }
        return Backups.create(db, "manual");
    }

    /**
     * To be called by every importer before it writes: a backup to go back to if the import was a mistake. On a
     * trust's server none is taken (null): the import is one transaction and the server's own backups (pg_dump,
     * docs/server.md) are its administrator's.
     */
    public Backup beforeImport() {
        if (db.isReadOnly()) { // the import would be refused anyway: say why before copying anything
            throw new StoreException(db.readOnlyReason());
        }
        return db.isServer() ? null : Backups.create(db, "before-import");
    }

    /** A backup taken before a named kind of change ("before-erasure", ...); none (null) on a trust's server. */
    public Backup before(String what) {
        return db.isServer() ? null : Backups.create(db, "before-" + what);
    }

    /** A backup to a file of the user's choosing (never overwrites). */
    public Path backupTo(Path target) {
        if (db.isServer()) {
            throw new UserException(db.location() + " is a server: its administrator backs it up with pg_dump "
                    + "(docs/server.md)");
        }
        new OutputFiles(db).check(target);
        if (java.nio.file.Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new UserException(target + ": already exists; a backup never overwrites a file, so choose a new name");
        }
        Backups.copyTo(db, target);
        return target;
    }

    /**
     * A backup into a folder of the user's choosing (a USB stick, a OneDrive folder), named as the usual backups are
     * ({@code <name>-<when>-manual.db}) so it can be restored from there. The usual backup folder takes an ordinary
     * backup there (rotated as usual). Refused with one line, nothing written: a folder that does not exist or cannot
     * be written, and the database's own folder (a copy beside the database is lost with it); the output-file guards
     * ({@link OutputFiles#check}) apply to the file.
     */
    public Path backupToFolder(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        if (real(abs).equals(real(folder().toAbsolutePath().normalize()))) {
            return backupNow().file(); // the usual folder (made if need be), rotated as usual
        }
        if (!Files.isDirectory(abs)) {
            throw new UserException(folder + ": not backed up: the folder does not exist (nothing was changed)");
        }
        Path real = real(abs);
        if (real.equals(real(db.file().toAbsolutePath().normalize()).getParent())) {
            throw new UserException(folder + ": not backed up: this is the folder of the school's database itself; "
                    + "a backup there is lost with it, so choose another folder, a USB stick or a OneDrive folder "
                    + "(nothing was changed)");
        }
        if (!Files.isWritable(real)) {
            throw new UserException(folder + ": not backed up: this folder cannot be written (no permission, or a "
                    + "read-only or full drive) (nothing was changed)");
        }
        Path target = real.resolve(Backups.fileName(db, "manual"));
        new OutputFiles(db).check(target);
        Backups.copyTo(db, target);
        return target;
    }

    /** The path with its links resolved when it exists, else as given. */
    private static Path real(Path abs) {
        try {
            return Files.exists(abs) ? abs.toRealPath() : abs;
        } catch (IOException e) {
            return abs;
        }
    }

    /** A database file that could not be opened and the newest backup found beside it, which can be restored. */
    public record Unreadable(Path file, Backup newestBackup) {
    }

    /**
     * When {@code failure} (from opening a database) says the file is unreadable and a backup of it was found, the
     * file and that backup; empty otherwise.
     */
    public static Optional<Unreadable> unreadable(Throwable failure) {
        if (failure instanceof UnreadableDatabaseException u && u.newestBackup().isPresent()) {
            return Optional.of(new Unreadable(u.file(), u.newestBackup().get()));
        }
        return Optional.empty();
    }

    /** What a restore did: the plan it followed, the copy kept of what it replaced, and the erasures re-applied. */
    public record RestoreOutcome(RestorePlan plan, Optional<Path> kept, List<Long> reapplied, List<Long> notReapplied) {
    }

    /**
     * What restoring {@code from} over {@code target} would undo (see {@link RestorePlan}), read without changing
     * either file. Refused, naming the holder, while another copy of the app has the database open; a backup that
     * is missing, damaged, not ours or newer is refused too.
     */
    public static RestorePlan planRestore(Path target, Path from, Clock clock) {
        checkBackupFile(from);
        Backups.refuseIfOpenElsewhere(target, clock);
        return plan(target, from);
    }

    /**
     * Replaces the database file {@code target} by the backup {@code from}, keeping a copy of what it replaced, then
     * (on the restored copy, before it is moved into place) re-applies the erasures recorded since the backup unless
     * {@code reapplyErasures} is false, and records the restore in the audit log: from which backup, what was undone,
     * which erasures were re-applied or not. All of that is one transaction on the restored copy, so a restored
     * database never goes live without it. With {@code confirmed} (the plan the user saw), the restore is refused
     * if the database changed since. The caller reopens the database afterwards.
     */
    public static RestoreOutcome restore(Path target, Path from, Clock clock, Actor actor, boolean reapplyErasures,
                                         RestorePlan confirmed) {
        checkBackupFile(from);
        RestorePlan[] plan = new RestorePlan[1];
        List<Long> reapplied = new ArrayList<>();
        List<Long> notReapplied = new ArrayList<>();
        Optional<Path> kept = Backups.restore(target, from, clock, new Backups.RestoreSteps() {
            @Override
            public void check(Path realDb) {
                plan[0] = plan(target, from);
                if (confirmed != null && !confirmed.mark().equals(plan[0].mark())) {
                    throw new UserException(target + " changed since the list of what the restore would undo was made; "
                            + "nothing was restored (look at the list again)");
                }
            }

            @Override
            public void prepare(Path staged, Optional<Path> keptCopy) {
                Database restored = Database.open(staged, clock);
                try {
                    Repositories r = Repositories.of(restored, () -> actor);
                    RetentionService retention = new RetentionService(restored, r.settings(), r.erasure(),
                            r.auditQueries(), new BackupService(restored, r.settings()));
                    restored.inTransaction(c -> {
                        for (RestorePlan.Erasure e : plan[0].erasures()) {
                            if (reapplyErasures) {
                                retention.reapply(e, from.getFileName().toString());
                                reapplied.add(e.staffId());
                            } else {
                                notReapplied.add(e.staffId());
                            }
                        }
                        Map<String, Object> after = new LinkedHashMap<>();
                        after.put("from", from.toAbsolutePath().normalize().toString());
                        after.put("replacedKeptAs", keptCopy.map(Path::toString).orElse(null));
                        after.put("database", plan[0].state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                        after.put("earlierCopy", plan[0].earlierCopy());
                        after.put("changesUndone", plan[0].changesUndone());
                        after.put("undone", plan[0].lines(reapplyErasures, ZoneId.systemDefault()));
                        after.put("erasuresReapplied", reapplied);
                        after.put("erasuresNotReapplied", notReapplied);
                        r.audit().record("database", null, "restore", null, after);
                        return null;
                    });
                } finally {
                    restored.close();
                }
            }
        });
        return new RestoreOutcome(plan[0], kept, List.copyOf(reapplied), List.copyOf(notReapplied));
    }

    /**
     * Restores {@code from} over {@code target} re-applying the erasures recorded since the backup, audited, without
     * a list to confirm (the window's offer to restore a database that cannot be opened has asked already).
     */
    public static Optional<Path> restore(Path target, Path from, Clock clock) {
        return restore(target, from, clock, Actor.fromSystem(null), true, null).kept();
    }

    private static void checkBackupFile(Path from) {
        if (!Files.isRegularFile(from)) {
            throw new StoreException(from + ": no such backup file");
        }
        Database.verifyFile(from);
    }

    /** Compares the two files' histories and staff rows (see {@link RestorePlan}). */
    static RestorePlan plan(Path target, Path from) {
        Database backup = Database.openReadOnly(from);
        List<RestoreQueries.AuditKey> backupLines = RestoreQueries.auditKeys(backup);
        Map<Long, RestoreQueries.StaffStamp> backupStaff = RestoreQueries.staffStamps(backup);
        Path real = Backups.realFile(target);
        try {
            if (!Files.exists(real) || Files.size(real) == 0) {
                return new RestorePlan(target, from, RestorePlan.State.NO_DATABASE, null, false, null, 0, Map.of(), 0,
                        List.of(), List.of(), "none");
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read " + target + ": " + Database.describeIo(e), e);
        }
        Database current;
        List<RestoreQueries.AuditKey> lines;
        Map<Long, RestoreQueries.StaffStamp> staff;
        try {
            Database.verifyFile(real);
            current = Database.openReadOnly(real);
            lines = RestoreQueries.auditKeys(current);
            staff = RestoreQueries.staffStamps(current);
        } catch (StoreException unreadable) {
            return new RestorePlan(target, from, RestorePlan.State.UNREADABLE, unreadable.getMessage(), false, null, 0,
                    Map.of(), 0, List.of(), List.of(), "unreadable");
        }
        int common = 0;
        while (common < lines.size() && common < backupLines.size() && lines.get(common).equals(backupLines.get(common))) {
            common++;
        }
        long lastShared = common == 0 ? 0 : lines.get(common - 1).id();
        Instant partedAfter = common == 0 ? null : Instant.parse(lines.get(common - 1).at());
        List<RestorePlan.Erasure> erasures = new ArrayList<>();
        staff.values().forEach(now -> {
            RestoreQueries.StaffStamp then = backupStaff.get(now.id());
            // the same person (same row, same creation stamp), erased here, not in the backup
            if (now.erasedOn() != null && then != null && then.erasedOn() == null
                    && java.util.Objects.equals(then.createdAt(), now.createdAt())) {
                erasures.add(new RestorePlan.Erasure(now.id(), now.leaveDate(), now.erasedOn()));
            }
        });
        List<RestorePlan.Import> imports = new ArrayList<>();
        for (var e : RestoreQueries.linesAfter(current, lastShared, List.of("staff_import",
                "acknowledgement_import"))) {
            imports.add(new RestorePlan.Import(e.at(), describeImport(e.entity(), e.after())));
        }
        RestoreQueries.AuditKey newest = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        return new RestorePlan(target, from, RestorePlan.State.READABLE, null, common == backupLines.size(), partedAfter,
                lines.size() - common, RestoreQueries.countsAfter(current, lastShared), backupLines.size() - common,
                erasures, imports, newest == null ? "empty" : newest.id() + "@" + newest.at());
    }

    private static String describeImport(String entity, String json) {
        JsonNode n;
        try {
            n = json == null ? null : Mapper.JSON.readTree(json);
        } catch (RuntimeException e) {
            n = null;
        }
        if (n == null || !n.isObject()) {
            return "an import (" + entity.replace('_', ' ') + ")";
        }
        if (entity.equals("staff_import")) {
            return "import of the staff list " + text(n, "file") + " (" + text(n, "created") + " created, "
                    + text(n, "updated") + " updated)";
        }
        return "import of form responses " + text(n, "file") + " for " + text(n, "policy") + " version "
                + text(n, "version") + " (" + text(n, "record") + " recorded)";
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "?" : v.asString();
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
