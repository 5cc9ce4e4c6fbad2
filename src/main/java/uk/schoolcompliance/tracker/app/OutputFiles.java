package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import uk.schoolcompliance.tracker.store.Backups;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.DatabaseLock;
import uk.schoolcompliance.tracker.store.FilePermissions;

/**
 * Every file the app writes for a user (a pack, a calendar, a sheet, an export, a backup) goes through here, so that
 * no output can ever replace the school's data:
 * <ul>
 * <li>refused: the open database, its {@code -wal}, {@code -shm}, {@code -journal} and lock files, anything inside
 * its backup folders, any existing file that is an SQLite database, a folder, and a symbolic link (never followed,
 * even when it dangles);</li>
 * <li>written to a temporary file beside the target (created new, owner-only), then renamed into place, so a failed
 * write leaves the old file (or nothing) and never half a file;</li>
 * <li>owner-only permissions where the file system has them.</li>
 * </ul>
 * Each refusal is a {@link UserException}: one line naming the file, and nothing is changed.
 */
public final class OutputFiles {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Database db;

    /** @param db the open database whose files are protected (null: only the general rules apply) */
    public OutputFiles(Database db) {
        this.db = db;
    }

    /** Writes a file's content. */
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Checks that {@code target} may be written: a new file, or an ordinary file that is not the database, its
     * companions, its backups or another SQLite database. Throws a {@link UserException} with one line otherwise.
     */
    public void check(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Path folder = abs.getParent();
        if (folder == null || abs.getFileName() == null) {
            throw refuse(target, "is not a file name");
        }
        if (!Files.isDirectory(folder)) {
            throw refuse(target, "the folder " + folder + " does not exist");
        }
        if (Files.isSymbolicLink(abs)) {
            throw refuse(target, "is a symbolic link; links are never followed, so choose a plain file name");
        }
        if (Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw refuse(target, "is a folder; give a file name");
        }
        Path real = realOf(abs);
        for (Path protectedFile : protectedFiles()) {
            if (real.equals(protectedFile)) {
                throw refuse(target, "is the school's database or one of its working files ("
                        + protectedFile.getFileName() + "); choose another file name");
            }
        }
        for (Path backups : protectedFolders()) {
            if (real.startsWith(backups)) {
                throw refuse(target, "is inside the backup folder " + backups
                        + ", which only holds backups; choose another folder");
            }
        }
        if (Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS) && isSqlite(abs)) {
            throw refuse(target, "is an SQLite database (perhaps a school's data or a backup); it is never "
                    + "overwritten, so choose another file name");
        }
        if (!canCreateIn(folder)) {
            throw refuse(target, "the folder " + folder + " cannot be written (no permission, or a read-only drive)");
        }
    }

    /**
     * Checks every output of one command before any is written (or anything printed): each as {@link #check}, and no
     * two naming the same file. Each output names its option ("--pdf") for that refusal; one not given (a null file)
     * is passed over.
     */
    public void checkAll(Output... outputs) {
        java.util.Map<Path, String> seen = new java.util.HashMap<>();
        for (Output o : outputs) {
            if (o.file() == null) {
                continue;
            }
            check(o.file());
            String other = seen.putIfAbsent(realOf(o.file().toAbsolutePath().normalize()), o.option());
            if (other != null) {
                throw refuse(o.file(), other + " and " + o.option() + " name the same file; give each its own");
            }
        }
    }

    /** One output of a command: the option that names it ("--pdf") and the file (null: not asked for). */
    public record Output(String option, Path file) {
    }

    /**
     * Whether a new file can be made in {@code folder}: tried, not guessed from permission bits (which an
     * administrator, a read-only drive or a network share all make misleading). The trial file is removed at once.
     */
    private static boolean canCreateIn(Path folder) {
        try {
            Path probe = Files.createTempFile(folder, ".write-check-", ".part");
            Files.deleteIfExists(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Checks {@code target}, then writes it through a temporary file renamed into place, owner-only. */
    public Path write(Path target, Content content) {
        check(target);
        Path abs = target.toAbsolutePath().normalize();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".part"); // new, 0600 on POSIX
            FilePermissions.restrict(tmp);
            try (OutputStream out = Files.newOutputStream(tmp, LinkOption.NOFOLLOW_LINKS)) {
                content.write(out);
            }
            check(target); // nothing was planted at the name while we wrote
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            return abs;
        } catch (AccessDeniedException e) {
            throw new UserException(target + ": cannot write here (no permission, or the file is open in another program)", e);
        } catch (FileSystemException e) {
            throw new UserException(target + ": cannot write the file (" + Database.describeIo(e)
                    + "; is it open in another program?)", e);
        } catch (IOException e) {
            throw new UserException(target + ": cannot write the file (" + Database.describeIo(e) + ")", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the half-written temporary file is hidden and named .part
                }
            }
        }
    }

    private List<Path> protectedFiles() {
        List<Path> files = new ArrayList<>();
        if (db != null && db.file() != null) {
            Path file = realOf(db.file().toAbsolutePath().normalize());
            files.add(file);
            for (String suffix : List.of("-wal", "-shm", "-journal")) {
                files.add(file.resolveSibling(file.getFileName() + suffix));
            }
            files.add(realOf(DatabaseLock.lockFileOf(file)));
            files.add(realOf(DatabaseLock.lockFileOf(db.file())));
        }
        return files;
    }

    private List<Path> protectedFolders() {
        List<Path> folders = new ArrayList<>();
        if (db != null && db.file() != null) {
            folders.add(realOf(Backups.defaultFolder(db.file())));
            try {
                folders.add(realOf(Backups.folder(db).toAbsolutePath().normalize()));
            } catch (RuntimeException e) {
                // no chosen folder can be read: the default one is protected above
            }
        }
        return folders;
    }

    /** The path with its existing folders' links resolved (the file itself is not followed). */
    private static Path realOf(Path abs) {
        Path parent = abs.getParent();
        try {
            if (Files.exists(abs) && !Files.isSymbolicLink(abs)) {
                return abs.toRealPath();
            }
            if (parent != null && Files.exists(parent)) {
                return parent.toRealPath().resolve(abs.getFileName());
            }
        } catch (IOException e) {
            // fall back to the path as given
        }
        return abs;
    }

    static boolean isSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            return Arrays.equals(head, SQLITE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    private static UserException refuse(Path target, String why) {
        return new UserException(target + ": not written: " + why + " (nothing was changed)");
    }
}
