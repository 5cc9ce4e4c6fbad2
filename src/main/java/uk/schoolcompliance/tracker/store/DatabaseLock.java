package uk.schoolcompliance.tracker.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who may write a database: an exclusive operating-system lock on {@code <db>.lock} beside it, held while
 * the file is open for writing. A second copy of the app (or the command line while the app is open)
 * cannot take it and opens the database read-only instead, telling the user who holds it.
 *
 * <p>The lock covers one byte far past the end of the file, so the holder's description written at the
 * start of the file stays readable on every system (Windows refuses to read locked ranges). Within one
 * process the lock is shared and counted: opening the same file twice in the app is not a second copy.
 * The operating system releases the lock when the process ends, however it ends (a crash included), so a
 * stale lock file never locks anyone out.
 */
public final class DatabaseLock {

    private static final long LOCK_POSITION = Long.MAX_VALUE - 1;
    private static final Map<Path, DatabaseLock> HELD = new HashMap<>();

    private final Path key;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private int references = 1;

    private DatabaseLock(Path key, Path lockFile, FileChannel channel, FileLock lock) {
        this.key = key;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of a database: {@code tracker.db.lock} beside {@code tracker.db}. */
    public static Path lockFileOf(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".lock");
    }

    /** Takes the lock, or returns empty when another process holds it. */
    public static synchronized Optional<DatabaseLock> tryAcquire(Path db, Clock clock) {
        Path key = db.toAbsolutePath().normalize();
        DatabaseLock mine = HELD.get(key);
        if (mine != null) {
            mine.references++;
            return Optional.of(mine);
        }
        Path lockFile = lockFileOf(db);
        FileChannel channel = null;
        try {
            if (Files.isSymbolicLink(lockFile)) {
                throw new StoreException(lockFile + " is a symbolic link, not Compliance Tracker's lock file; "
                        + "it is never followed: remove it, then open " + db.getFileName() + " again (nothing was changed)");
            }
            if (!Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                FilePermissions.createOwnerOnly(lockFile);
            }
            channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCK_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(describeThisProcess(clock).getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            DatabaseLock held = new DatabaseLock(key, lockFile, channel, lock);
            HELD.put(key, held);
            return Optional.of(held);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Cannot open " + db + " for writing: " + Database.describeIo(e)
                    + ". Copy it to a folder you can write to, or ask whoever looks after this computer", e);
        }
    }

    /** Who holds the lock, as written by the holder ("alice on OFFICE-PC, since 24/11/2026 09:12"). */
    public static String holder(Path db) {
        try {
            String text = Files.readString(lockFileOf(db), StandardCharsets.UTF_8).trim();
            return text.isEmpty() ? "another copy of Compliance Tracker" : text;
        } catch (IOException e) {
            return "another copy of Compliance Tracker";
        }
    }

    static String describeThisProcess(Clock clock) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "this computer";
        }
        return "Compliance Tracker (user " + System.getProperty("user.name", "unknown") + " on " + host
                + ", process " + ProcessHandle.current().pid() + ", since "
                + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")) + ")";
    }

    /** Gives up this holder's share; the lock is released when the last share goes. */
    public void release() {
        synchronized (DatabaseLock.class) {
            if (--references > 0) {
                return;
            }
            HELD.remove(key);
            try {
                lock.release();
                channel.truncate(0);
            } catch (IOException e) {
                // the channel closes below; the OS drops the lock either way
            }
            closeQuietly(channel);
        }
    }

    public Path lockFile() {
        return lockFile;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}
