package uk.schoolcompliance.tracker.store;

import uk.schoolcompliance.tracker.domain.Backup;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backups of a database with SQLite's online backup API (a consistent copy even while the app is writing),
 * in a folder beside the database ({@code tracker-backups/} for {@code tracker.db}) unless the school chose
 * another (the {@code backup_folder} setting). Each backup is self-contained (no -wal file), checked after it
 * is written, readable by its owner only, and named {@code tracker-20261124-091500123-daily.db}.
 */
public final class Backups {

    public static final String FOLDER_SETTING = "backup_folder";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmssSSS");
    private static final Pattern NAME = Pattern.compile("(.+)-(\\d{8}-\\d{9})-([a-z-]+)\\.db");

    private Backups() {
    }

    /** The default folder: {@code <name>-backups} beside the database. */
    public static Path defaultFolder(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        return abs.resolveSibling(stem(abs) + "-backups");
    }

    /** The folder the database's backups go to: the school's chosen one, else the default. */
    public static Path folder(Database db) {
        if (db.isServer()) {
            throw new StoreException(db.location() + " is a server: its administrator backs it up (pg_dump, docs/server.md)");
        }
        Optional<String> chosen;
        try {
            chosen = db.withConnection(c -> {
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT value FROM setting WHERE key = '" + FOLDER_SETTING + "'")) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                } catch (SQLException e) {
                    return Optional.<String>empty(); // a brand-new file has no settings yet
                }
            });
        } catch (StoreException e) {
            chosen = Optional.empty();
        }
        return chosen.filter(s -> !s.isBlank()).map(Path::of).orElse(defaultFolder(db.file()));
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The backups of {@code db} in {@code folder}, newest first. */
    public static List<Backup> list(Path db, Path folder) {
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        String stem = stem(db.toAbsolutePath());
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.db")) {
            for (Path f : files) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && m.group(1).equals(stem)) {
                    try {
                        out.add(new Backup(f, LocalDateTime.parse(m.group(2), STAMP), m.group(3), Files.size(f)));
                    } catch (DateTimeParseException | IOException e) {
                        // not one of ours after all, or gone meanwhile
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(Backup::takenAt).reversed());
        return out;
    }

    /** The newest backup of a database in its default folder (used when the database itself cannot be read). */
    public static Optional<Backup> newestBeside(Path db) {
        try {
            return list(db, defaultFolder(db)).stream().findFirst();
        } catch (StoreException e) {
            return Optional.empty();
        }
    }

    /** The name a backup of {@code db} taken now for {@code reason} gets: {@code <name>-<yyyyMMdd-HHmmssSSS>-<reason>.db}. */
    public static String fileName(Database db, String reason) {
        return stem(db.file().toAbsolutePath()) + "-" + LocalDateTime.now(db.clock()).format(STAMP) + "-" + reason + ".db";
    }

