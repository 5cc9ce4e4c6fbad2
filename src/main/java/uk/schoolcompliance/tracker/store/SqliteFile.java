package uk.schoolcompliance.tracker.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sqlite.SQLiteDataSource;

/**
 * Opening the local SQLite file: it must really be one of ours (and not from a newer version of the app), it is
 * made owner-only, held by its {@link DatabaseLock} (else opened read-only), checked, backed up before a migration
 * changes it, and migrated.
 */
final class SqliteFile {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private SqliteFile() {
    }

    static Database create(Path file, Clock clock, boolean readOnly, String readOnlyReason) {
        SQLiteDataSource ds = new SQLiteDataSource(SqlDialect.sqliteConfig(readOnly));
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return new Database(ds, SqlDialect.SQLITE, file, null, clock, readOnly, readOnlyReason);
    }

    /** See {@link Database#open(Path, Clock, CheckedFiles)}. */
    static Database open(Path file, Clock clock, CheckedFiles checked) {
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder, not a database file");
        }
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder " + parent + ": " + SqlErrors.describeIo(e), e);
        }
        try {
            checkLooksLikeSqlite(file);
        } catch (StoreException e) {
            throw UnreadableDatabaseException.of(file, e);
        }
        boolean fresh;
        try {
            fresh = !Files.exists(file) || Files.size(file) == 0;
            if (!Files.exists(file)) {
                FilePermissions.createOwnerOnly(file);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create " + file + ": " + SqlErrors.describeIo(e), e);
        }
        Optional<DatabaseLock> lock = DatabaseLock.tryAcquire(file, clock);
        if (lock.isEmpty()) {
            String holder = DatabaseLock.holder(file);
            if (fresh) {
                throw new StoreException(file + " is being created by " + holder + "; try again in a moment");
            }
            Database ro = create(file, clock, true, file + " is open in " + holder
                    + ", so this copy can only read it; nothing was changed");
            try {
                verify(ro);
            } catch (StoreException e) {
                throw UnreadableDatabaseException.of(file, e);
            }
            if (new Migrations(ro).hasPending()) {
                throw new StoreException(file + " needs upgrading to this version of Compliance Tracker, but it is open in "
                        + holder + "; close it there first (nothing was changed)");
            }
            return ro;
        }
        Database db = create(file, clock, false, null);
        db.holdLock(lock.get());
        restrictPermissions(db);
        try {
            if (!fresh) {
                quickCheckUnlessUnchanged(db, checked);
            }
            new Migrations(db).migrate(fresh, () -> Backups.create(db, "before-migration"));
        } catch (StoreException e) {
            db.close();
            throw e instanceof UnreadableDatabaseException ? e : UnreadableDatabaseException.of(file, e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    static Database openReadOnly(Path file, Clock clock) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("No database at " + file);
        }
        checkLooksLikeSqlite(file);
        return create(file, clock, true, file + " is open read-only; nothing was changed");
    }

    /** A database others can read leaks personal data: make it and its journal files owner-only, and say so. */
    private static void restrictPermissions(Database db) {
        Path file = db.file();
        if (!FilePermissions.posix(file)) {
            return;
        }
        List<String> fixed = new ArrayList<>();
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Path f = Path.of(file + suffix);
            try {
                if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && !Files.getPosixFilePermissions(f).equals(FilePermissions.OWNER_FILE)) {
                    FilePermissions.restrict(f);
                    fixed.add(f.getFileName().toString());
                }
            } catch (IOException e) {
                db.addNotice(f + " can be read by other users of this computer and its permissions could not be "
                        + "changed (" + SqlErrors.describeIo(e) + "); ask whoever looks after this computer to restrict it");
            }
        }
        if (!fixed.isEmpty()) {
            db.addNotice(String.join(", ", fixed) + (fixed.size() == 1 ? " was" : " were")
                    + " readable by other users of this computer; now only you can read "
                    + (fixed.size() == 1 ? "it" : "them"));
        }
    }

    static void verify(Database db) {
        quickCheck(db);
        Migrations migrations = new Migrations(db);
        if (!migrations.hasOurTables()) {
            throw new StoreException(db.file() + " is not a Compliance Tracker database (its tables are missing); "
                    + "it was left untouched");
        }
        migrations.refuseNewer(migrations.flyway());
    }

    /**
     * The quick check, skipped only when {@link QuickCheckGate} proves the file is the one a check passed on today;
     * a check that passes is remembered with what the file looked like before it started.
     */
    private static void quickCheckUnlessUnchanged(Database db, CheckedFiles checked) {
        QuickCheckGate gate = new QuickCheckGate(db.file(), checked);
        java.time.LocalDate today = java.time.LocalDate.now(db.clock());
        if (gate.canSkip(today)) {
            db.checkedOnOpen(today, true, gate);
            return;
        }
        String before = checked == CheckedFiles.NONE ? null : gate.stampNow();
        quickCheck(db);
        gate.passed(today, before);
        db.checkedOnOpen(today, false, gate);
    }

    private static void quickCheck(Database db) {
        List<String> problems = quickCheckProblems(db);
        if (!problems.isEmpty()) {
            throw new StoreException(db.file() + " is damaged (" + String.join("; ", problems) + "); it was left untouched");
        }
    }

    /** What SQLite's quick check finds wrong (at most three lines), empty when healthy. */
    static List<String> quickCheckProblems(Database db) {
        return db.withConnection(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(SqlDialect.QUICK_CHECK)) {
                while (rs.next() && out.size() < 3) {
                    String line = rs.getString(1);
                    if (!"ok".equalsIgnoreCase(line)) {
                        out.add(line);
                    }
                }
            }
            return out;
        });
    }

    /** SQLite's integrity check and the foreign keys that point nowhere (lines for {@link Database#integrityProblems}). */
    static void integrityProblems(Statement st, List<String> problems) throws java.sql.SQLException {
        try (ResultSet rs = st.executeQuery(SqlDialect.INTEGRITY_CHECK)) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    problems.add("integrity: " + line);
                }
            }
        }
        try (ResultSet rs = st.executeQuery(SqlDialect.FOREIGN_KEY_CHECK)) {
            while (rs.next()) {
                problems.add("foreign key: " + rs.getString(1) + " row " + rs.getLong(2)
                        + " refers to a missing " + rs.getString(3));
            }
        }
    }

    /** Refuses anything that is not an SQLite file before SQLite is allowed to touch it. */
    static void checkLooksLikeSqlite(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            byte[] head = new byte[SQLITE_HEADER.length];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
            if (read < head.length || !java.util.Arrays.equals(head, SQLITE_HEADER)) {
                throw new StoreException(file + " is not a Compliance Tracker database (not an SQLite file); "
                        + "it was left untouched");
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
