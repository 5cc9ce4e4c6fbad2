package uk.schoolcompliance.tracker.store;

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
     * Replaces the database {@code db} by the backup {@code from}, keeping a copy of what it replaces among the
     * backups ("before-restore", never rotated away). Refuses a backup that is damaged, not ours or from a newer
     * version, and refuses while another copy of the app has the database open. Works on a damaged database too:
     * that is when it is needed most. Returns the kept copy, if there was anything to keep.
     */
    public static Optional<Path> restore(Path db, Path from, Clock clock) {
        if (!Files.isRegularFile(from)) {
            throw new StoreException(from + ": no such backup file");
        }
        if (from.toAbsolutePath().normalize().equals(db.toAbsolutePath().normalize())) {
            throw new StoreException("Cannot restore " + db + " from itself");
        }
        Database.verifyFile(from);
        DatabaseLock lock = DatabaseLock.tryAcquire(db, clock).orElseThrow(() -> new StoreException(db + " is open in "
                + DatabaseLock.holder(db) + "; close it there before restoring (nothing was changed)"));
        try {
            Path abs = db.toAbsolutePath().normalize();
            Path folder = defaultFolder(abs);
            Optional<Path> kept = Optional.empty();
            if (Files.exists(abs) && Files.size(abs) > 0) {
                kept = Optional.of(keepCopy(abs, folder, clock));
            }
            Path temp = abs.resolveSibling(abs.getFileName() + ".restoring");
            Files.deleteIfExists(temp);
            FilePermissions.createOwnerOnly(temp);
            Files.copy(from, temp, StandardCopyOption.REPLACE_EXISTING);
            FilePermissions.restrict(temp);
            try {
                Database.verifyFile(temp);
            } catch (StoreException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            Files.deleteIfExists(abs.resolveSibling(abs.getFileName() + "-wal"));
            Files.deleteIfExists(abs.resolveSibling(abs.getFileName() + "-shm"));
            try {
                Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            return kept;
        } catch (IOException e) {
            throw new StoreException("Cannot restore " + db + " from " + from + ": " + Database.describeIo(e), e);
        } finally {
            lock.release();
        }
    }

    /** A copy of the database about to be replaced: an online backup when it is readable, else the raw files. */
    private static Path keepCopy(Path db, Path folder, Clock clock) throws IOException {
        FilePermissions.createOwnerOnlyFolder(folder);
        Path target = folder.resolve(stem(db) + "-" + LocalDateTime.now(clock).format(STAMP) + "-"
                + BackupRotation.NEVER_ROTATED + ".db");
        try {
            Database.verifyFile(db);
            copyTo(Database.openReadOnly(db), target);
        } catch (StoreException unreadable) {
            Files.deleteIfExists(target);
            Files.copy(db, target);
            FilePermissions.restrict(target);
            Path wal = db.resolveSibling(db.getFileName() + "-wal");
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