    /** Takes a backup into the database's backup folder, then applies the rotation. */
    public static Backup create(Database db, String reason) {
        Path folder = folder(db);
        Path target = folder.resolve(stem(db.file().toAbsolutePath()) + "-" + LocalDateTime.now(db.clock()).format(STAMP)
                + "-" + reason + ".db");
        try {
            FilePermissions.createOwnerOnlyFolder(folder);
        } catch (IOException e) {
            throw new StoreException("Cannot create the backup folder " + folder + ": " + Database.describeIo(e), e);
        }
        copyTo(db, target);
        rotate(db.file(), folder);
        try {
            return new Backup(target, LocalDateTime.parse(NAME.matcher(target.getFileName().toString()).replaceFirst("$2"),
                    STAMP), reason, Files.size(target));
        } catch (IOException e) {
            throw new StoreException("Cannot read the new backup " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the backups the rotation no longer keeps; returns them. */
    public static List<Backup> rotate(Path db, Path folder) {
        List<Backup> delete = BackupRotation.toDelete(list(db, folder));
        for (Backup b : delete) {
            try {
                Files.deleteIfExists(b.file());
            } catch (IOException e) {
                // an undeletable old backup is harmless; try again next time
            }
        }
        return delete;
    }

    /**
     * Writes a consistent, self-contained copy of the database to {@code target} (which must not exist), owner-only,
     * and checks it. A failed copy (a full disk, say) leaves no half-written file behind.
     */
    public static void copyTo(Database db, Path target) {
        String path = target.toAbsolutePath().toString();
        if (path.contains("\"")) {
            throw new StoreException("Cannot back up to " + target + ": the name must not contain a double quote");
        }
        if (Files.exists(target)) {
            throw new StoreException(target + " already exists; a backup never overwrites a file");
        }
        // written under a ".part" name and renamed when whole and checked: a process killed mid-backup (SIGKILL,
        // power cut) leaves at most a .part file, never a half backup that looks like a real one
        Path part = target.resolveSibling(target.getFileName() + ".part");
        String partPath = part.toAbsolutePath().toString();
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            deleteQuietly(part);
            FilePermissions.createOwnerOnly(part);
            try (Connection c = db.newConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("backup to \"" + partPath + "\"");
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + partPath); Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = DELETE");
                try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                    if (!rs.next() || !"ok".equalsIgnoreCase(rs.getString(1))) {
                        throw new SQLException("the copy failed its check");
                    }
                }
            }
            FilePermissions.restrict(part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new StoreException("The backup to " + target + " was not made: " + Database.describeIo(e), e);
        } catch (SQLException e) {
            deleteQuietly(part);
            throw new StoreException("The backup to " + target + " was not made: "
                    + Database.describeSql(target, e.getMessage(), null), e);
        }
    }

    /**
     * What the app adds to a restore, run while the lock is held: a last check before anything is touched, and work
     * on the checked copy of the backup before it is moved into place (so nothing half-done is ever live).
     */
    public interface RestoreSteps {

        /** Before anything is touched ({@code realDb} is the database file itself, links resolved). */
        default void check(Path realDb) {
        }

        /**
         * On the copy of the backup that is about to replace the database (a file of its own in a folder of its own,
         * nothing is live yet): e.g. re-apply erasures and write the restore's audit line. An exception here stops
         * the restore and leaves the database as it was.
         */
        default void prepare(Path staged, Optional<Path> kept) {
        }
    }

    /** {@link #restore(Path, Path, Clock, RestoreSteps)} with nothing added: the file operation alone. */
    public static Optional<Path> restore(Path db, Path from, Clock clock) {
        return restore(db, from, clock, new RestoreSteps() {
        });
    }

    /**
     * Replaces the database {@code db} by the backup {@code from}, keeping a copy of what it replaces among the
     * backups ("before-restore", never rotated away). Refuses a backup that is damaged, not ours or from a newer
     * version, and refuses while another copy of the app has the database open. Works on a damaged database too:
     * that is when it is needed most. When {@code db} is a symbolic link, the file it points to is replaced and the
     * link is left as it is. Returns the kept copy, if there was anything to keep.
     */
    public static Optional<Path> restore(Path db, Path from, Clock clock, RestoreSteps steps) {
        if (!Files.isRegularFile(from)) {
            throw new StoreException(from + ": no such backup file");
        }
        Path given = db.toAbsolutePath().normalize();
        Path real = realPath(db);
        if (isSameFile(from, real)) {
            throw new StoreException("Cannot restore " + db + " from itself");
        }
        Database.verifyFile(from);
        List<DatabaseLock> locks = lockForRestore(given, real, clock);
        Path staging = real.resolveSibling("." + real.getFileName() + ".restoring");
        try {
            steps.check(real);
            Optional<Path> kept = Optional.empty();
            if (Files.exists(real) && Files.size(real) > 0) {
                kept = Optional.of(keepCopy(real, given, defaultFolder(given), clock));
            }
            deleteTree(staging); // a restore killed half-way leaves only this folder: it never held anything else
            FilePermissions.createOwnerOnlyFolder(staging);
            Path staged = staging.resolve(real.getFileName());
            FilePermissions.createOwnerOnly(staged);
            Files.copy(from, staged, StandardCopyOption.REPLACE_EXISTING);
            FilePermissions.restrict(staged);
            Database.verifyFile(staged);
            steps.prepare(staged, kept);
            selfContained(staged);
            Database.verifyFile(staged);
            Files.deleteIfExists(real.resolveSibling(real.getFileName() + "-wal"));
            Files.deleteIfExists(real.resolveSibling(real.getFileName() + "-shm"));
            try {
                Files.move(staged, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(staged, real, StandardCopyOption.REPLACE_EXISTING);
            }
            return kept;
        } catch (IOException e) {
            throw new StoreException("Cannot restore " + db + " from " + from + ": " + Database.describeIo(e), e);
        } catch (SQLException e) {
            throw new StoreException("Cannot restore " + db + " from " + from + ": "
                    + Database.describeSql(from, e.getMessage(), null), e);
        } finally {
            try {
                deleteTree(staging);
            } catch (IOException ignored) {
                // only our own staged copy is left behind; the next restore clears it
            }
            for (DatabaseLock l : locks) {
                l.release();
            }
        }
    }

    /**
     * The file a database path stands for: symbolic links resolved, so a restore replaces the real database rather
     * than the link. A link to nothing is refused.
     */
    static Path realPath(Path db) {
        Path abs = db.toAbsolutePath();
        try {
            if (Files.exists(abs)) {
                return abs.toRealPath();
            }
            if (Files.isSymbolicLink(abs)) {
                throw new StoreException(db + " is a link to " + Files.readSymbolicLink(abs)
                        + ", which does not exist; nothing was restored");
            }
            Path parent = abs.getParent();
            return parent != null && Files.isDirectory(parent) ? parent.toRealPath().resolve(abs.getFileName())
                    : abs.normalize();
        } catch (IOException e) {
            throw new StoreException("Cannot restore " + db + ": " + Database.describeIo(e), e);
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b);
        }
    }

    /**
     * Refuses (naming the holder) when another copy of the app has the database open, as {@link #restore} would; for
     * saying so before listing what a restore would undo. Takes nothing away from this process's own hold.
     */
    public static void refuseIfOpenElsewhere(Path db, Clock clock) {
        Path given = db.toAbsolutePath().normalize();
        lockForRestore(given, realPath(db), clock).forEach(DatabaseLock::release);
    }

    /** The real file a database path stands for (symbolic links resolved); see {@link #restore}. */
    public static Path realFile(Path db) {
        return realPath(db);
    }

    /** The lock of the path as given and, when it is a link, of the file itself: the app may have opened either. */
    private static List<DatabaseLock> lockForRestore(Path given, Path real, Clock clock) {
        List<DatabaseLock> locks = new ArrayList<>();
        for (Path p : given.equals(real) ? List.of(given) : List.of(given, real)) {
            Optional<DatabaseLock> lock = DatabaseLock.tryAcquire(p, clock);
            if (lock.isEmpty()) {
                locks.forEach(DatabaseLock::release);
                throw new StoreException(given + " is open in " + DatabaseLock.holder(p)
                        + "; close it there before restoring (nothing was changed)");
            }
            locks.add(lock.get());
        }
        return locks;
    }

    /** Folds any -wal file into the staged database and switches it to a self-contained journal. */
    private static void selfContained(Path staged) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + staged.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            st.execute("PRAGMA journal_mode = DELETE");
        }
        Path wal = staged.resolveSibling(staged.getFileName() + "-wal");
        if (Files.exists(wal) && Files.size(wal) > 0) {
            throw new IOException("the restored copy's journal " + wal + " could not be folded in");
        }
        Files.deleteIfExists(wal);
        Files.deleteIfExists(staged.resolveSibling(staged.getFileName() + "-shm"));
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * A copy of the database about to be replaced ({@code source}, named after {@code nameAs}, the path the app
     * lists backups by): an online backup when it is readable, else the raw files.
     */
    private static Path keepCopy(Path source, Path nameAs, Path folder, Clock clock) throws IOException {
        FilePermissions.createOwnerOnlyFolder(folder);
        Path target = folder.resolve(stem(nameAs) + "-" + LocalDateTime.now(clock).format(STAMP) + "-"
                + BackupRotation.NEVER_ROTATED + ".db");
        try {
            Database.verifyFile(source);
            copyTo(Database.openReadOnly(source), target);
        } catch (StoreException unreadable) {
            Files.deleteIfExists(target);
            Files.copy(source, target);
            FilePermissions.restrict(target);
            Path wal = source.resolveSibling(source.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Path keptWal = target.resolveSibling(target.getFileName() + "-wal");
                Files.copy(wal, keptWal);
                FilePermissions.restrict(keptWal);
            }
        }
        return target;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing more we can do
        }
    }
}
