package uk.schoolcompliance.tracker.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Personal data stays with its owner: the database, its lock file, its backups and the backup folder are
 * created readable and writable by the owner only, where the file system has POSIX permissions (on Windows
 * the user's profile folder already restricts them). SQLite gives its -wal and -shm files the permissions of
 * the database file.
 */
public final class FilePermissions {

    public static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    private FilePermissions() {
    }

    public static boolean posix(Path anyPathOnTheFileSystem) {
        return anyPathOnTheFileSystem.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates an empty file only its owner can read (fails if it exists). */
    public static void createOwnerOnly(Path file) throws IOException {
        if (posix(file)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
            } catch (FileAlreadyExistsException e) {
                return;
            }
            // the umask may have removed bits, never added any; set exactly what we mean
            Files.setPosixFilePermissions(file, OWNER_FILE);
        } else {
            try {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                // another opener made it first
            }
        }
    }

    /** Creates a folder (and its parents) with the last level readable by its owner only. */
    public static void createOwnerOnlyFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (posix(folder)) {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
            Files.setPosixFilePermissions(folder, OWNER_FOLDER);
        } else {
            Files.createDirectory(folder);
        }
    }

    /** Restricts an existing file to its owner (where POSIX permissions exist). */
    public static void restrict(Path file) throws IOException {
        if (posix(file) && Files.exists(file)) {
            Files.setPosixFilePermissions(file, OWNER_FILE);
        }
    }
}
