package uk.schoolcompliance.tracker.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether opening a file may skip SQLite's quick check (issue 17): only when the file is provably the one
 * a check passed on today. What is compared, for the database and its {@code -wal}: present or not, size, modified
 * time, the inode's change time and number and the device (a copy, a move, a restore or {@code touch -d} changes the
 * change time, which no program can set back), and the database's header (its change counter, page count and schema
 * cookie). Anything else (no record, another day by the app's clock, a file system without these attributes, such
 * as Windows', any error) checks as before. See docs/safety.md "Quick check on open".
 */
final class QuickCheckGate {

    private final Path file;
    private final CheckedFiles memory;

    QuickCheckGate(Path file, CheckedFiles memory) {
        this.file = file;
        this.memory = memory;
    }

    /** True when a record says the quick check passed on this very file today. */
    boolean canSkip(LocalDate today) {
        if (memory == CheckedFiles.NONE) {
            return false;
        }
        Optional<String> key = key();
        Optional<String> now = stamp();
        if (key.isEmpty() || now.isEmpty()) {
            return false;
        }
        String record;
        try {
            record = memory.recall(key.get());
        } catch (RuntimeException e) {
            return false;
        }
        return record != null && record.equals(today + "|" + now.get());
    }

    /** What the file looks like now (null when it cannot be said), to compare after a check. */
    String stampNow() {
        return stamp().orElse(null);
    }

    /**
     * Remembers that a check passed on {@code day}, when the file looks as {@code before} (taken before the check
     * started): a change while the check ran is not remembered.
     */
    void passed(LocalDate day, String before) {
        if (before != null && before.equals(stampNow())) {
            remember(day, before);
        }
    }

    /** At this app's clean close: the file as this session leaves it, under the day its check passed. */
    void closed(LocalDate checkedOn) {
        String now = stampNow();
        if (now != null) {
            remember(checkedOn, now);
        }
    }

    private void remember(LocalDate day, String stamp) {
        if (memory == CheckedFiles.NONE) {
            return;
        }
        key().ifPresent(k -> {
            try {
                memory.remember(k, day + "|" + stamp);
            } catch (RuntimeException ignored) {
                // not remembered: the next open checks again
            }
        });
    }

    private Optional<String> key() {
        try {
            return Optional.of(file.toRealPath().toString());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The database's and its -wal's attributes and the database's header, or empty when any cannot be read. */
    private Optional<String> stamp() {
        try {
            StringBuilder s = new StringBuilder();
            s.append(attributes(file)).append("|wal:").append(attributes(Path.of(file + "-wal")));
            byte[] head = new byte[100];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            }
            // bytes 24..99: change counter, page count, freelist, schema cookie, ... (the first 24 never change)
            s.append("|head:").append(read < head.length ? "short" : HexFormat.of().formatHex(head, 24, 100));
            return Optional.of(s.toString());
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // e.g. no "unix" attributes (Windows): always check
        }
    }

    private static String attributes(Path f) throws IOException {
        if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
            return "none";
        }
        Map<String, Object> a = Files.readAttributes(f, "unix:size,lastModifiedTime,ctime,ino,dev,mode",
                LinkOption.NOFOLLOW_LINKS);
        return a.get("size") + "," + a.get("lastModifiedTime") + "," + a.get("ctime") + "," + a.get("ino") + ","
                + a.get("dev") + "," + a.get("mode");
    }
}
