package uk.schoolcompliance.tracker.store;

import java.io.IOException;
import java.nio.file.Path;

/** Database and file-system errors as a person can act on them (one line each). */
final class SqlErrors {

    private SqlErrors() {
    }

    /** An SQLite error as a person can act on it (disk full, locked, read-only, damaged). */
    static String describeSql(Path file, String msg, String readOnlyReason) {
        if (msg == null) {
            msg = "";
        }
        if (msg.contains("SQLITE_BUSY") || msg.contains("database is locked")) {
            return file + " is in use by another copy of Compliance Tracker; try again in a moment";
        }
        if (msg.contains("SQLITE_READONLY")) {
            if (readOnlyReason != null) {
                return readOnlyReason;
            }
            return file + " cannot be written (the file or its folder is read-only); nothing was changed";
        }
        if (msg.contains("SQLITE_FULL") || msg.contains("disk is full")) {
            return "The disk holding " + file + " is full; nothing was changed. Free some space and try again";
        }
        if (msg.contains("SQLITE_CORRUPT") || msg.contains("SQLITE_NOTADB")) {
            return file + " is damaged; restore it from a backup (it was left untouched)";
        }
        if (msg.contains("SQLITE_CANTOPEN")) {
            return "Cannot open " + file + ": the file or its folder is missing or cannot be written";
        }
        if (msg.contains("SQLITE_IOERR")) {
            return "The disk holding " + file + " failed to read or write (it may be full or removed); nothing was changed";
        }
        return "Database error in " + file + ": " + firstLine(msg);
    }

    /** A file-system error as a person can act on it. */
    static String describeIo(IOException e) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        if (msg.contains("No space left") || msg.contains("not enough space") || msg.contains("disk is full")) {
            return "the disk is full (" + firstLine(msg) + "); free some space and try again";
        }
        if (e instanceof java.nio.file.AccessDeniedException || msg.contains("Permission denied")
                || msg.contains("Read-only file system")) {
            return "the folder or file is read-only or belongs to someone else (" + firstLine(msg) + ")";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder: " + firstLine(msg);
        }
        return firstLine(msg);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
